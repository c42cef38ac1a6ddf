// What may follow a demo certificate: a duplicate printed by the registrar, a correction
// (the misspelt surname put right, the certificate reissued, the old card revoked by a
// pushed revocation, as the desk does it), or a revocation decided at the register through
// the CLI `revoke`'s path (revokeCertificate, then the CRL).
import type { CertificateId } from '../../core/ids';
import type { CertificateRecord } from '../../core/records/certificate';
import type { PersonRecord } from '../../core/records/person';
import type { RevocationRecord } from '../../core/records/revocation';
import { revokeInCrl } from '../sync/crlFromRevocation';
import { revokeCertificate } from '../sync/revokeCertificate';
import type { DemoCasePlan } from './demoCasePlan';
import type { IssueFacts } from './demoCertificate';
import { issueDemoCertificate } from './demoCertificate';
import { baseOf, editOf } from './demoRecords';
import type { DemoRun } from './demoRun';
import { DemoRecordRefused, idAt, later, push } from './demoRun';

/** The duplicate, correction or revocation after the certificate, if its time has come. */
export async function followUp(
  run: DemoRun,
  plan: DemoCasePlan,
  facts: Omit<IssueFacts, 'at'> & { readonly certificate: CertificateRecord },
  now: Date,
): Promise<void> {
  const at = plan.extraAt;
  const { certificate } = facts;
  if (later(at, 15) >= now) return;
  switch (plan.extra) {
    case 'none':
      return;
    case 'duplicate': {
      await push(run, {
        ...certificate,
        ...baseOf(run.clinic.id, run.staff.registrar, at),
        id: idAt<CertificateId>(run, at),
        duplicateOf: certificate.id,
        duplicateReason: plan.duplicateReason,
      });
      run.tally.certificates.duplicates += 1;
      return;
    }
    case 'correction': {
      const { details } = plan.person;
      const fixed: PersonRecord = {
        ...facts.person,
        ...editOf(run.staff.registrar, at),
        surname: details.surname,
        surnameLatin: details.surnameLatin,
      };
      await push(run, fixed, 1);
      const corrected = await issueDemoCertificate(run, {
        ...facts,
        person: fixed,
        at: later(at, 10),
        supersedes: certificate,
      });
      if (corrected === undefined) return;
      await push(run, corrected);
      run.tally.certificates[corrected.decision] += 1;
      run.tally.certificates.corrections += 1;
      const revokedAt = later(at, 11);
      const revocation: RevocationRecord = {
        ...baseOf(run.clinic.id, run.staff.chair, revokedAt),
        kind: 'revocation',
        id: idAt(run, revokedAt),
        certificateId: certificate.id,
        rid: certificate.rid ?? '',
        reason: 'correction',
        note: `→ ${corrected.number}`,
        at: revokedAt.toISOString(),
      };
      await push(run, revocation);
      run.tally.revocations.correction += 1;
      return;
    }
    case 'revocation': {
      const reason = plan.revocationReason;
      const outcome = await revokeCertificate(run.db, {
        certificateId: certificate.id,
        clinicId: run.clinic.id,
        staffId: run.staff.chair,
        body: { reason, note: REVOCATION_NOTES[reason] },
        now: () => at,
        random: run.random,
      });
      if (!outcome.ok) throw new DemoRecordRefused('revocation', outcome.reason);
      await revokeInCrl(run.db, outcome.value.revocation, at, run.log);
      run.tally.records.revocation += 1;
      run.tally.revocations[reason] += 1;
      return;
    }
  }
}

const REVOCATION_NOTES = {
  error: 'Справка выдана по ошибке: результат внесён не тому пациенту',
  fraud: 'Предъявлен чужой документ, удостоверяющий личность',
  'withdrawn-by-citizen': 'Отзыв согласия на обработку персональных данных по заявлению',
} as const;
