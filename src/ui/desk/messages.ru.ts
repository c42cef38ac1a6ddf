// Russian texts of the registry desk (the `desk` section of the i18n resources), assembled
// from each step's own file. Steps' words are spread in, so components keep their keys
// (`desk.contract.…`); printed documents and settings are sections of their own.
// Validation reasons of the domain come from core's message tables.
import { settingsTextRu } from './admin/settingsText.ru';
import { statementScreenTextRu } from './application/statementScreenText.ru';
import { statementTextRu } from './application/statementText.ru';
import { consentTextRu } from './consent/consentText.ru';
import { representativeTextRu } from './application/representativeText.ru';
import { certificateTextRu } from './certificate/certificateText.ru';
import { certificateDocRu } from './certificate/documentText.ru';
import { commissionTextRu } from './commission/commissionText.ru';
import { contractTextRu } from './contract/contractText.ru';
import { contractPrintTextRu } from './contract/contractPrintText.ru';
import { frameTextRu } from './frame/frameText.ru';
import { journalTextRu } from './journal/journalText.ru';
import { reconciliationTextRu } from './reconciliation/reconciliationText.ru';
import { kitTextRu } from './lab/kitText.ru';
import { labTextRu } from './lab/labText.ru';
import { personTextRu } from './person/personText.ru';
import { problemsTextRu } from './problems/problemsText.ru';
import { tabletsTextRu } from './tablets/tabletsText.ru';

export const deskRu = {
  ...frameTextRu,
  ...personTextRu,
  ...statementScreenTextRu,
  ...consentTextRu,
  ...contractTextRu,
  ...labTextRu,
  ...kitTextRu,
  ...commissionTextRu,
  ...certificateTextRu,
  ...journalTextRu,
  ...reconciliationTextRu,
  statementPrint: statementTextRu,
  representative: representativeTextRu,
  certificateDoc: certificateDocRu,
  contractPrint: contractPrintTextRu,
  settings: settingsTextRu,
  problems: problemsTextRu,
  tablets: tabletsTextRu,
} as const;
