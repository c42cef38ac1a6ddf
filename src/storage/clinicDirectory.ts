import type { AdmissionPolicy } from '../core/admission/policy';
import { DEFAULT_ADMISSION_POLICY } from '../core/admission/policy';
import type { ClinicDirectory } from '../core/protocol/clinic';
import type { SeroDeskDatabase } from './database';
import { pinsToForget } from '../core/staff/pinReset';
import { loadClinicStaff, saveClinicStaff } from './clinicStaff';
import { rememberStaffName } from './staffNames';
import { saveClinic } from './clinic';
import { META, readMeta, writeMeta } from './metaKeys';

// The clinic's directory as the register sends it on every sync run: its settings replace
// the tablet's copy, and every colleague's name joins the names the print views look up
// (meta["staff-name:<id>"], see deskQueries.ts), so a certificate issued on another tablet
// prints its commission member's name here too. Names of staff who have left stay: old
// certificates still name them. The region's admission policy is kept beside them:
//
//   meta["desk:admission-policy"]  {"version":3,"region":{…},"admittedClasses":["IgG"],
//                                   "presenceMonths":6,"utcOffsetMinutes":720,"updatedAt":"…"}
//
// The desk applies it offline (core/commission/presenceRule.ts); until the first sync, and
// if the stored row is unreadable, it applies DEFAULT_ADMISSION_POLICY (IgG only).

/**
 * Keeps the clinic, every name and the admission policy of the directory, all or nothing, and
 * forgets the PINs of members the register disabled or whose PIN it reset since the last
 * directory (issue #12, core/staff/pinReset.ts): such a PIN no longer unlocks this tablet.
 */
export async function saveClinicDirectory(
  db: SeroDeskDatabase,
  directory: ClinicDirectory,
): Promise<void> {
  await db.transaction('rw', db.meta, db.staffPins, async () => {
    const forget = pinsToForget(await loadClinicStaff(db), directory.staff);
    if (forget.length > 0) await db.staffPins.bulkDelete(forget);
    for (const member of directory.staff) {
      await rememberStaffName(db, member.id, member.displayName);
    }
    // With their roles, for a colleague's first PIN offline (clinicStaff.ts).
    await saveClinicStaff(db, directory.staff);
    await writeMeta(db, META.admissionPolicy, directory.admissionPolicy);
    await saveClinic(db, directory.clinic);
  });
}

/** The admission policy the register last sent this tablet, or the default. */
export async function loadAdmissionPolicy(db: SeroDeskDatabase): Promise<AdmissionPolicy> {
  return (await readMeta(db, META.admissionPolicy)) ?? DEFAULT_ADMISSION_POLICY;
}
