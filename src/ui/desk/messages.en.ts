// English texts of the registry desk, assembled like messages.ru.ts; the compiler checks
// that every Russian key has its English twin.
import type { Widen } from '../i18n/widen';
import { settingsTextEn } from './admin/settingsText.en';
import { statementScreenTextEn } from './application/statementScreenText.en';
import { statementTextEn } from './application/statementText.en';
import { consentTextEn } from './consent/consentText.en';
import { representativeTextEn } from './application/representativeText.en';
import { certificateTextEn } from './certificate/certificateText.en';
import { certificateDocEn } from './certificate/documentText.en';
import { commissionTextEn } from './commission/commissionText.en';
import { contractTextEn } from './contract/contractText.en';
import { contractPrintTextEn } from './contract/contractPrintText.en';
import { frameTextEn } from './frame/frameText.en';
import { journalTextEn } from './journal/journalText.en';
import { reconciliationTextEn } from './reconciliation/reconciliationText.en';
import { kitTextEn } from './lab/kitText.en';
import { labTextEn } from './lab/labText.en';
import { personTextEn } from './person/personText.en';
import { problemsTextEn } from './problems/problemsText.en';
import { tabletsTextEn } from './tablets/tabletsText.en';
import type { deskRu } from './messages.ru';

export const deskEn: Widen<typeof deskRu> = {
  ...frameTextEn,
  ...personTextEn,
  ...statementScreenTextEn,
  ...consentTextEn,
  ...contractTextEn,
  ...labTextEn,
  ...kitTextEn,
  ...commissionTextEn,
  ...certificateTextEn,
  ...journalTextEn,
  ...reconciliationTextEn,
  statementPrint: statementTextEn,
  representative: representativeTextEn,
  certificateDoc: certificateDocEn,
  contractPrint: contractPrintTextEn,
  settings: settingsTextEn,
  problems: problemsTextEn,
  tablets: tabletsTextEn,
};
