// What the tablet knows about itself, for the screens that are not desk use cases: its
// enrolment, clinic and signing key (the desk's environment is built from them), the sync
// work it holds, the export and erase of its data, and the notice after a restore.
import type { AdmissionPolicy } from '../core/admission/policy';
import type { Clinic } from '../core/clinic/settings';
import type { SigningKey } from '../core/shc/signingKey';
import { loadAdmissionPolicy } from '../storage/clinicDirectory';
import type { SeroDeskDatabase } from '../storage/database';
import type { TabletIdentity } from '../storage/tablet';
import { loadClinic, loadSigningKey, loadTabletIdentity } from '../storage/tablet';

export type { TabletIdentity } from '../storage/tablet';
export { loadClinic, loadTabletIdentity, loadTabletToken } from '../storage/tablet';
export { rememberStaffName } from '../storage/staffNames';
export type { SyncCounts } from '../storage/syncCounts';
export { countSyncWork } from '../storage/syncCounts';
export { watchSyncCounts } from '../storage/syncCountsWatch';
export type { EraseReadiness, EraseRefusal } from '../storage/tabletData';
export {
  buildTabletExport,
  ERASE_REFUSAL_MESSAGES,
  eraseReadiness,
  eraseTabletData,
  exportFileName,
  saveExportReceipt,
} from '../storage/tabletData';
export type { RestoreNotice } from '../storage/restoreNotice';
export { dismissRestoreNotice, loadRestoreNotice } from '../storage/restoreNotice';

/** What the desk's environment is built from, read in one go when the desk opens. */
export async function loadDeskSetup(db: SeroDeskDatabase): Promise<{
  readonly clinic: Clinic | undefined;
  readonly admissionPolicy: AdmissionPolicy;
  readonly identity: TabletIdentity | undefined;
  readonly signingKey: SigningKey | undefined;
}> {
  return {
    clinic: await loadClinic(db),
    admissionPolicy: await loadAdmissionPolicy(db),
    identity: await loadTabletIdentity(db),
    signingKey: await loadSigningKey(db),
  };
}
