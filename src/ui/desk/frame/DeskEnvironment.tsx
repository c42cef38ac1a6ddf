import { createContext, useContext } from 'react';
import type { Bilingual, Language, MessageTable } from '../../../core/bilingual';
import type { Clinic } from '../../../core/clinic/settings';
import type { ClinicId, RandomBytes, StaffId } from '../../../core/ids';
import type { StaffRole } from '../../../core/protocol/session';
import type { RecordKind } from '../../../core/records/record';
import type { SigningKey } from '../../../core/shc/signingKey';
import type { SeroDeskDatabase } from '../../../storage/database';
import type { WriteContext } from '../../../storage/records';
import type { TabletIdentity } from '../../../storage/tablet';

/** Everything a desk screen needs about where and by whom it runs, loaded once. */
export type DeskEnv = {
  readonly db: SeroDeskDatabase;
  readonly clinic: Clinic;
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
  readonly write: WriteContext;
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

export const DeskContext = createContext<DeskEnv | null>(null);

export function useDesk(): DeskEnv {
  const env = useContext(DeskContext);
  if (env === null) throw new Error('useDesk must be used inside the desk');
  return env;
}
