import { z } from 'zod/mini';
import type { DirectoryMember } from '../core/staff/authorise';
import type { SeroDeskDatabase } from './database';
import { clinicStaffMemberSchema, META, readMeta, writeMeta } from './metaKeys';

// The clinic's staff with their roles, as the register's directory last listed them (each sync
// run, src/sync/clinicDirectory.ts). The offline first PIN (src/storage/pinAuthorisation.ts)
// takes both the authoriser's and the colleague's role from here, never from the tablet:
//
//   meta["desk:clinic-staff"] [{"id":"0193…","displayName":"Ким Ольга Сергеевна","role":"lab"},
//                              {"id":"0193…","displayName":"…","role":"admin","disabled":true,
//                               "pinResetAt":"2026-12-01T09:00:00.000Z"}]
//
// `disabled` and `pinResetAt` are kept when a directory carries them (issue #12): the stored
// `pinResetAt` is the reset this tablet has applied (src/core/staff/pinReset.ts).
/** Replaces the list; called inside the directory's own transaction (clinicDirectory.ts). */
export async function saveClinicStaff(
  db: SeroDeskDatabase,
  staff: readonly DirectoryMember[],
): Promise<void> {
  await writeMeta(db, META.clinicStaff, z.array(clinicStaffMemberSchema).parse(staff));
}

/** The last directory's staff, by name; empty before the first sync. Bad entries are left out. */
export async function loadClinicStaff(db: SeroDeskDatabase): Promise<DirectoryMember[]> {
  const entries = (await readMeta(db, META.clinicStaff)) ?? [];
  return entries
    .map((entry) => clinicStaffMemberSchema.safeParse(entry))
    .flatMap((parsed): DirectoryMember[] => {
      if (parsed.success) return [parsed.data];
      console.warn('Ignored an unreadable clinic staff entry', parsed.error.message);
      return [];
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'ru'));
}
