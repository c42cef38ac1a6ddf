import type { RawBuilder } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseKind } from '../db/connect';

// A string field of a clinic record's JSON body, in the engine's own words and exactly as
// migration 0014 indexes it (the planners match an index expression by its form):
//
//   sqlite    json_extract(body, '$.issuedAt')
//   postgres  (body::jsonb ->> 'issuedAt')

export const REPORT_FIELDS = ['date', 'issuedAt', 'at', 'paidAt', 'cancelledAt'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export function recordField(kind: DatabaseKind, field: ReportField): RawBuilder<string> {
  // `field` is one of the constants above, never input: it is safe to write as a literal.
  return kind === 'postgres'
    ? sql<string>`(body::jsonb ->> ${sql.lit(field)})`
    : sql<string>`json_extract(body, ${sql.lit(`$.${field}`)})`;
}
