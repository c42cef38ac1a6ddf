import type { Widen } from '../../i18n/widen';
import type { settingsTextRu } from './settingsText.ru';

// English texts of the clinic settings screen.
export const settingsTextEn: Widen<typeof settingsTextRu> = {
  title: 'Clinic settings',
  readOnly:
    'The price list and test kits are set at the register and are the same on every tablet of the clinic. They are shown here read-only.',
  priceList: 'Price list',
  code: 'Code',
  service: 'Service',
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
  policy: 'Rules',
  presenceMonths: 'Validity of a presence certificate, months',
  maxSampleAgeDays: 'Oldest sample accepted, days',
  absenceCardDays: 'QR validity of an absence certificate, days',
  newKit: 'New test kit',
  antibodyClass: 'Antibody class',
  target: 'Target protein',
  method: 'Method',
  kind: 'Kind',
  unit: 'Unit',
  checkKit: 'Check',
  kitValid: 'The kit is filled in correctly.',
  saveKit: 'Save at the register',
  saveNeedsRegister: 'Saving clinic settings at the register is not available yet.',
};
