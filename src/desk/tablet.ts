// What the tablet knows about itself, for the screens that are not desk use cases: its
// enrolment and clinic, the sync work it holds and the notice after a restore. The desk's
// own setup (the whole clinic, the signing key) is deskSetup.ts's and the export and erase of
// the tablet's data tabletData.ts's: the first screens import this module, and whatever it
// imports loads with them (issue #14), used there or not.
export type { TabletIdentity } from '../storage/tablet';
export { loadClinicHeader, loadTabletIdentity, loadTabletToken } from '../storage/tablet';
export { rememberStaffName } from '../storage/staffNames';
export type { SyncCounts } from '../storage/syncCounts';
export { countSyncWork } from '../storage/syncCounts';
export { watchSyncCounts } from '../storage/syncCountsWatch';
export type { RestoreNotice } from '../storage/restoreNotice';
export { dismissRestoreNotice, loadRestoreNotice } from '../storage/restoreNotice';
