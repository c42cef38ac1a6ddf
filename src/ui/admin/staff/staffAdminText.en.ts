import type { Widen } from '../../i18n/widen';
import type { staffAdminTextRu } from './staffAdminText.ru';

// English texts of the administration area's Staff screen (`admin.staff`).
export const staffAdminTextEn: Widen<typeof staffAdminTextRu> = {
  title: 'Staff and roles',
  introClinic:
    'The clinic’s staff: roles, disabling accounts, new passwords and PIN resets. The register makes each password and shows it once.',
  introRegion:
    'Choose a clinic to manage its staff: roles, disabling, new passwords and PIN resets.',
  clinic: 'Clinic',
  chooseClinic: '— choose a clinic —',
  clinicsLoading: 'Loading the clinics…',
  clinicsFailed: 'Could not get the list of clinics: {{reason}}',
  loading: 'Loading the staff…',
  loadFailed: 'Could not get the staff list: {{reason}}',
  refresh: 'Refresh the list',
  caption: 'The clinic’s staff, their roles and the state of their accounts',
  name: 'Full name',
  login: 'Login',
  role: 'Role',
  state: 'State',
  created: 'Created',
  actions: 'Actions',
  enabled: 'enabled',
  disabledOn: 'disabled {{time}}',
  onCommission: 'on the commission',
  pinResetOn: 'PIN reset {{time}}',
  you: '(you)',
  roleOf: 'Role of {{name}}',
  changeRole: 'Change role',
  disable: 'Disable',
  enable: 'Enable',
  resetPassword: 'New password',
  resetPin: 'Reset PIN',
  newTitle: 'New member of staff',
  newIntro:
    'The login is in lowercase Latin letters, e.g. petrova. The register makes the password: it is shown once, hand it to the person yourself.',
  create: 'Create the account',
  creating: 'Creating…',
  confirmRoleTitle: 'Change the role of {{name}} to “{{role}}”?',
  confirmRole:
    'The new role applies from their next action at the register. Their PINs on the clinic’s tablets stop working at the tablets’ next sync: a tablet keeps the role with the PIN.',
  confirmDisableTitle: 'Disable the account of {{name}}?',
  confirmDisable:
    'They will not be able to sign in with the password, their sessions end at once, and their PINs stop working on the clinic’s tablets at the tablets’ next sync. Records they made stay.',
  confirmEnableTitle: 'Enable the account of {{name}} again?',
  confirmEnable: 'They will be able to sign in with their old password again.',
  confirmPasswordTitle: 'Give {{name}} a new password?',
  confirmPassword:
    'The old password stops working and their sessions end. The new password is shown once.',
  confirmPinTitle: 'Reset the PIN of {{name}}?',
  confirmPin:
    'The PIN will stop working on the clinic’s tablets at their next sync. Then they sign in with the password and choose a new PIN.',
  confirm: 'Yes, go ahead',
  working: 'Working…',
  keep: 'Cancel',
  passwordTitle: 'Password for {{login}}',
  passwordOnce:
    'This password is shown once and will not be shown again. Copy it or write it down and hand it to the person yourself.',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the password and copy it by hand.',
  passwordDone: 'Handed over, hide it',
  createdDone: 'The account {{login}} was created.',
  roleChanged: 'Role of {{name}}: {{role}}.',
  disabledDone: 'The account of {{name}} was disabled.',
  enabledDone: 'The account of {{name}} was enabled again.',
  passwordDoneFor: '{{name}} was given a new password.',
  pinDone:
    'The PIN of {{name}} was reset: it stops working on the clinic’s tablets at their next sync.',
  failed: 'Not done: {{reason}}',
  empty: 'The clinic has no staff yet.',
};
