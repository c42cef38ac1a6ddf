import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { RegisterMigration } from './migration';

// Indexes for the reports and exports of a period (issue #12, src/register/report/): the day
// a record counts on lives in its JSON body, so each record kind gets a partial index on its
// clinic and the body field a report filters by, and a period reads only its own rows:
//
//   application  body.date         "2026-11-20"
//   certificate  body.issuedAt     "2026-11-20T01:10:00.000Z"
//   revocation   body.at
//   contract     body.paidAt, and body.cancelledAt (a refund's instant)
//   transfer_item.record_id        the certificate or revocation that queued the entry
//
// The expression is the engine's own JSON accessor; a query uses the same one
// (report/recordField.ts), or the planner would not match it to the index.

const FIELDS = [
  ['application', 'date', 'clinic_record_application_date_idx'],
  ['certificate', 'issuedAt', 'clinic_record_certificate_issued_idx'],
  ['revocation', 'at', 'clinic_record_revocation_at_idx'],
  ['contract', 'paidAt', 'clinic_record_contract_paid_idx'],
  ['contract', 'cancelledAt', 'clinic_record_contract_cancelled_idx'],
] as const;

/** PostgreSQL numbers its parameters ($1), SQLite does not (?): the one public tell. */
function isPostgres(db: Kysely<unknown>): boolean {
  return sql`select ${1}`.compile(db).sql.includes('$1');
}

export const reportIndexesMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const postgres = isPostgres(db);
    for (const [kind, field, name] of FIELDS) {
      const expression = postgres
        ? `(body::jsonb ->> '${field}')`
        : `(json_extract(body, '$.${field}'))`;
      await sql
        .raw(
          `create index ${name} on clinic_record (clinic_id, ${expression}) where kind = '${kind}'`,
        )
        .execute(db);
    }
    await db.schema
      .createIndex('transfer_item_record_idx')
      .on('transfer_item')
      .column('record_id')
      .execute();
  },
};
