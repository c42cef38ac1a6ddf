import type { ClinicRecord } from '../../core/records/record';
import type { StoredTarget } from '../../core/records/revocationTarget';
import type { RuleSettings } from '../../core/rules/recordRules';
import type { ReceiptHolder, RuleFacts } from '../../core/rules/ruleFacts';
import { questionsFor, receiptKeysAskedBy, statementIdOf } from '../../core/rules/ruleFacts';
import { statementRecordsOf } from '../../core/rules/statementRecords';
import type { ClinicSettings } from '../clinicSettings';
import { readClinicSettings } from '../clinicSettings';
import type { RegisterDb } from '../db/connect';
import { readAdmissionPolicy } from '../trust/admissionPolicy';
import type { SyncReader } from './recordStore';
import { loadStatementRecords, lookUpClinicRecord, parseRecordBody } from './recordStore';

// What the register holds that the rules (src/core/rules/recordRules.ts) judge a pushed
// record against, read inside the op's transaction: one clinic's records by id (an id held
// by another clinic is named as such, never read), and one statement's records through the
// indexed clinic_record.application_id; for a contract, the clinic's other contracts that
// carry one of its receipts (clinic_record.receipt_key, refund_receipt_key).

async function lookUp(tx: SyncReader, clinicId: string, id: string): Promise<StoredTarget> {
  const found = await lookUpClinicRecord(tx, clinicId, id);
  if (found === undefined) return { found: 'none' };
  return found === 'other-clinic' ? { found } : { found: 'record', record: found };
}

/**
 * The clinic's contracts other than `exceptId` that carry one of the receipts `keys` names,
 * as payment or refund (migration 0016's indexed columns), by key.
 */
export async function loadReceiptHolders(
  tx: SyncReader,
  clinicId: string,
  keys: readonly string[],
  exceptId: string,
): Promise<Map<string, ReceiptHolder>> {
  const holders = new Map<string, ReceiptHolder>();
  if (keys.length === 0) return holders;
  for (const column of ['receipt_key', 'refund_receipt_key'] as const) {
    const rows = await tx
      .selectFrom('clinic_record')
      .select(['id', 'body', column])
      .where('clinic_id', '=', clinicId)
      .where(column, 'in', keys)
      .where('id', '<>', exceptId)
      .execute();
    for (const row of rows) {
      const contract = parseRecordBody(row.body);
      const key = row[column];
      if (contract.kind !== 'contract' || key === null) continue;
      holders.set(key, { contractId: contract.id, number: contract.number });
    }
  }
  return holders;
}

export async function gatherRuleFacts(
  tx: SyncReader,
  clinicId: string,
  record: ClinicRecord,
): Promise<RuleFacts> {
  const found = new Map<string, StoredTarget>();
  for (const { id } of questionsFor(record)) found.set(id, await lookUp(tx, clinicId, id));
  const applicationId = statementIdOf(record, found);
  const statement =
    applicationId === undefined
      ? undefined
      : statementRecordsOf(applicationId, await loadStatementRecords(tx, clinicId, applicationId));
  const receiptHolders = await loadReceiptHolders(
    tx,
    clinicId,
    receiptKeysAskedBy(record),
    record.id,
  );
  return { found, statement, receiptHolders };
}

/**
 * Settings texts already parsed: reading them took ~1 ms of every push (issue #14), and a
 * clinic's text changes only when an administrator saves the form. Keyed by the text itself,
 * so a saved change is read at the next push; a handful of clinics per register.
 */
const parsedSettings = new Map<string, ClinicSettings>();
const PARSED_SETTINGS_KEPT = 64;

function clinicSettingsOf(text: string): ClinicSettings {
  const known = parsedSettings.get(text);
  if (known !== undefined) return known;
  const settings = readClinicSettings(text);
  if (parsedSettings.size >= PARSED_SETTINGS_KEPT) parsedSettings.clear();
  parsedSettings.set(text, settings);
  return settings;
}

/** The clinic's settings and the region's policy the rules judge one push by, read once. */
export async function ruleSettingsFor(db: RegisterDb, clinicId: string): Promise<RuleSettings> {
  const row = await db.kysely
    .selectFrom('clinic')
    .select('settings')
    .where('id', '=', clinicId)
    .executeTakeFirstOrThrow();
  return {
    clinic: clinicSettingsOf(row.settings),
    admissionPolicy: await readAdmissionPolicy(db),
  };
}
