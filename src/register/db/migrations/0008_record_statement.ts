import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// Which statement each record belongs to, so the rules that tie a record to the rest of its
// statement (src/core/rules/recordRules.ts) read that statement with one indexed query
// instead of scanning record bodies.
//
//   clinic_record.application_id  "0193…a1" | null   the application itself, or the one a
//                                                    contract, sample, certificate names, or
//                                                    (a result) the one its sample names;
//                                                    null for persons and revocations
//
// Rows written before this migration are filled in here, reading their bodies once.

type Row = { id: string; kind: string; body: string };

/** The migration sees today's rows only through this shape, not through tables.ts. */
type Tables = { clinic_record: Row & { application_id: string | null } };

function statementOf(row: Row, sampleStatements: ReadonlyMap<string, string>): string | null {
  const body = JSON.parse(row.body) as { applicationId?: unknown; sampleId?: unknown };
  if (row.kind === 'application') return row.id;
  if (row.kind === 'result') {
    return typeof body.sampleId === 'string' ? (sampleStatements.get(body.sampleId) ?? null) : null;
  }
  return typeof body.applicationId === 'string' ? body.applicationId : null;
}

export const recordStatementMigration: RegisterMigration = {
  async up(untyped: Kysely<unknown>): Promise<void> {
    await untyped.schema.alterTable('clinic_record').addColumn('application_id', 'text').execute();
    await untyped.schema
      .createIndex('clinic_record_clinic_application_idx')
      .on('clinic_record')
      .columns(['clinic_id', 'application_id'])
      .execute();
    const db = untyped as unknown as Kysely<Tables>;
    const rows = await db
      .selectFrom('clinic_record')
      .select(['id', 'kind', 'body'])
      .where('kind', 'in', ['application', 'contract', 'sample', 'result', 'certificate'])
      .execute();
    const sampleStatements = new Map<string, string>();
    for (const row of rows) {
      const statement = row.kind === 'sample' ? statementOf(row, sampleStatements) : null;
      if (statement !== null) sampleStatements.set(row.id, statement);
    }
    for (const row of rows) {
      const statement = statementOf(row, sampleStatements);
      if (statement === null) continue;
      await db
        .updateTable('clinic_record')
        .set({ application_id: statement })
        .where('id', '=', row.id)
        .execute();
    }
  },
};
