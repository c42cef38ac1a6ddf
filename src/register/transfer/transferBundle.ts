import type { CertificateCase } from '../../core/fhir/certificateResources';
import { collectionBundle } from '../../core/fhir/collectionBundle';
import type { CollectionBundle, Identifier } from '../../core/fhir/fhirTypes';
import { issuerIdentifierSystem } from '../../core/fhir/systems';
import type { Result } from '../../core/result';
import { fail, ok } from '../../core/result';
import type { RegisterDb } from '../db/connect';
import { loadClinicRecord } from '../sync/recordStore';
import type { TransferItemRow } from './transferItem';
import { idempotencyKeyOf } from './transferItem';

// One queue item as the FHIR R4 Bundle a connector sends: the certificate's Patient,
// Observation and Composition from the pure builder (src/core/fhir/certificateResources.ts),
// in a `collection` Bundle whose identifier is the item's idempotency key. Literal shape:
//
//   {"resourceType":"Bundle","type":"collection","timestamp":"2026-12-01T09:00:00.000Z",
//    "identifier":{"system":"https://register.kamchatka.example/fhir/identifier/transfer",
//                  "value":"0193…c1:revoked"},
//    "entry":[{…Patient},{…Observation},{…Composition, "status":"entered-in-error"}]}
//
// The Bundle is the same on every attempt — its timestamp is when the item was queued, and
// `issued`/`corrected` carry the certificate as issued, without a later revocation — so a
// retry sends the very bytes the receiver may already hold. A `revoked` item carries the
// certificate with its Composition `entered-in-error` and the reason in the conclusion:
// FHIR's status for a document that must no longer be relied upon (docs/DECISIONS.md).

export type TransferBundle = CollectionBundle & { readonly identifier: Identifier };

export type BundleFailure = 'record-missing';

export const TRANSFER_IDENTIFIER_NAME = 'transfer';

export async function transferBundleOf(
  db: RegisterDb,
  item: TransferItemRow,
  register: { readonly issuerUrl: string },
): Promise<Result<TransferBundle, BundleFailure>> {
  const reader = db.kysely;
  const clinic = await reader
    .selectFrom('clinic')
    .select(['code', 'name_ru', 'issuer_url'])
    .where('id', '=', item.clinic_id)
    .executeTakeFirst();
  const certificate = await loadClinicRecord(reader, item.clinic_id, item.certificate_id);
  if (clinic === undefined || certificate?.kind !== 'certificate') {
    return fail('record-missing', `certificate ${item.certificate_id}`);
  }
  const person = await loadClinicRecord(reader, item.clinic_id, certificate.personId);
  if (person?.kind !== 'person') return fail('record-missing', `person ${certificate.personId}`);
  let revocation: CertificateCase['revocation'];
  if (item.event === 'revoked') {
    const record = await loadClinicRecord(reader, item.clinic_id, item.record_id);
    if (record?.kind !== 'revocation')
      return fail('record-missing', `revocation ${item.record_id}`);
    revocation = { reason: record.reason, at: record.at };
  }
  let supersedesNumber: string | undefined;
  if (certificate.supersedes !== undefined) {
    const earlier = await loadClinicRecord(reader, item.clinic_id, certificate.supersedes);
    if (earlier?.kind === 'certificate') supersedesNumber = earlier.number;
  }
  const issuerUrl = clinic.issuer_url ?? register.issuerUrl;
  const bundle = collectionBundle(
    [
      {
        certificate,
        person,
        clinic: { code: clinic.code, nameRu: clinic.name_ru, issuerUrl },
        ...(revocation === undefined ? {} : { revocation }),
        ...(supersedesNumber === undefined ? {} : { supersedesNumber }),
      },
    ],
    new Date(item.queued_at),
  );
  return ok({
    resourceType: bundle.resourceType,
    identifier: {
      system: issuerIdentifierSystem(issuerUrl, TRANSFER_IDENTIFIER_NAME),
      value: idempotencyKeyOf(item),
    },
    type: bundle.type,
    timestamp: bundle.timestamp,
    entry: bundle.entry,
  });
}
