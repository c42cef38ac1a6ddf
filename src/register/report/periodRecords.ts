import { sql } from 'kysely';
import type { RecordKind } from '../../core/records/record';
import type { RegisterDb } from '../db/connect';
import type { ReportField } from './recordField';
import { recordField } from './recordField';

// The records of one clinic whose report field lies in [lower, upper), read in pages of
// `pageSize` in the order of that field (then id), through the partial indexes of migration
// 0014: a report of a week reads that week's rows, whatever the register holds besides.
// Each row brings the state of the transfer queue entry it made, if any (only certificates
// and revocations make one).

export type PeriodRecordQuery = {
  readonly clinicId: string;
  readonly kind: RecordKind;
  readonly field: ReportField;
  /** Field values as stored: "2026-11-01" for a date, an ISO instant for the others. */
  readonly lower: string;
  readonly upper: string;
};

/** Where the previous page ended: its last row's field value and id. */
export type PageCursor = { readonly value: string; readonly id: string };

export const REPORT_PAGE_SIZE = 1_000;

/** One page's query (exported so a test can ask the planner how it runs). */
export function periodRecordPage(
  db: RegisterDb,
  query: PeriodRecordQuery,
  after: PageCursor | undefined,
  pageSize = REPORT_PAGE_SIZE,
) {
  const value = recordField(db.kind, query.field);
  return (
    db.kysely
      .selectFrom('clinic_record')
      .leftJoin('transfer_item', 'transfer_item.record_id', 'clinic_record.id')
      .select([
        'clinic_record.id as id',
        'clinic_record.body as body',
        'transfer_item.state as transferState',
        value.as('value'),
      ])
      .where('clinic_record.clinic_id', '=', query.clinicId)
      // A literal, not a parameter: the partial indexes are `where kind = '<kind>'`.
      .where('clinic_record.kind', '=', sql.lit(query.kind))
      .where(value, '>=', query.lower)
      .where(value, '<', query.upper)
      .$if(after !== undefined, (builder) =>
        builder.where((eb) =>
          eb.or([
            eb(value, '>', after?.value ?? ''),
            eb.and([
              eb(value, '=', after?.value ?? ''),
              eb('clinic_record.id', '>', after?.id ?? ''),
            ]),
          ]),
        ),
      )
      .orderBy(value)
      .orderBy('clinic_record.id')
      .limit(pageSize)
  );
}

export type PeriodRecordRow = {
  readonly id: string;
  readonly body: string;
  readonly transferState: string | null;
};

export async function* periodRecordPages(
  db: RegisterDb,
  query: PeriodRecordQuery,
  pageSize = REPORT_PAGE_SIZE,
): AsyncGenerator<readonly PeriodRecordRow[]> {
  let after: PageCursor | undefined;
  for (;;) {
    const rows = await periodRecordPage(db, query, after, pageSize).execute();
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (last === undefined || rows.length < pageSize) return;
    after = { value: last.value, id: last.id };
  }
}
