import type { Widen } from '../../i18n/widen';
import type { consentTextRu } from './consentText.ru';

// English texts of the consents on the statement's page.
export const consentTextEn: Widen<typeof consentTextRu> = {
  consent: {
    title: 'Informed voluntary consent (ИДС) to the blood draw',
    intro:
      'Print the ИДС, have it signed before the blood draw and mark it. No sample is recorded without a signed ИДС.',
    signerSelf: 'The patient signs the ИДС.',
    signerRepresentative:
      'The patient is under 15: the legal representative named on the statement signs the ИДС.',
    statementFirst: 'Mark the statement signed first (step 1).',
    print: 'ИДС for signature',
    markSigned: 'ИДС signed',
    signedAt: 'ИДС signed {{at}} ({{signer}}).',
    bySelf: 'by the patient',
    byRepresentative: 'by the legal representative',
    waiting: 'The registrar takes the ИДС.',
    withdrawn: 'A consent has been withdrawn: no ИДС is taken any more.',
    detailsMissing:
      'The personal-data consent must name the address and the identity document’s date of issue and issuer. Missing:',
    editPerson: 'Complete the patient’s card',
    sampleNeedsConsent:
      'No sample is recorded: there is no signed ИДС to the blood draw (Art. 20 of Federal Law No. 323-FZ). Take the ИДС in the “Informed voluntary consent” step above.',
  },
  consentWithdrawal: {
    title: 'Withdrawal of consent',
    open: 'The patient withdraws consent',
    intro:
      'Tick which consent the patient withdraws (by their written statement). The case then stops: no new samples, results, certificates or payments; an unpaid contract is cancelled.',
    personalData: 'Consent to personal-data processing',
    intervention: 'ИДС to the blood draw',
    reason: 'Note (optional)',
    confirm: 'Record the withdrawal',
    cancel: 'Do not withdraw',
    recorded: 'Consent withdrawn {{at}}: {{consents}}.',
    reasonShown: 'Note: {{reason}}',
    stopped:
      'The case is stopped: no new samples, results, certificates or payments are recorded on it. The payment may be refunded.',
    keptTitle: 'What is kept, and why',
    kept: {
      'statement-and-consents':
        'The statement, the consents and the record of their withdrawal: proof that processing before it was lawful (Art. 9(3) of Federal Law No. 152-FZ).',
      'medical-records':
        'The sample and result records: medical documentation the clinic must keep for the set period (Art. 79 of Federal Law No. 323-FZ; Art. 6(1)(2–4), Art. 9(2) of Federal Law No. 152-FZ).',
      receipts:
        'The contract, payment and cash receipts: accounting and cash-register documents (Federal Law No. 54-FZ; Art. 29 of Federal Law No. 402-FZ).',
      certificates:
        'Certificates issued and their records stay; at the patient’s request the commission may revoke a certificate.',
    },
  },
};
