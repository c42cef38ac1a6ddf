import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// The transfer queue to the federal register (issue #12, src/register/transfer/). One row per
// certificate and event, written in the same transaction as the record that caused it, so a
// certificate the register holds is never missing from the queue and never in it twice:
//
//   transfer_item {certificate_id: "0193…c1", event: "issued" | "corrected" | "revoked",
//                  clinic_id: "0193…", record_id: "0193…c1" (the certificate, or the
//                  revocation), certificate_number: "KAM01-T03-2026-000017",
//                  state: "queued" | "sent" | "accepted" | "rejected" | "failed",
//                  attempts: 2, next_attempt_at: "2026-12-01T09:00:30.000Z",
//                  last_error: "HTTP 503: …" | null, external_id: "EGISZ-42" | null,
//                  queued_at, sent_at, settled_at}
//
// The primary key (certificate_id, event) is what makes enqueueing idempotent: a repeated
// push inserts nothing. The worker picks due rows by (state, next_attempt_at).
export const transferQueueMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('transfer_item')
      .addColumn('certificate_id', 'text', (col) => col.notNull())
      .addColumn('event', 'text', (col) => col.notNull())
      .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinic.id'))
      .addColumn('record_id', 'text', (col) => col.notNull())
      .addColumn('certificate_number', 'text', (col) => col.notNull())
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('attempts', 'integer', (col) => col.notNull())
      .addColumn('next_attempt_at', 'text', (col) => col.notNull())
      .addColumn('last_error', 'text')
      .addColumn('external_id', 'text')
      .addColumn('queued_at', 'text', (col) => col.notNull())
      .addColumn('sent_at', 'text')
      .addColumn('settled_at', 'text')
      .addPrimaryKeyConstraint('transfer_item_pk', ['certificate_id', 'event'])
      .execute();
    await db.schema
      .createIndex('transfer_item_due_idx')
      .on('transfer_item')
      .columns(['state', 'next_attempt_at'])
      .execute();
    await db.schema
      .createIndex('transfer_item_number_idx')
      .on('transfer_item')
      .column('certificate_number')
      .execute();
  },
};
