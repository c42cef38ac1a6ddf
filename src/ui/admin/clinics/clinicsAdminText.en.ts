// English texts of /admin/clinics; the same keys as clinicsAdminText.ru.ts.
import type { Widen } from '../../i18n/widen';
import type { clinicsAdminTextRu } from './clinicsAdminText.ru';

export const clinicsAdminTextEn: Widen<typeof clinicsAdminTextRu> = {
  title: 'Clinics',
  intro:
    'The region’s clinics connected to the register. Prices, kits, the commission and staff are then entered by the clinic’s administrator.',
  loading: 'Loading the clinics…',
  loadFailed: 'The clinics did not load: {{reason}}',
  empty: 'No clinics yet.',
  refresh: 'Refresh',
  caption: 'Clinics of the region',
  code: 'Code',
  name: 'Name',
  address: 'Address',
  createdAt: 'Connected',
  tablets: 'Tablets',
  staff: 'Staff',
  certificates: 'Certificates',
  lastRecord: 'Last record',
  never: 'none',
  add: 'Add a clinic',
  formTitle: 'New clinic',
  codeLabel: 'Clinic code',
  codeHint: 'Printed in contract and certificate numbers, e.g. PKGP5; it cannot be changed later',
  nameRu: 'Name in Russian',
  nameEn: 'Name in English',
  addressLabel: 'Address',
  issuer: 'QR issuer (optional)',
  issuerHint: 'https://… — the clinic’s own address; empty: the register’s',
  requisitesOptional:
    'The requisites may be left empty: the clinic’s administrator enters them in the settings.',
  save: 'Create the clinic',
  saving: 'Creating…',
  cancel: 'Cancel',
  done: 'Clinic {{code}} is created. Create its administrator under “Staff”.',
  createFailed: 'The clinic was not created: {{reason}}',
};
