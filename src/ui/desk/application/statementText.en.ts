import type { Widen } from '../../i18n/widen';
import type { statementTextRu } from './statementText.ru';

// The English translation of the printed statement: on an English desk it is printed under
// each Russian passage, marked as a translation; the Russian text is the one signed.
export const statementTextEn: Widen<typeof statementTextRu> = {
  to: 'To the Chief Physician of {{clinic}}',
  from: 'from {{name}}',
  born: 'date of birth: {{date}}',
  title: 'STATEMENT',
  request:
    'I ask for a blood test for antibodies to SARS-CoV-2 and for a certificate of the presence (absence) of antibodies to SARS-CoV-2 with a QR code.',
  paidService:
    'I agree to the paid medical service and have been told the test is not covered by the state guarantee programme of free medical care.',
  informed:
    'I have been told that an equivocal result gives no certificate and the test must be repeated.',
  date: 'Date: {{date}}',
  signature: 'signature / name',
  accepted: 'Accepted by: {{name}}',
  translationNote:
    'The English translation is for information only; the Russian text is the one signed.',
};
