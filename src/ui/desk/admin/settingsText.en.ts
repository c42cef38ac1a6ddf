import type { Widen } from '../../i18n/widen';
import type { settingsTextRu } from './settingsText.ru';

// English texts of the clinic settings screen.
export const settingsTextEn: Widen<typeof settingsTextRu> = {
  title: 'Clinic settings',
  readOnly:
    "The price list and test kits are set by the clinic's administrator and are the same on every tablet of the clinic. They are shown here read-only.",
  adminIntro:
    "Changes are saved at the register; the clinic's other tablets get them at their next sync. Unsaved changes are kept on this tablet as a draft.",
  priceList: 'Price list',
  code: 'Code',
  service: 'Service',
  serviceRu: 'Name (Russian)',
  serviceEn: 'Name (English)',
  priceRoubles: 'Price, ₽',
  priceKind: 'Kind of service',
  priceKindAntibodyTest: 'antibody test',
  priceKindDuplicate: 'certificate duplicate',
  addService: 'Add a service',
  removeService: 'Remove service {{code}}',
  remove: 'Remove',
  kits: 'Test kits',
  kitName: 'Name',
  kitTest: 'Test',
  threshold: 'Threshold',
  greyZone: 'Grey zone',
  greyLow: 'Grey zone: from',
  greyHigh: 'Grey zone: to',
  state: 'State',
  inUse: 'in use',
  withdrawn: 'withdrawn',
  notSaved: 'new, not saved',
  actions: 'Actions',
  editKit: 'Edit',
  withdrawKit: 'Withdraw',
  returnKit: 'Return to use',
  removeKit: 'Remove',
  addKit: 'Add a test kit',
  closeKit: 'Done',
  policy: 'Rules',
  presenceMonths: 'Validity of a presence certificate, months',
  maxSampleAgeDays: 'Oldest sample accepted, days',
  absenceCardDays: 'QR validity of an absence certificate, days',
  newKit: 'New test kit',
  editingKit: 'Test kit: {{name}}',
  antibodyClass: 'Antibody class',
  target: 'Target protein',
  method: 'Method',
  kind: 'Kind',
  unit: 'Unit',
  save: 'Save at the register',
  saving: 'Saving…',
  discard: 'Discard changes',
  hasDraft: 'There are unsaved changes.',
  offline:
    'Saving clinic settings needs a connection to the register. The changes are kept on this tablet as a draft.',
  needsPassword:
    'To save settings, sign in with your password while online: a PIN unlock without a connection may not change the register.',
  sessionExpired:
    'The session has expired. Sign in again with your password while online; the draft is kept.',
  fixFields: 'Correct the marked fields.',
  refused: 'The register did not accept the settings: {{reason}}',
  noAnswer:
    'The register did not answer; the changes are kept on this tablet as a draft. Try again.',
  saved:
    "The settings are saved at the register. This tablet already uses them; the clinic's other tablets get them at their next sync.",
};
