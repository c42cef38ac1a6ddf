import type { Widen } from '../i18n/widen';
import type { pinRu } from './messages.ru';

export const pinEn: Widen<typeof pinRu> = {
  unlockTitle: 'Unlock the tablet',
  unlockIntro: 'Choose your name and enter your PIN. No network is needed.',
  staffList: 'Staff of this tablet',
  pin: 'PIN',
  unlock: 'Unlock',
  checking: 'Checking…',
  chooseOther: 'Choose someone else',
  withPassword: 'Sign in with password',
  withPin: 'Unlock with a PIN',
  wrongBeforeLock: 'Wrong PIN. Tries left before it is locked for 5 minutes: {{count}}.',
  wrongBeforeErase: 'Wrong PIN. Tries left before it is erased: {{count}}.',
  locked: 'Too many wrong tries: the PIN is locked until {{time}}.',
  erased:
    'The PIN was erased after 10 wrong tries. Sign in with your password (online) and set a new PIN.',
  notSet: 'This person no longer has a PIN on this tablet. Sign in with the password.',
  setupTitle: 'A PIN for this tablet',
  setupIntro:
    'Set a PIN to unlock this tablet with no network and no password. Several staff can share one tablet, each with their own PIN, and every record names who made it.',
  setupHasPin: 'You already have a PIN on this tablet. Set a new one to change it.',
  newPin: 'New PIN',
  newPinHint: '4 to 8 digits; not 0000 or 1234',
  repeatPin: 'Repeat the PIN',
  repeatRequired: 'Enter the PIN again',
  repeatMismatch: 'The PINs do not match',
  save: 'Set the PIN',
  saving: 'Saving…',
  saved: 'PIN saved. The Lock button frees the tablet for a colleague.',
  saveFailed: 'The PIN could not be saved on the tablet. Try again.',
  lock: 'Lock',
  signOutForgetsPin: 'Signing out erases your PIN from this tablet; Lock keeps it.',
  enrolNeedsPassword:
    'You unlocked this tablet with a PIN. Sign in with your password online to enrol this tablet.',
  firstPinLink: 'New on this tablet? Admission by an administrator or commission member',
  firstPinTitle: 'A first PIN on this tablet',
  firstPinIntro:
    'Staff who have never worked on this tablet can start a shift with no network: an administrator or commission member with a PIN on this tablet confirms the admission with their PIN, then the newcomer sets their own. The tablet records who admitted them.',
  firstPinChooseSelf: 'Choose yourself in the clinic staff list.',
  clinicStaffList: 'Clinic staff with no PIN on this tablet',
  firstPinNobody: 'Everyone in the clinic staff list on this tablet already has a PIN.',
  firstPinFor: 'Admission for: {{name}} · {{role}}',
  firstPinAuthoriserIntro:
    'The administrator or commission member chooses themselves and enters their PIN.',
  authoriserList: 'Who admits',
  authorise: 'Confirm the admission',
  firstPinSetIntro: '{{name}}, set your PIN. From now on you unlock the tablet with it yourself.',
  cancel: 'Cancel',
};
