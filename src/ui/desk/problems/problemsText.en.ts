import type { Widen } from '../../i18n/widen';
import type { problemsTextRu } from './problemsText.ru';

// English texts of the sync problems screen.
export const problemsTextEn: Widen<typeof problemsTextRu> = {
  nav: 'Problems',
  navCount: 'Problems: {{count}}',
  title: 'Problems with the register',
  intro:
    'Records the register did not take as this tablet sent them, or did not take at all. Nobody can sign out until they are settled.',
  none: 'No problems: every record on this tablet matches the register or waits to be sent.',
  conflictsTitle: 'Fields that differ',
  conflictIntro:
    'The record was changed on this tablet and on another one. The register kept its value; choose which to keep.',
  finalIntro:
    'The record is final: the register’s version stays. If the tablet’s version is right, make a correction as a new record.',
  field: 'Field',
  atRegister: 'At the register',
  atTablet: 'On this tablet',
  chooseFor: 'Which value to keep: {{field}}',
  resolve: 'Resolve',
  resolving: 'Saving…',
  acceptRegister: 'Accept the register’s version',
  resolvedSent: 'The decision is saved and will be sent to the register.',
  resolvedKept: 'The register’s value was kept.',
  tabletUnreadable: 'The tablet’s version cannot be read; only the register’s value can be kept.',
  rejectedTitle: 'Refused by the register',
  reason: 'Reason',
  unknownReason: 'The register refused the record (code “{{code}}”).',
  queuedAt: 'Written on this tablet',
  mayPass:
    'If the cause was fixed at the register (for example, the staff member was added), send the record again.',
  cannotPass:
    'Sending again will not help. Save the record to a file and give it to an administrator.',
  cardVoided:
    'The register has put this certificate’s QR code on the revocation list: checked at a door, it is no longer valid. Tell the citizen the certificate is void.',
  retry: 'Send again',
  correctReceipt: 'Correct the receipt',
  correctReceiptIntro:
    'The register did not accept the receipt: it is on another contract. Scan or type the receipt issued for this contract, and the record is sent again.',
  sendCorrectedReceipt: 'Save the receipt and send',
  receiptCorrected: 'Receipt corrected; the contract waits to be sent again.',
  receiptCorrectedWithCertificates:
    'Receipt corrected; the contract and the certificates issued on it wait to be sent again (certificates: {{count}}).',
  retried: 'The record waits to be sent again.',
  saveFile: 'Save to file',
  discard: 'Discard the record',
  discardConfirmTitle: 'Discard the refused record from this tablet?',
  discardConfirmRemoved:
    'The register never received this record: it will disappear from this tablet. Save it to a file first.',
  discardConfirmReverted:
    'The register’s version stays on this tablet; the changes made here are lost. Save them to a file first.',
  discardConfirmCard:
    'This certificate’s QR code will be revoked: at the next contact with the register it goes on the revocation list, and checked at a door the certificate is no longer valid. Tell the citizen.',
  discardConfirm: 'Discard for good',
  cancel: 'Cancel',
  discardedTitle: 'Discarded on this tablet',
  discardedBy: '{{kind}}: discarded by {{name}}, {{at}}',
  cardWithdrawn:
    'In “Tablet settings” save the unsent work to a file and give the file to the register’s administrator, who revokes the QR code from it.',
  cardWithdrawnLink: 'Go to saving the file',
  card: {
    'voiding-withdrawn':
      'the certificate’s QR code is still valid at a door: this tablet was withdrawn at the register and can no longer have it revoked itself',
    voiding:
      'the certificate’s QR code will be revoked at the next contact with the register; until then it is valid at a door',
    voided: 'the register has revoked the certificate’s QR code: it is no longer valid at a door',
    held: 'the register holds this certificate: its QR code is still valid',
    'not-voidable':
      'the register did not revoke the QR code: it was not signed by this tablet or does not match the certificate',
  },
  outcome: {
    reverted: 'the tablet holds the register’s version',
    removed: 'the record was removed from this tablet',
    'kept-local': 'the tablet keeps its old copy until the register’s next change',
  },
  empty: '—',
  yes: 'yes',
  no: 'no',
  fields: {
    surname: 'Surname',
    givenName: 'Given name',
    patronymic: 'Patronymic',
    surnameLatin: 'Surname (Latin)',
    givenNameLatin: 'Given name (Latin)',
    sex: 'Sex',
    birthDate: 'Date of birth',
    document: 'Identity document',
    snils: 'SNILS',
    oms: 'OMS policy',
    phone: 'Phone',
    address: 'Address',
    date: 'Date',
    consents: 'Consents',
    personalData: 'to personal data processing',
    paidService: 'to the paid service',
    identityDocumentChecked: 'Document checked',
    signedAt: 'Signed',
    status: 'Status',
    takenAt: 'Sample taken',
    tubeLabel: 'Tube label',
    kitId: 'Test kit',
    value: 'Value',
    interpretation: 'Interpretation',
    final: 'Final',
    receiptNumber: 'Receipt number',
    paidAt: 'Paid',
    priceKopecks: 'Price',
    method: 'Payment method',
    cancelReason: 'Reason for cancelling',
    cancelledAt: 'Cancelled',
    receipt: 'Payment receipt',
    refundReceipt: 'Refund receipt',
  },
};
