// English texts of the administration area; the same keys as messages.ru.ts.
import type { Widen } from '../i18n/widen';
import { adminFrameTextEn } from './adminText.en';
import { certificatesAdminTextEn } from './certificates/certificatesAdminText.en';
import { clinicsAdminTextEn } from './clinics/clinicsAdminText.en';
import { transferAdminTextEn } from './transfer/transferAdminText.en';
import { staffAdminTextEn } from './staff/staffAdminText.en';
import { reportsTextEn } from './reports/reportsText.en';
import { settingsAdminTextEn } from './settings/settingsAdminText.en';
import { tabletsAdminTextEn } from './tablets/tabletsAdminText.en';
import type { adminRu } from './messages.ru';

export const adminEn: Widen<typeof adminRu> = {
  ...adminFrameTextEn,
  clinics: clinicsAdminTextEn,
  certificates: certificatesAdminTextEn,
  transfer: transferAdminTextEn,
  tablets: tabletsAdminTextEn,
  reports: reportsTextEn,
  staff: staffAdminTextEn,
  settings: settingsAdminTextEn,
};
