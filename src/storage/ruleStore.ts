import type { EntityTable, PromiseExtended } from 'dexie';
import Dexie from 'dexie';
import type { ClinicRecord } from '../core/records/record';
import { receiptKeysOf } from '../core/contract/receiptKey';
import { clinicRecordSchema } from '../core/records/record';
import type { StoredTarget } from '../core/records/revocationTarget';
import type { RuleFacts } from '../core/rules/ruleFacts';
import type { ReceiptHolder } from '../core/rules/ruleFacts';
import { questionsFor, receiptKeysAskedBy, statementIdOf } from '../core/rules/ruleFacts';
import type { StatementRecords } from '../core/rules/statementRecords';
import { statementRecordsOf } from '../core/rules/statementRecords';
import type { EnvelopeRow, SeroDeskDatabase } from './database';
import { rowOf } from './pagedRecords';

// What the tablet holds that the rules (src/core/rules/recordRules.ts) judge a record
// against, read inside the write's transaction (records.ts opens it over every record
// table): records by id in their kind's table (or the page a first download stored it in,
// pagedRecords.ts), and one statement's records through the applicationId, sampleId and
// (revocations of its certificates) certificateId indexes, and the contracts carrying a
// contract's receipts through receiptKeys. A tablet holds its own clinic's records only.
//
// Every step is a Dexie promise (a `.then` chain, no `async` function): inside a transaction
// Dexie keeps its zone across its own promises only, and native ones in between let
// IndexedDB commit under the write (PrematureCommitError).

function recordOf(row: EnvelopeRow | undefined): ClinicRecord | undefined {
  if (row === undefined) return undefined;
  const parsed = clinicRecordSchema.safeParse(row.record);
  return parsed.success ? parsed.data : undefined;
}

function targetOf(row: EnvelopeRow | undefined): StoredTarget {
  const record = recordOf(row);
  return record === undefined ? { found: 'none' } : { found: 'record', record };
}

function byApplication(
  table: EntityTable<EnvelopeRow, 'id'>,
  applicationId: string,
): PromiseExtended<EnvelopeRow[]> {
  return table.where('applicationId').equals(applicationId).toArray();
}

function readStatement(
  db: SeroDeskDatabase,
  applicationId: string,
): PromiseExtended<StatementRecords> {
  return db.applications.get(applicationId).then((application) =>
    byApplication(db.contracts, applicationId).then((contracts) =>
      byApplication(db.samples, applicationId).then((samples) =>
        byApplication(db.certificates, applicationId).then((certificates) =>
          db.results
            .where('sampleId')
            .anyOf(samples.map((row) => row.id))
            .toArray()
            .then((results) =>
              db.revocations
                .where('certificateId')
                .anyOf(certificates.map((row) => row.id))
                .toArray()
                .then((revocations) =>
                  statementRecordsOf(
                    applicationId,
                    [
                      ...(application === undefined ? [] : [application]),
                      ...contracts,
                      ...samples,
                      ...results,
                      ...certificates,
                      ...revocations,
                    ]
                      .map(recordOf)
                      .filter((record) => record !== undefined),
                  ),
                ),
            ),
        ),
      ),
    ),
  );
}

/** The tablet's other contracts carrying one of `record`'s receipts, by key. */
function readReceiptHolders(
  db: SeroDeskDatabase,
  record: ClinicRecord,
): PromiseExtended<Map<string, ReceiptHolder>> {
  const keys = receiptKeysAskedBy(record);
  const holders = new Map<string, ReceiptHolder>();
  if (keys.length === 0) return Dexie.Promise.resolve(holders);
  return db.contracts
    .where('receiptKeys')
    .anyOf(keys)
    .toArray()
    .then((rows) => {
      for (const row of rows) {
        const contract = recordOf(row);
        if (contract?.kind !== 'contract' || contract.id === record.id) continue;
        for (const key of receiptKeysOf(contract)) {
          if (keys.includes(key))
            holders.set(key, { contractId: contract.id, number: contract.number });
        }
      }
      return holders;
    });
}

export function gatherRuleFacts(
  db: SeroDeskDatabase,
  record: ClinicRecord,
): PromiseExtended<RuleFacts> {
  const found = new Map<string, StoredTarget>();
  const lookups = questionsFor(record).reduce<PromiseExtended<void>>(
    (chain, { kind, id }) =>
      chain.then(() =>
        rowOf(db, kind, id).then((row) => {
          found.set(id, targetOf(row));
        }),
      ),
    Dexie.Promise.resolve(),
  );
  return lookups.then(() =>
    readReceiptHolders(db, record).then((receiptHolders) => {
      const applicationId = statementIdOf(record, found);
      if (applicationId === undefined) return { found, statement: undefined, receiptHolders };
      return readStatement(db, applicationId).then((statement) => ({
        found,
        statement,
        receiptHolders,
      }));
    }),
  );
}
