import type { Widen } from '../../i18n/widen';
import type { certificateTextRu } from './certificateText.ru';

// English texts of step 5 and of the certificate screen (not the printed document).
export const certificateTextEn: Widen<typeof certificateTextRu> = {
  certificates: {
    title: '5. Certificates',
    number: 'Certificate No. {{number}}',
    duplicate: 'duplicate',
    duplicateBecause: 'duplicate ({{reason}})',
    inForce: 'in force',
    voided: 'void: the register refused the certificate and revoked its QR code',
    revoked: 'revoked',
    revokedAs: 'revoked {{date}}: {{reason}}',
    certificateSync: 'Certificate:',
    revocationSync: 'Revocation:',
    revoke: 'Revoke the certificate',
    open: 'Open for printing',
    reprint: 'Issue a duplicate',
    correct: 'Correct (new certificate)',
    correctHint:
      'Correct the patient’s details, then issue a new certificate. The old one is revoked once sent to the register, and then its QR fails verification.',
  },
  certificate: {
    missing: 'The certificate is not on this tablet.',
    downloadPng: 'Download QR (PNG)',
    downloadCard: 'Download .smart-health-card file',
    qrAlt: 'QR code of certificate No. {{number}} (SMART Health Card)',
    qrFailed: 'The QR code could not be made.',
    revokedNotice: 'This certificate was revoked {{date}} ({{reason}}): its QR fails verification.',
    revokingNotice:
      'This certificate was revoked on this tablet {{date}} ({{reason}}); verifiers will refuse it once the revocation is sent to the register: until then its QR still passes verification.',
    voidedNotice:
      'The register refused this certificate (“{{reason}}”) and revoked its QR code: it fails verification. The certificate is void.',
    revocationRefusedNotice:
      'The register did not accept the revocation of this certificate ({{date}}, {{reason}}): its QR passes verification. See “Problems”.',
  },
  duplicateForm: {
    title: 'Duplicate of certificate No. {{number}}',
    original: 'Certificate issued {{date}}: {{decision}}.',
    sameQr:
      'The QR code stays the same: a duplicate repeats the certificate and makes no new code. The lost copy also still passes verification.',
    reason: 'Reason for the duplicate',
    other: 'Other reason',
    note: 'Describe the reason',
    confirm: 'Yes, issue the duplicate',
    cancel: 'Do not issue',
  },
  revoke: {
    reason: 'Reason for revoking',
    note: 'Note',
    noteHint:
      'Required for an error in the certificate and for false information; up to 500 characters.',
    check: 'Revoke…',
    question:
      'Revoke certificate No. {{number}}? Once the record reaches the register, the QR of this certificate and of all its duplicates fails verification. This cannot be undone.',
    confirm: 'Yes, revoke',
    keep: 'Do not revoke',
  },
};
