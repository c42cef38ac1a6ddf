import type { Widen } from '../../i18n/widen';
import type { commissionTextRu } from './commissionText.ru';

// English texts of step 4: the commission check-list and issuing.
export const commissionTextEn: Widen<typeof commissionTextRu> = {
  commission: {
    title: '4. Commission decision',
    checklist: 'Checks before issuing the certificate',
    passed: 'passed',
    failed: 'failed',
    protocol: 'Commission protocol number',
    protocolMissing: 'Enter the commission protocol number',
    protocolTooLong: 'The protocol number is at most 40 characters',
    protocolDate: 'Commission protocol date',
    protocolDateFormat: 'Protocol date: a real date, e.g. 21.11.2026',
    participants: 'Commission members who took the decision',
    participantsHint: 'By order No. {{number}} of {{date}}: the chair and at least two members.',
    chair: '{{name}}, chair',
    nameUnknown: 'Staff member (id {{id}}): name not yet received from the register',
    participantNameUnknown:
      'The tablet does not know the names of all members ticked: sync it with the register.',
    notReady: 'A certificate can be issued only when every check passes.',
    issue: 'Issue the certificate',
    issueCorrection: 'Issue the corrected certificate',
    signing: 'Signing…',
    issued: 'Certificate No. {{number}} issued.',
    waiting: 'A commission member decides.',
    revoked:
      'The certificate of this statement was revoked ({{reason}}). No new certificate can be issued on it: if the test is needed again, open a new statement.',
  },
  issueProblem: {
    'commission-member-unnamed':
      'The tablet does not know the names of all members ticked: sync it with the register.',
    'checklist-failed': 'Not every check passes — no certificate can be issued.',
    equivocal: 'Equivocal result — no certificate; the test must be repeated.',
    'presence-class-not-admitted':
      'The region’s rules do not admit antibodies of this class: no certificate of presence can be issued from this kit.',
    'validity-already-expired':
      'The validity counted from the sample date has already ended — a new test is needed.',
    'no-signing-key': 'This tablet has no QR signing key. Enrol the tablet again.',
    'no-card-expiry': 'The clinic policy sets no QR expiry for absence certificates.',
    'card-input-invalid': 'The QR data is invalid ({{detail}}). Tell the administrator.',
    'card-too-large': 'The certificate does not fit one QR code: shorten the clinic name.',
    'write-refused': 'The certificate was not saved: {{detail}}',
  },
  decision: {
    presence: 'antibodies detected',
    absence: 'antibodies not detected',
  },
};
