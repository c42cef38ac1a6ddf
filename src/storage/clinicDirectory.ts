import type { ClinicDirectory } from '../core/protocol/clinic';
import type { SeroDeskDatabase } from './database';
import { rememberStaffName } from './deskQueries';
import { saveClinic } from './tablet';

// The clinic's directory as the register sends it on every sync run: its settings replace
// the tablet's copy, and every colleague's name joins the names the print views look up
// (meta["staff-name:<id>"], see deskQueries.ts), so a certificate issued on another tablet
// prints its commission member's name here too. Names of staff who have left stay: old
// certificates still name them.

/** Keeps the clinic and every name of the directory, all or nothing. */
export async function saveClinicDirectory(
  db: SeroDeskDatabase,
  directory: ClinicDirectory,
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    for (const member of directory.staff) {
      await rememberStaffName(db, member.id, member.displayName);
    }
    await saveClinic(db, directory.clinic);
  });
}
