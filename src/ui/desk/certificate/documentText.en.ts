import type { Widen } from '../../i18n/widen';
import type { certificateDocRu } from './documentText.ru';

// The certificate's own words (its printed form), in English.
export const certificateDocEn: Widen<typeof certificateDocRu> = {
  country: 'Russian Federation',
  title: 'CERTIFICATE',
  subtitle: {
    presence: 'of the presence of antibodies to SARS-CoV-2',
    absence: 'of the absence of antibodies to SARS-CoV-2',
  },
  duplicate: 'DUPLICATE',
  revoked: 'REVOKED',
  revokedOn: 'Revoked {{date}}: {{reason}}. Not valid; the QR code fails verification.',
  revokingOn:
    'Revoked {{date}}: {{reason}}. Not valid; its QR code is withdrawn once the revocation is sent to the register.',
  voidedByRegister: 'Refused by the register: not valid; the QR code fails verification.',
  revocationRefusedOn:
    'Revoked {{date}}: {{reason}}. Not valid; the register did not accept the revocation, so the QR code still passes verification.',
  revocationReason: {
    correction: 'a corrected certificate was issued',
    error: 'error in the certificate',
    fraud: 'false information',
    'withdrawn-by-citizen': 'at the citizen’s request',
  },
  name: 'Full name',
  birthDate: 'Date of birth',
  document: 'Identity document',
  test: 'Test',
  sampleDate: 'Sample date',
  result: 'Result',
  conclusion: 'Medical commission’s conclusion',
  conclusionText: {
    presence: 'Antibodies to SARS-CoV-2 DETECTED',
    absence: 'Antibodies to SARS-CoV-2 NOT DETECTED',
  },
  validity: 'Valid',
  validUntil: 'until {{date}} inclusive',
  absenceValidity: 'none: the certificate states the result on {{date}} (the sample date)',
  issued: 'Date of issue',
  protocol: 'Medical commission protocol',
  protocolNo: 'No. {{number}}',
  protocolOf: 'No. {{number}} of {{date}}',
  kit: 'Test kit: manufacturer, registration',
  kitMaker: '{{manufacturer}}; registration certificate {{registration}}',
  commissionOrder: 'Medical commission (order No. {{number}} of {{date}})',
  chair: 'Chair of the commission',
  member: 'Member of the medical commission',
  stamp: 'Seal',
  qrCaption: 'Authenticity is verified by the QR code (SMART Health Card).',
  noQr: 'No QR code',
  qrRevoked: 'QR code revoked',
  notLabReport:
    'Issued by the medical commission on the basis of a laboratory test result; this is not a laboratory report form.',
};
