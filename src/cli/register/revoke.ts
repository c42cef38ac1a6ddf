import { serialNumberSchema } from '../../core/contract/number';
import { mayWrite } from '../../core/records/permissions';
import { clinicRecordSchema } from '../../core/records/record';
import type { CertificateRecord } from '../../core/records/certificate';
import { REVOCATION_REASONS } from '../../core/records/revocation';
import { staffRoleSchema } from '../../core/protocol/session';
import type { RegisterDb } from '../../register/db/connect';
import { revokeInCrl } from '../../register/sync/crlFromRevocation';
import { revokeCertificate } from '../../register/sync/revokeCertificate';
import type { RegisterCommand } from './command';
import { EXIT_OK, oneOf, parseOptions, RefusedError, required, UsageError } from './command';
import { stderrLogger } from './stderrLogger';

// npm run register -- revoke --number KAM01-T03-2026-000017 --reason fraud --by commission \
//   [--note "Паспорт не совпадает с заявлением"]
//   {"revocation":{"kind":"revocation","id":"0193…","certificateId":"0193…","rid":"…",
//    "reason":"fraud",…},"seq":4813}
// The same path as POST /api/certificates/:id/revocation (register/sync/revokeCertificate.ts,
// then the CRL): a revocation record every tablet of the clinic pulls, and the card's rid on
// its key's CRL. `--by` names the admin or commission member who decided it, as the record's
// author; they must belong to the certificate's clinic. A number is shared by a certificate
// and its duplicates (reprints carry the same card); the original is the one revoked.

const OPTIONS = {
  number: { type: 'string' },
  reason: { type: 'string' },
  note: { type: 'string' },
  by: { type: 'string' },
} as const;

/** The original certificate with this number (duplicates share it), if any. */
async function certificateByNumber(
  db: RegisterDb,
  number: string,
): Promise<CertificateRecord | undefined> {
  // The number lives in the JSON body; its characters (A-Z, 0-9, "-") are no LIKE wildcards.
  const rows = await db.kysely
    .selectFrom('clinic_record')
    .select('body')
    .where('kind', '=', 'certificate')
    .where('body', 'like', `%"number":"${number}"%`)
    .orderBy('seq')
    .execute();
  const found = rows
    .map((row) => clinicRecordSchema.parse(JSON.parse(row.body)))
    .filter((record): record is CertificateRecord => record.kind === 'certificate')
    .filter((record) => record.number === number);
  return found.find((record) => record.duplicateOf === undefined) ?? found[0];
}

export const revokeCommand: RegisterCommand = {
  name: 'revoke',
  summary: 'revoke a certificate by its number, with a reason',
  usage: `revoke --number NUMBER --reason ${REVOCATION_REASONS.join('|')} --by LOGIN [--note TEXT]`,
  details: ['  --by   the admin or commission member of the certificate’s clinic who decided it'],
  async run(argv, context) {
    const values = parseOptions(argv, OPTIONS);
    const number = required(values.number, 'number');
    if (!serialNumberSchema.safeParse(number).success) {
      throw new UsageError(`--number is not a certificate number: ${number}`);
    }
    const reason = oneOf(values.reason, 'reason', REVOCATION_REASONS);
    const by = required(values.by, 'by');
    const note = values.note?.trim();
    const { db } = await context.open();
    const certificate = await certificateByNumber(db, number);
    if (certificate === undefined) {
      throw new RefusedError({ en: `no certificate ${number}`, ru: `нет справки ${number}` });
    }
    const member = await db.kysely
      .selectFrom('staff')
      .select(['id', 'role', 'clinic_id', 'disabled_at'])
      .where('login', '=', by)
      .executeTakeFirst();
    if (
      member === undefined ||
      member.clinic_id !== certificate.clinicId ||
      member.disabled_at !== null ||
      !mayWrite(staffRoleSchema.parse(member.role), 'revocation')
    ) {
      throw new RefusedError({
        en: `${by} is not an active admin or commission member of the certificate’s clinic`,
        ru: `${by} — не действующий администратор или член комиссии клиники этой справки`,
      });
    }
    const outcome = await revokeCertificate(db, {
      certificateId: certificate.id,
      clinicId: certificate.clinicId,
      staffId: member.id,
      body: { reason, ...(note === undefined || note === '' ? {} : { note }) },
      now: context.now,
      random: context.random,
      federalTransfer: context.config().federalTransfer,
    });
    const log = stderrLogger(context.io);
    if (!outcome.ok) {
      if (outcome.reason === 'already-revoked') {
        // As at the HTTP route: asking again heals a CRL write lost to a crash.
        await revokeInCrl(db, outcome.existing, context.now(), log);
        throw new RefusedError({
          en: `certificate ${number} is already revoked (${outcome.existing.reason}, ${outcome.existing.at})`,
          ru: `справка ${number} уже отозвана (${outcome.existing.reason}, ${outcome.existing.at})`,
        });
      }
      throw new RefusedError(
        outcome.reason === 'certificate-unsigned'
          ? {
              en: `certificate ${number} has no signed card to revoke`,
              ru: `у справки ${number} нет подписанного QR-кода для отзыва`,
            }
          : { en: `no certificate ${number}`, ru: `нет справки ${number}` },
      );
    }
    await revokeInCrl(db, outcome.value.revocation, context.now(), log);
    context.io.out(`${JSON.stringify(outcome.value)}\n`);
    return EXIT_OK;
  },
};
