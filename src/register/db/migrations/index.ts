import type { Migration, MigrationProvider } from 'kysely';
import { initialMigration } from './0001_initial';
import { tabletEnrolmentMigration } from './0002_tablet_enrolment';
import { syncMigration } from './0003_sync';
import { tabletRestoreMigration } from './0004_tablet_restore';
import { syncOpContentMigration } from './0005_sync_op_content';
import { admissionPolicyMigration } from './0006_admission_policy';
import { signInLimitsMigration } from './0007_sign_in_limits';
import { recordStatementMigration } from './0008_record_statement';
import { staffDisabledMigration } from './0009_staff_disabled';
import { transferQueueMigration } from './0010_transfer_queue';
import { organisationKindMigration } from './0011_organisation_kind';
import { staffPinResetMigration } from './0012_staff_pin_reset';
import { tabletBacklogMigration } from './0013_tablet_backlog';
import { reportIndexesMigration } from './0014_report_indexes';
import { historySupersededMigration } from './0015_history_superseded';
import { contractReceiptsMigration } from './0016_contract_receipts';
import { revocationStatementMigration } from './0017_revocation_statement';
import { voidedCardMigration } from './0018_voided_card';
import { pullIndexMigration } from './0019_pull_index';
import { refusedOpIndexMigration } from './0020_refused_op_index';
import type { RegisterMigration } from './migration';

// The register's schema history, oldest first. To change the schema, add a file
// `NNNN_what_it_does.ts` beside this one exporting a RegisterMigration, append it here with
// the next number, and update ../tables.ts. Never edit or reorder a migration that has
// shipped: registers in the field have already run it. Kysely applies migrations in name
// order, so names carry a zero-padded sequence number.
export const MIGRATIONS: readonly (readonly [name: string, migration: RegisterMigration])[] = [
  ['0001_initial', initialMigration],
  ['0002_tablet_enrolment', tabletEnrolmentMigration],
  ['0003_sync', syncMigration],
  ['0004_tablet_restore', tabletRestoreMigration],
  ['0005_sync_op_content', syncOpContentMigration],
  ['0006_admission_policy', admissionPolicyMigration],
  ['0007_sign_in_limits', signInLimitsMigration],
  ['0008_record_statement', recordStatementMigration],
  ['0009_staff_disabled', staffDisabledMigration],
  ['0010_transfer_queue', transferQueueMigration],
  ['0011_organisation_kind', organisationKindMigration],
  ['0012_staff_pin_reset', staffPinResetMigration],
  ['0013_tablet_backlog', tabletBacklogMigration],
  ['0014_report_indexes', reportIndexesMigration],
  ['0015_history_superseded', historySupersededMigration],
  ['0016_contract_receipts', contractReceiptsMigration],
  ['0017_revocation_statement', revocationStatementMigration],
  ['0018_voided_card', voidedCardMigration],
  ['0019_pull_index', pullIndexMigration],
  ['0020_refused_op_index', refusedOpIndexMigration],
];

/** The schema version this code expects: the number of migrations it knows. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Hands Kysely's Migrator the migrations from code (nothing is read from disk). */
export const migrationProvider: MigrationProvider = {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(Object.fromEntries(MIGRATIONS));
  },
};
