import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// What the register knows of a card it voided without holding its certificate (sync/
// voidUnheldCard.ts): a certificate refused for good, or discarded by an administrator on its
// tablet. The CRL entry alone says only which rid of which key; without this row, the
// regional administrator who searches the number printed on the paper finds nothing, and a
// holder turned away at a door is told by no one why. One row per certificate:
//
//   voided_card {certificate_id: "0193…c9", clinic_id: "0193…", person_id: "0193…p1",
//                certificate_number: "KAM01-T03-2026-000017", issued_at: "2026-12-04T01:20:00.000Z",
//                kid: "3Kfd…", rid: "Zt1c…", tablet_id: "0193…t3",
//                reason: "discarded-on-tablet" | "refused-by-register",
//                refusal: "statement-withdrawn" | null (the register's refusal, when refused),
//                voided_at: "2026-12-04T02:00:00.000Z"}
//
// Only what identifies the paper and why its QR no longer admits: no result, no name (the
// person's own record, when the register holds it, gives the name). Cards voided before this
// migration have their CRL entries only.
export const voidedCardMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('voided_card')
      .addColumn('certificate_id', 'text', (col) => col.primaryKey())
      .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinic.id'))
      .addColumn('person_id', 'text', (col) => col.notNull())
      .addColumn('certificate_number', 'text', (col) => col.notNull())
      .addColumn('issued_at', 'text', (col) => col.notNull())
      .addColumn('kid', 'text', (col) => col.notNull())
      .addColumn('rid', 'text', (col) => col.notNull())
      .addColumn('tablet_id', 'text', (col) => col.notNull())
      .addColumn('reason', 'text', (col) => col.notNull())
      .addColumn('refusal', 'text')
      .addColumn('voided_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('voided_card_number_idx')
      .on('voided_card')
      .column('certificate_number')
      .execute();
    await db.schema
      .createIndex('voided_card_person_idx')
      .on('voided_card')
      .columns(['clinic_id', 'person_id'])
      .execute();
  },
};
