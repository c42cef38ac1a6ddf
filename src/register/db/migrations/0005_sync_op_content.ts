import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// What an op carried, kept beside its stored answer, so that an op id sent again with other
// content is refused (`op-id-reused`) instead of being answered with the first op's answer
// (src/register/sync/opContent.ts; docs/DECISIONS.md, "An op id names one content").
//
//   sync_op.content_hash  "9f86d081…0a08" | null   SHA-256 (hex) of the op's canonical JSON
//                                                  {kind, record}; null for ops stored before
//                                                  this migration, which replay as before
export const syncOpContentMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('sync_op').addColumn('content_hash', 'text').execute();
  },
};
