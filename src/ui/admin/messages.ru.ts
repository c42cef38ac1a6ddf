// Russian texts of the administration area (the `admin` section of the i18n resources):
// the frame's, and each screen's spread in from its own file (one line each).
import { adminFrameTextRu } from './adminText.ru';
import { certificatesAdminTextRu } from './certificates/certificatesAdminText.ru';
import { clinicsAdminTextRu } from './clinics/clinicsAdminText.ru';
import { transferAdminTextRu } from './transfer/transferAdminText.ru';
import { staffAdminTextRu } from './staff/staffAdminText.ru';
import { reportsTextRu } from './reports/reportsText.ru';
import { settingsAdminTextRu } from './settings/settingsAdminText.ru';
import { tabletsAdminTextRu } from './tablets/tabletsAdminText.ru';

export const adminRu = {
  ...adminFrameTextRu,
  clinics: clinicsAdminTextRu,
  certificates: certificatesAdminTextRu,
  transfer: transferAdminTextRu,
  tablets: tabletsAdminTextRu,
  reports: reportsTextRu,
  staff: staffAdminTextRu,
  settings: settingsAdminTextRu,
};
