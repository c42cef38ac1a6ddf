import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { STAFF_ROLES } from '../../../core/protocol/session';
import type { RegisterMigration } from './migration';

// Clinics, their staff, staff sessions and enrolled tablets. Column conventions are
// explained in ../tables.ts. Written once with the schema builder; runs on SQLite and
// PostgreSQL alike, so only portable types (text, integer) and plain constraints are used.

const roleList = sql.join(STAFF_ROLES.map((role) => sql.lit(role)));

export const initialMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('clinic')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('code', 'text', (col) => col.notNull().unique())
      .addColumn('name_ru', 'text', (col) => col.notNull())
      .addColumn('name_en', 'text', (col) => col.notNull())
      .addColumn('address', 'text', (col) => col.notNull())
      .addColumn('issuer_url', 'text')
      .addColumn('settings', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('staff')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinic.id'))
      .addColumn('login', 'text', (col) => col.notNull().unique())
      .addColumn('display_name', 'text', (col) => col.notNull())
      .addColumn('role', 'text', (col) => col.notNull().check(sql`role in (${roleList})`))
      .addColumn('password_hash', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('staff_clinic_idx').on('staff').column('clinic_id').execute();

    await db.schema
      .createTable('session')
      .addColumn('token_hash', 'text', (col) => col.primaryKey())
      .addColumn('staff_id', 'text', (col) =>
        col.notNull().references('staff.id').onDelete('cascade'),
      )
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('session_staff_idx').on('session').column('staff_id').execute();

    await db.schema
      .createTable('tablet')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinic.id'))
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('public_jwk', 'text', (col) => col.notNull())
      .addColumn('kid', 'text', (col) => col.notNull().unique())
      .addColumn('status', 'text', (col) =>
        col.notNull().check(sql`status in ('enrolled', 'withdrawn')`),
      )
      .addColumn('enrolled_at', 'text', (col) => col.notNull())
      .addColumn('last_seen_at', 'text')
      .addColumn('token_hash', 'text', (col) => col.notNull().unique())
      .execute();
    await db.schema.createIndex('tablet_clinic_idx').on('tablet').column('clinic_id').execute();
  },
};
