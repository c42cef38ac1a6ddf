import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { RegisterMigration } from './migration';

// The register's side of sync (issue 5, protocol in src/core/protocol/sync.ts).
//
//   clinic_record          {id: "0193…", clinic_id: "0193…", kind: "person", body: "{…}",
//                           version: 3, seq: 4812, created_by: "0193…", tablet_id: "0193…",
//                           updated_at: "2026-11-26T10:15:00.000Z"}   the record as it is now
//   clinic_record_version  {record_id, version: 3, body: "{…}", tablet_id, seq: 4812,
//                           written_at}   every version, the base of three-way merges
//   sync_op                {op_id: "0193…", tablet_id, record_id, seq: 4812 | null,
//                           answer: "{\"status\":\"accepted\",…}", received_at}
//   sync_counter           {name: "seq", value: 4812}
//   tablet.last_push_at / last_push_seq   what each tablet last had acknowledged
//
// The sequence is a counter row, not an engine sequence or autoincrement: each op's
// transaction increments it and holds its row lock until commit, so sequence numbers become
// visible in order and a pull can never step past a lower number committed later.
export const syncMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('clinic_record')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinic.id'))
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('seq', 'integer', (col) => col.notNull().unique())
      .addColumn('created_by', 'text', (col) => col.notNull())
      .addColumn('tablet_id', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('clinic_record_clinic_seq_idx')
      .on('clinic_record')
      .columns(['clinic_id', 'seq'])
      .execute();

    await db.schema
      .createTable('clinic_record_version')
      .addColumn('record_id', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('tablet_id', 'text', (col) => col.notNull())
      .addColumn('seq', 'integer', (col) => col.notNull())
      .addColumn('written_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('clinic_record_version_pk', ['record_id', 'version'])
      .execute();

    await db.schema
      .createTable('sync_op')
      .addColumn('op_id', 'text', (col) => col.primaryKey())
      .addColumn('tablet_id', 'text', (col) => col.notNull())
      .addColumn('record_id', 'text')
      .addColumn('seq', 'integer')
      .addColumn('answer', 'text', (col) => col.notNull())
      .addColumn('received_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('sync_op_tablet_idx').on('sync_op').column('tablet_id').execute();

    await db.schema
      .createTable('sync_counter')
      .addColumn('name', 'text', (col) => col.primaryKey())
      .addColumn('value', 'integer', (col) => col.notNull())
      .execute();
    await sql`insert into sync_counter (name, value) values ('seq', 0)`.execute(db);

    await db.schema.alterTable('tablet').addColumn('last_push_at', 'text').execute();
    await db.schema.alterTable('tablet').addColumn('last_push_seq', 'integer').execute();
  },
};
