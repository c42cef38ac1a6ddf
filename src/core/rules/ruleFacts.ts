// What a store reads before the rules judge a record (recordRules.ts), asked in two steps so
// that each store can read them its own way — the register with plain awaits in its
// transaction, the tablet as one chain of Dexie promises (src/storage/ruleStore.ts):
//
//   1. the records named by id (`questionsFor(record).ids`): the record itself (is it a
//      repeat?), a statement's or a sample's person, a result's sample, a duplicate's
//      original, a correction's predecessor, a revocation's certificate;
//   2. the statement: the record's own application id, or — for a result — the one its
//      sample names, for a revocation the one its certificate names (`statementIdOf`);
//   and, for a contract, the other contracts of the clinic that carry one of its receipts
//   (`receiptKeysAskedBy`: one receipt proves one payment).
//
//   facts {found: Map {"0193…s1" → {found: "record", record: {kind: "sample", …}}},
//          statement: {application: {…}, contracts: […], samples: […], results: […], …},
//          receiptHolders: Map {"7284440500123456:501" → {contractId: "0193…c7", number: "KAM01-…"}}}
import { receiptKeysOf } from '../contract/receiptKey';
import type { ClinicRecord, RecordKind, RecordOfKind } from '../records/record';
import type { StoredTarget } from '../records/revocationTarget';
import type { StatementRecords } from './statementRecords';

export type RuleFacts = {
  /** What the store holds under each id asked for. */
  readonly found: ReadonlyMap<string, StoredTarget>;
  /** The record's statement as the store holds it, when the record has one. */
  readonly statement: StatementRecords | undefined;
  /** For each key `receiptKeysAskedBy` gave, another contract of the clinic carrying it. */
  readonly receiptHolders: ReadonlyMap<string, ReceiptHolder>;
};

/** A contract other than the one being written that carries a receipt (by its key). */
export type ReceiptHolder = { readonly contractId: string; readonly number: string };

/** No receipt asked about: the facts of every record but a contract. */
export const NO_RECEIPT_HOLDERS: ReadonlyMap<string, ReceiptHolder> = new Map();

export type IdQuestion = { readonly kind: RecordKind; readonly id: string };

/** The ids to look up for `record`, each in its kind. */
export function questionsFor(record: ClinicRecord): IdQuestion[] {
  const own: IdQuestion = { kind: record.kind, id: record.id };
  switch (record.kind) {
    case 'result':
      return [own, { kind: 'sample', id: record.sampleId }];
    case 'certificate':
      return [
        own,
        ...(record.duplicateOf === undefined
          ? []
          : [{ kind: 'certificate' as const, id: record.duplicateOf }]),
        ...(record.supersedes === undefined
          ? []
          : [{ kind: 'certificate' as const, id: record.supersedes }]),
      ];
    case 'revocation':
      return [own, { kind: 'certificate', id: record.certificateId }];
    case 'application':
    case 'sample':
      // The person's birth date decides whether a representative is needed (representativeRules.ts).
      return [own, { kind: 'person', id: record.personId }];
    case 'person':
    case 'contract':
      return [own];
  }
}

/**
 * The receipt keys (fiscalReceipt.ts `receiptKey`) to look for on the clinic's other
 * contracts: a contract's own receipts; nothing for other kinds.
 */
export function receiptKeysAskedBy(record: ClinicRecord): string[] {
  return record.kind === 'contract' ? receiptKeysOf(record) : [];
}

/** The statement to read once the ids are found; undefined when the record has none. */
export function statementIdOf(
  record: ClinicRecord,
  found: ReadonlyMap<string, StoredTarget>,
): string | undefined {
  switch (record.kind) {
    case 'application':
      return record.id;
    case 'contract':
    case 'sample':
    case 'certificate':
      return record.applicationId;
    case 'result':
    case 'revocation': {
      const carrier = found.get(statementCarrierOf(record) ?? '');
      const kind = record.kind === 'result' ? 'sample' : 'certificate';
      return carrier?.found === 'record' && carrier.record.kind === kind
        ? carrier.record.applicationId
        : undefined;
    }
    case 'person':
      return undefined;
  }
}

/**
 * The record a record takes its statement from, when it names no application itself: a
 * result its sample's, a revocation its certificate's. Its id, for the store to look up.
 */
export function statementCarrierOf(record: ClinicRecord): string | undefined {
  if (record.kind === 'result') return record.sampleId;
  if (record.kind === 'revocation') return record.certificateId;
  return undefined;
}

/** A record of the writer's clinic of `kind` found under `id`, if any. */
export function findRecord<K extends RecordKind>(
  facts: RuleFacts,
  kind: K,
  id: string,
): RecordOfKind<K> | undefined {
  const found = facts.found.get(id);
  if (found?.found !== 'record' || found.record.kind !== kind) return undefined;
  return found.record as RecordOfKind<K>;
}
