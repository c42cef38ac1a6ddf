// Staff PINs on this tablet: who may unlock it offline, setting and forgetting a PIN, and
// the unlock itself with its lock-out and erase after too many wrong tries.
export type { PinHolder, PinUnlockFailure } from '../storage/staffPins';
export { listPinHolders, removeStaffPin, setStaffPin, unlockWithPin } from '../storage/staffPins';
