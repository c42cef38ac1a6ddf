// The desk's environment: where, by whom and on which clock a desk command runs. Views get
// it from the desk's React context and pass it to every command and query in src/desk, so
// no view needs to know the database, the tablet's key or the write context by itself.
import type { AdmissionPolicy } from '../core/admission/policy';
import type { Bilingual, Language, MessageTable } from '../core/bilingual';
import type { Clinic } from '../core/clinic/settings';
import type { ClinicId, RandomBytes, StaffId } from '../core/ids';
import type { RecordKind } from '../core/records/record';
import type { SeroDeskDatabase } from '../storage/database';
import type { SigningKey } from '../core/shc/signingKey';
import type { StaffInfo, StaffRole } from '../core/protocol/session';
import type { TabletIdentity } from '../storage/tablet';
import type { WriteContext } from '../storage/records';
import type { RuleSettings } from '../core/rules/recordRules';
import { DEFAULT_ADMISSION_POLICY } from '../core/admission/policy';
import { mayWrite } from '../core/records/permissions';

/** Everything a desk command or query needs about where and by whom it runs, loaded once. */
export type DeskEnv = {
  readonly db: SeroDeskDatabase;
  readonly clinic: Clinic;
  /** The region's admission policy as the register last sent it (default before any sync). */
  readonly admissionPolicy: AdmissionPolicy;
  readonly tablet: TabletIdentity;
  /** Absent on a tablet whose key was not saved at enrolment: it cannot sign QR codes. */
  readonly signingKey: SigningKey | undefined;
  readonly staff: {
    readonly id: StaffId;
    readonly displayName: string;
    readonly role: StaffRole;
  };
  readonly language: Language;
  readonly now: () => Date;
  readonly random: RandomBytes;
  /** Who writes, on which clock — and the rules' settings, so storage judges every write. */
  readonly write: WriteContext & { readonly rules: RuleSettings };
  /** The clinic's offset from UTC in minutes (Kamchatka +720). */
  readonly utcOffsetMinutes: number;
  /** The fields every record this member writes on this tablet starts with. */
  readonly recordBase: () => {
    readonly clinicId: ClinicId;
    readonly createdBy: StaffId;
    readonly createdAt: string;
    readonly version: 0;
  };
  /** The UI offers a write only when the role may make it (storage checks again). */
  readonly may: (kind: RecordKind) => boolean;
  /** A core reason's message in the desk's language. */
  readonly say: <R extends string>(table: MessageTable<R>, reason: R) => string;
  readonly pick: (text: Bilingual) => string;
};

/** A bilingual text in the desk's language. */
export function inLanguage(text: Bilingual, language: Language): string {
  return language === 'en' ? text.en : text.ru;
}

const browserRandom = (length: number): Uint8Array =>
  crypto.getRandomValues(new Uint8Array(length));

export function makeDeskEnv(parts: {
  readonly db: SeroDeskDatabase;
  readonly clinic: Clinic;
  /** Absent before the tablet's first directory: the default (IgG only) applies. */
  readonly admissionPolicy?: AdmissionPolicy;
  readonly tablet: TabletIdentity;
  readonly signingKey: SigningKey | undefined;
  readonly staff: StaffInfo;
  readonly language: Language;
  /** Injected by tests; the desk runs on the tablet's clock and WebCrypto's randomness. */
  readonly now?: () => Date;
  readonly random?: RandomBytes;
}): DeskEnv {
  const { db, clinic, tablet, signingKey, staff, language } = parts;
  const staffId = staff.id;
  const now = parts.now ?? (() => new Date());
  const random = parts.random ?? browserRandom;
  const admissionPolicy = parts.admissionPolicy ?? DEFAULT_ADMISSION_POLICY;
  return {
    db,
    clinic,
    admissionPolicy,
    tablet,
    signingKey,
    staff: { id: staffId, displayName: staff.displayName, role: staff.role },
    language,
    now,
    random,
    write: {
      role: staff.role,
      staffId,
      now,
      random,
      rules: { clinic: clinic.settings, admissionPolicy },
    },
    utcOffsetMinutes: clinic.settings.policy.utcOffsetMinutes,
    recordBase: () => ({
      clinicId: clinic.id,
      createdBy: staffId,
      createdAt: now().toISOString(),
      version: 0,
    }),
    may: (kind) => mayWrite(staff.role, kind),
    say: <R extends string>(table: MessageTable<R>, reason: R) =>
      inLanguage(table[reason], language),
    pick: (text) => inLanguage(text, language),
  };
}
