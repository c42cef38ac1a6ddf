import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// The region's admission policy (src/core/admission/policy.ts), one row per version so the
// history of what verifiers applied stays readable:
//
//   version  document (JSON text of AdmissionPolicy)                        created_at
//   2        {"version":2,"region":{…},"admittedClasses":["IgG"],…}         "2026-12-01T02:00:00.000Z"
//
// No row: the register publishes DEFAULT_ADMISSION_POLICY (version 1).
export const admissionPolicyMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('admission_policy')
      .addColumn('version', 'integer', (col) => col.primaryKey())
      .addColumn('document', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
  },
};
