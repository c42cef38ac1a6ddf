import type { Generated } from 'kysely';
import type { StaffRole } from '../../core/protocol/session';
import type { OrganisationKind } from '../../core/staff/organisation';

// Kysely's view of the register's tables, as they stand after the latest migration. When a
// migration adds or changes a table, change its interface here in the same commit.
//
// Portable column rules (one schema for SQLite and PostgreSQL):
// - ids are text (UUIDv7 made by whoever creates the record);
// - times are text in ISO 8601 UTC with milliseconds, "2026-11-26T22:35:00.000Z", which sort
//   correctly as strings on both engines and need no driver-specific date handling;
// - JSON documents are text, parsed with zod when read (see rows.ts).

export type TabletStatus = 'enrolled' | 'withdrawn';

export interface ClinicTable {
  id: string;
  /** Short stable code printed on certificates, e.g. "PKGP3". */
  code: string;
  name_ru: string;
  name_en: string;
  address: string;
  /** SHC issuer of this clinic's cards; null means the register's ISSUER_URL. */
  issuer_url: string | null;
  /** JSON text of ClinicSettings (price list, kits, validity policy). */
  settings: string;
  created_at: string;
  /** A clinic, or the regional ministry that runs the register (migration 0011). */
  kind: Generated<OrganisationKind>;
}

export interface StaffTable {
  id: string;
  clinic_id: string;
  login: string;
  display_name: string;
  role: StaffRole;
  /** "scrypt$N$r$p$salt$hash", see auth/password.ts. */
  password_hash: string;
  created_at: string;
  /** When the account was disabled (migration 0009); null while it may sign in. */
  disabled_at: string | null;
  /** When an admin last reset the member's PIN (migration 0012); null while never reset. */
  pin_reset_at: string | null;
}

export interface SessionTable {
  /** SHA-256 (hex) of the bearer token; the token itself is never stored. */
  token_hash: string;
  staff_id: string;
  created_at: string;
  expires_at: string;
}

export interface TabletTable {
  id: string;
  clinic_id: string;
  name: string;
  /** JSON text of the tablet's public ES256 JWK. */
  public_jwk: string;
  /** RFC 7638 thumbprint of public_jwk, the SHC `kid`. */
  kid: string;
  status: TabletStatus;
  enrolled_at: string;
  last_seen_at: string | null;
  /** SHA-256 (hex) of the tablet's bearer token. */
  token_hash: string;
  /** "T1", "T2"…: unique in the clinic, never reused; part of contract numbers. */
  code: string | null;
  withdrawn_at: string | null;
  /** When the tablet's last push was answered, and the highest sequence it was given. */
  last_push_at: string | null;
  last_push_seq: number | null;
  /** The tablet this one replaced: the same device enrolled again after its data was cleared. */
  replaces: string | null;
  /** The cursor the tablet's last pull was answered with; null until its first. */
  last_pull_cursor: number | null;
  /** While set, pulls also bring this tablet's own records up to this sequence (a restore). */
  restore_through_seq: number | null;
  /** What the tablet reported at its last contact about records not yet accepted (0013). */
  backlog_count: number | null;
  backlog_oldest_at: string | null;
  backlog_reported_at: string | null;
}

export interface CrlTable {
  kid: string;
  /** SHC `ctr`: incremented on every change of this key's revocation list. */
  ctr: number;
  updated_at: string;
}

export interface CrlEntryTable {
  kid: string;
  rid: string;
  /** Seconds since the epoch as text, or null: revokes only cards with an earlier `nbf`. */
  not_before: string | null;
  reason: string;
  revoked_at: string;
}

/**
 * A card the register voided without holding its certificate (migration 0018,
 * sync/voidUnheldCard.ts): what identifies the paper and why its QR no longer admits.
 */
export interface VoidedCardTable {
  certificate_id: string;
  clinic_id: string;
  person_id: string;
  certificate_number: string;
  issued_at: string;
  kid: string;
  rid: string;
  tablet_id: string;
  /** The CRL entry's reason: "discarded-on-tablet" | "refused-by-register". */
  reason: string;
  /** The register's refusal code (OpRejectReason) when refused, else null. */
  refusal: string | null;
  voided_at: string;
}

/** A clinic record as it is now; `body` is the record's JSON (clinicRecordSchema). */
export interface ClinicRecordTable {
  id: string;
  clinic_id: string;
  kind: string;
  body: string;
  version: number;
  /** The register sequence of the latest change: what pull cursors follow. */
  seq: number;
  created_by: string;
  /** The tablet that wrote the latest version. */
  tablet_id: string;
  updated_at: string;
  /** The statement the record belongs to (migration 0008); null for persons, revocations. */
  application_id: string | null;
  /** A contract's payment receipt, "ФН:ФД" (migration 0016); null for other records. */
  receipt_key: string | null;
  /** A contract's refund receipt, "ФН:ФД" (migration 0016); null for other records. */
  refund_receipt_key: string | null;
}

/**
 * The versions records have left behind (the current one is clinic_record's row, migration
 * 0015), kept as the base of three-way merges.
 */
export interface ClinicRecordVersionTable {
  record_id: string;
  version: number;
  body: string;
  tablet_id: string;
  seq: number;
  written_at: string;
}

/** The sync log: each op id with the answer given, replayed on a repeat. */
export interface SyncOpTable {
  op_id: string;
  tablet_id: string;
  record_id: string | null;
  seq: number | null;
  /** JSON text of the OpAnswer (src/core/protocol/sync.ts). */
  answer: string;
  received_at: string;
  /**
   * SHA-256 (hex) of the op's content (sync/opContent.ts); "written" when its content is the
   * record version it wrote (sync/writtenContent.ts); null for ops of before 0005.
   */
  content_hash: string | null;
}

export interface SyncCounterTable {
  name: string;
  value: number;
}

export interface AdmissionPolicyTable {
  version: number;
  /** JSON text of AdmissionPolicy (core/admission/policy.ts). */
  document: string;
  created_at: string;
}

/** A sign-in attempt count for one key ("login:…" or "address:…") until `expires_at`. */
export interface SignInWindowTable {
  key: string;
  expires_at: string;
  attempts: number;
}

/** The transfer queue to the federal register (migration 0010, src/register/transfer/). */
export interface TransferItemTable {
  certificate_id: string;
  /** TransferEvent: "issued" | "corrected" | "revoked". */
  event: string;
  clinic_id: string;
  /** The record whose write enqueued this: the certificate, or its revocation. */
  record_id: string;
  certificate_number: string;
  /** TransferState: "queued" | "sent" | "accepted" | "rejected" | "failed". */
  state: string;
  attempts: number;
  /** When the worker may (re)send it; for a `sent` row, when its send is taken as lost. */
  next_attempt_at: string;
  last_error: string | null;
  /** The receiver's id of the accepted record (a file name for the file drop). */
  external_id: string | null;
  queued_at: string;
  sent_at: string | null;
  /** When it was accepted or rejected. */
  settled_at: string | null;
}

export interface RegisterTables {
  clinic: ClinicTable;
  staff: StaffTable;
  session: SessionTable;
  tablet: TabletTable;
  crl: CrlTable;
  crl_entry: CrlEntryTable;
  voided_card: VoidedCardTable;
  clinic_record: ClinicRecordTable;
  clinic_record_version: ClinicRecordVersionTable;
  sync_op: SyncOpTable;
  sync_counter: SyncCounterTable;
  admission_policy: AdmissionPolicyTable;
  sign_in_window: SignInWindowTable;
  transfer_item: TransferItemTable;
}
