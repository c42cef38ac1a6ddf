import type { Widen } from '../../i18n/widen';
import type { personalDataTextRu } from './personalDataText.ru';

// The English translation of the personal-data consent, printed under each Russian passage
// on an English desk; the Russian text is the one signed.
export const personalDataTextEn: Widen<typeof personalDataTextRu> = {
  // The details in the Russian text are names, addresses and numbers, not words to translate:
  // the translation refers to them, so the page keeps to one sheet.
  subject:
    'I, {{name}}, with the address and document given above, consent to the operator named above processing my personal data on the following terms.',
  byRepresentative:
    'I, {{name}}, legal representative ({{basis}}) of the data subject {{subject}}, with the addresses, documents and basis given above, consent to the operator named above processing their and my personal data on the following terms.',
  withRepresentative:
    'The legal representative ({{basis}}), {{name}}, with the details given above, consents as well.',
  operatorIds: '{{name}} (OGRN {{ogrn}}, INN {{inn}})',
  purpose:
    'Purpose: a blood test for antibodies to SARS-CoV-2 under the paid service contract, a certificate with a QR code and checks that it is genuine, recording the payment.',
  data: 'Data: surname, given name, patronymic, sex, date of birth, address, identity document, SNILS, phone, health data (the test result), the contract and payment{{representative}}.',
  representativeData: ', the legal representative’s data',
  actions:
    'Actions: collection, recording, organisation, accumulation, storage, correction, retrieval, use, transfer, blocking, deletion, destruction, with and without automation.',
  thirdParties:
    'The certificate’s data (name, date of birth, result, validity) go to the regional register of certificates. {{federal}}',
  federalYes:
    'The test result is also sent to the federal register as the laws of the Russian Federation provide.',
  federalNo: 'Nothing is sent to federal information systems.',
  term: 'Valid from signing for as long as medical records must be kept; it may be withdrawn by a written statement to the operator at the address above. Processing then stops, except what the operator must keep by law (Art. 9(2), 6(1) of Federal Law No. 152-FZ).',
  document: '{{type}} {{number}}, issued on {{date}} by {{issuer}}',
  documentType: {
    'ru-passport': 'Russian passport',
    'foreign-passport': 'foreign travel passport',
    'birth-certificate': 'birth certificate',
    other: 'document',
  },
  basis: {
    parent: 'parent',
    'adoptive-parent': 'adoptive parent',
    guardian: 'guardian',
    trustee: 'trustee',
  },
};
