// One statement's records as a store (the tablet's IndexedDB or the register's database)
// holds them: what the rules (recordRules.ts) judge a step of that statement against.
//
//   statement("0193…a1") → {application: {status: "signed", …}, contracts: [{status: "paid"}],
//                           samples: [{…}], results: [{final: true, …}], certificates: [],
//                           revocations: []}
//
// A revocation names only its certificate; it belongs to that certificate's statement.
import type { ApplicationRecord } from '../records/application';
import type { CertificateRecord } from '../records/certificate';
import type { ContractRecord } from '../records/contract';
import type { ClinicRecord } from '../records/record';
import type { ResultRecord } from '../records/result';
import type { RevocationRecord } from '../records/revocation';
import type { SampleRecord } from '../records/sample';

/** One statement's records, as the store holds them (oldest first where order matters). */
export type StatementRecords = {
  readonly application: ApplicationRecord | undefined;
  readonly contracts: readonly ContractRecord[];
  readonly samples: readonly SampleRecord[];
  readonly results: readonly ResultRecord[];
  readonly certificates: readonly CertificateRecord[];
  /** The revocations of those certificates (by the clinic's corrections, or its administrator). */
  readonly revocations: readonly RevocationRecord[];
};

/** The paid contract if there is one, else the latest contract still open. */
export function currentContract(contracts: readonly ContractRecord[]): ContractRecord | undefined {
  return (
    contracts.findLast((c) => c.status === 'paid') ??
    contracts.findLast((c) => c.status === 'draft')
  );
}

/**
 * Sorts a statement's records into their kinds, oldest first: ids are UUIDv7, which sort by
 * creation time, so both stores give the rules the same order whatever order they read in.
 */
export function statementRecordsOf(
  applicationId: string,
  records: readonly ClinicRecord[],
): StatementRecords {
  const statement = {
    application: undefined as ApplicationRecord | undefined,
    contracts: [] as ContractRecord[],
    samples: [] as SampleRecord[],
    results: [] as ResultRecord[],
    certificates: [] as CertificateRecord[],
    revocations: [] as RevocationRecord[],
  };
  const revocations: RevocationRecord[] = [];
  const byAge = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const record of byAge) {
    switch (record.kind) {
      case 'application':
        if (record.id === applicationId) statement.application = record;
        break;
      case 'contract':
        statement.contracts.push(record);
        break;
      case 'sample':
        statement.samples.push(record);
        break;
      case 'result':
        statement.results.push(record);
        break;
      case 'certificate':
        statement.certificates.push(record);
        break;
      case 'revocation':
        revocations.push(record);
        break;
      case 'person':
        break;
    }
  }
  const certificateIds = new Set(statement.certificates.map((certificate) => certificate.id));
  statement.revocations.push(...revocations.filter((r) => certificateIds.has(r.certificateId)));
  return statement;
}
