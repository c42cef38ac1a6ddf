import type { Bilingual, Language, MessageTable } from '../../../core/bilingual';
import type { RandomBytes } from '../../../core/ids';
import type { Clinic } from '../../../core/clinic/settings';
import type { StaffInfo } from '../../../core/protocol/session';
import { mayWrite } from '../../../core/records/permissions';
import type { SigningKey } from '../../../core/shc/signingKey';
import type { SeroDeskDatabase } from '../../../storage/database';
import type { TabletIdentity } from '../../../storage/tablet';
import type { DeskEnv } from './DeskEnvironment';

/** A bilingual text in the desk's language. */
export function inLanguage(text: Bilingual, language: Language): string {
  return language === 'en' ? text.en : text.ru;
}

const browserRandom = (length: number): Uint8Array =>
  crypto.getRandomValues(new Uint8Array(length));

export function makeDeskEnv(parts: {
  readonly db: SeroDeskDatabase;
  readonly clinic: Clinic;
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
  return {
    db,
    clinic,
    tablet,
    signingKey,
    staff: { id: staffId, displayName: staff.displayName, role: staff.role },
    language,
    now,
    random,
    write: { role: staff.role, staffId, now, random },
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
