import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// A revocation belongs to its certificate's statement, so the rules read it with the rest of
// that statement (src/core/rules/recordRules.ts: no new certificate on a statement whose
// certificate was revoked other than by its correction):
//
//   clinic_record.application_id of a revocation   null  →  "0193…a1", the application its
//                                                           certificate names
//
// New revocations get it when written (recordStore.ts statementIdOf); the revocations written
// before this migration are filled in here from their certificates' rows.

type Row = { id: string; kind: string; body: string; application_id: string | null };

/** The migration sees today's rows only through this shape, not through tables.ts. */
type Tables = { clinic_record: Row };

export const revocationStatementMigration: RegisterMigration = {
  async up(untyped: Kysely<unknown>): Promise<void> {
    const db = untyped as unknown as Kysely<Tables>;
    const revocations = await db
      .selectFrom('clinic_record')
      .select(['id', 'body'])
      .where('kind', '=', 'revocation')
      .execute();
    for (const revocation of revocations) {
      const { certificateId } = JSON.parse(revocation.body) as { certificateId?: unknown };
      if (typeof certificateId !== 'string') continue;
      const certificate = await db
        .selectFrom('clinic_record')
        .select('application_id')
        .where('id', '=', certificateId)
        .where('kind', '=', 'certificate')
        .executeTakeFirst();
      if (certificate?.application_id == null) continue;
      await db
        .updateTable('clinic_record')
        .set({ application_id: certificate.application_id })
        .where('id', '=', revocation.id)
        .execute();
    }
  },
};
