// Staff PINs on this tablet: who may unlock it offline, setting and forgetting a PIN, the
// unlock itself with its lock-out and erase after too many wrong tries, and a colleague's
// first PIN offline, vouched for by an administrator or commission member (with its audit).
export type { PinHolder, PinUnlockFailure } from '../storage/staffPins';
export { listPinHolders, removeStaffPin, setStaffPin, unlockWithPin } from '../storage/staffPins';
export type {
  AuthoriseFailure,
  PinAuthorisation,
  PinAuthorisationEntry,
  SetAuthorisedPinFailure,
} from '../storage/pinAuthorisation';
export {
  authoriseColleague,
  listPinAuthorisations,
  setAuthorisedPin,
} from '../storage/pinAuthorisation';
export { loadClinicStaff } from '../storage/clinicStaff';
