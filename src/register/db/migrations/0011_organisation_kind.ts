import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// The regional health ministry becomes an organisation beside the clinics (issue #12,
// src/core/staff/organisation.ts): its staff sign in as regional administrators.
//
//   clinic.kind  "clinic" | "authority"   every clinic that existed before is a clinic

export const organisationKindMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('clinic')
      .addColumn('kind', 'text', (column) => column.notNull().defaultTo('clinic'))
      .execute();
  },
};
