import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { RegisterMigration } from './migration';

// The history keeps the versions a record has left behind, not a copy of the one it has now
// (issue #14): clinic_record holds the current version, body, tablet and seq included, so
// its copy in clinic_record_version doubled every record's body — for the records most pushes
// bring, new people at version 1, the history row was a third of the writes and half the
// bytes. A version enters the history when the next one replaces it
// (register/sync/recordStore.ts, writeVersion), and a merge reads the history with the
// current row (loadVersions). Here the copies of current versions go:
//
//   before  clinic_record {id: "r1", version: 2}   clinic_record_version (r1, 1), (r1, 2)
//   after   clinic_record {id: "r1", version: 2}   clinic_record_version (r1, 1)
//
// A version row's written_at was its record's updated_at at the time, and its tablet and seq
// the record's: the record row keeps all three, so nothing is lost.

export const historySupersededMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      delete from clinic_record_version
      where exists (
        select 1 from clinic_record
        where clinic_record.id = clinic_record_version.record_id
          and clinic_record.version = clinic_record_version.version
      )`.execute(db);
  },
};
