import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// Tablet codes (printed inside contract and certificate numbers, unique within a clinic and
// never reused) and the SMART Health Card revocation lists, one per signing key.
//
//   crl        {kid: "3Kfd…", ctr: 2, updated_at: "2026-11-26T10:00:00.000Z"}
//   crl_entry  {kid: "3Kfd…", rid: "Qw8x…", not_before: "1700000000" | null,
//               reason: "correction", revoked_at: "…"}
// A `not_before` (seconds) makes the CRL entry "rid.1700000000": only cards of that rid
// issued before that moment are revoked (SHC spec, revocation with a timestamp suffix).
export const tabletEnrolmentMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('tablet').addColumn('code', 'text').execute();
    await db.schema.alterTable('tablet').addColumn('withdrawn_at', 'text').execute();
    await db.schema
      .createIndex('tablet_clinic_code_idx')
      .unique()
      .on('tablet')
      .columns(['clinic_id', 'code'])
      .execute();

    await db.schema
      .createTable('crl')
      .addColumn('kid', 'text', (col) => col.primaryKey())
      .addColumn('ctr', 'integer', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('crl_entry')
      .addColumn('kid', 'text', (col) => col.notNull().references('crl.kid'))
      .addColumn('rid', 'text', (col) => col.notNull())
      .addColumn('not_before', 'text')
      .addColumn('reason', 'text', (col) => col.notNull())
      .addColumn('revoked_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('crl_entry_pk', ['kid', 'rid'])
      .execute();
  },
};
