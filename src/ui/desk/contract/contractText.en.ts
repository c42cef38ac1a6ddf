import type { Widen } from '../../i18n/widen';
import type { contractTextRu } from './contractText.ru';

// English texts of step 2: the contract and payment.
export const contractTextEn: Widen<typeof contractTextRu> = {
  contract: {
    title: '2. Contract and payment',
    number: 'Contract number',
    status: 'Status',
    service: 'Service',
    price: 'Price',
    payer: 'Payer',
    payerSelf: 'The patient',
    payerOther: 'Another person or organisation',
    payerName: 'Payer (name or organisation)',
    method: 'Payment method',
    receipt: 'Receipt number',
    paidAt: 'Paid at',
    savePaid: 'Make the contract and record payment',
    saveDraft: 'Make the contract unpaid',
    recordPayment: 'Record payment',
    refund: 'Refund',
    cancel: 'Cancel the contract',
    refundReason: 'Reason for the refund',
    cancelReason: 'Reason',
    reasonMissing: 'Give the reason',
    confirmRefund: 'Refund',
    confirmCancel: 'Cancel the contract',
    keep: 'Keep it',
    waiting: 'The registrar or cashier makes the contract.',
  },
  contractStatus: {
    draft: 'made, not paid',
    paid: 'paid',
    cancelled: 'cancelled',
    refunded: 'refunded',
  },
  contractProblem: {
    'service-missing': 'Choose a service from the price list',
    'payer-missing': 'Enter the payer',
    'method-missing': 'Choose the payment method',
    'receipt-missing': 'Enter the receipt number',
    'paid-at-invalid': 'Enter the date and time of payment',
    'paid-at-future': 'The payment time cannot be later than now',
  },
  paymentMethod: {
    cash: 'Cash',
    card: 'Bank card',
    sbp: 'SBP (Faster Payments System)',
    transfer: 'Bank transfer',
  },
};
