import type { Widen } from '../../i18n/widen';
import type { statementScreenTextRu } from './statementScreenText.ru';

// English texts of the statement page, its stages and step 1 (the statement).
export const statementScreenTextEn: Widen<typeof statementScreenTextRu> = {
  statementScreen: {
    title: 'Application of {{date}}',
    missing: 'The application is not on this tablet.',
    stages: 'Stages of the application',
    syncOf: 'Sent to the register:',
  },
  stage: {
    registered: 'Registered',
    paid: 'Paid',
    sampled: 'Sample taken',
    resulted: 'Result in',
    certified: 'Certificate issued',
    cancelled: 'Statement withdrawn',
    revoked: 'Certificate revoked',
  },
  statement: {
    title: '1. Statement',
    intro:
      'Print the statement, have the patient sign it, tick the consents and the document check.',
    personalData: 'The patient consents to the processing of personal data',
    personalDataMissing:
      'Without consent to the processing of personal data no certificate can be issued',
    paidService: 'The patient agrees to the paid service',
    paidServiceMissing: 'Without agreement to the paid service no contract is made',
    identity: 'The identity document was shown and checked',
    identityMissing: 'Check the patient’s document and tick this',
    print: 'Statement for signature',
    markSigned: 'Statement signed',
    signedAt: 'Statement signed {{at}}.',
    cancelled: 'The statement was withdrawn {{at}}. Reason: {{reason}}',
    nothingFurther: 'A withdrawn statement takes no further steps.',
    withdraw: 'The patient changed their mind — withdraw the statement',
    withdrawIntro:
      'A statement can be withdrawn before payment. An unpaid contract is cancelled with the same reason.',
    withdrawReason: 'Reason for withdrawing the statement',
    confirmWithdraw: 'Withdraw the statement',
    keep: 'Keep it',
    identityChecked: 'The patient’s document was checked.',
    waiting: 'The registrar takes the statement.',
  },
};
