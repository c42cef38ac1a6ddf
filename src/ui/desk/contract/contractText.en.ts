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
  },
  receipt: {
    paymentLegend: 'Cash receipt of the payment',
    refundLegend: 'Cash receipt of the refund (type “Return of income”)',
    hint: 'Scan the QR code on the cash register’s receipt, or copy its fields from the paper.',
    scan: 'Scan the receipt’s QR code',
    cameraLoading: 'Starting the camera…',
    stopScan: 'Turn the camera off',
    scanned: 'Receipt QR code read: check the fields and save',
    receipt: 'Payment receipt',
    refundReceipt: 'Refund receipt',
    shown: '{{operation}} {{sum}}, {{time}}; ФН {{fn}}, ФД {{fd}}, ФП {{fp}}',
    cameraError: {
      denied:
        'No access to the camera. Allow it in the browser’s settings — or copy the receipt’s fields below.',
      'no-camera': 'No camera found. Copy the receipt’s fields below.',
      busy: 'Another app is using the camera. Close it — or copy the receipt’s fields below.',
      unavailable:
        'This browser gives no camera access (an https address is needed). Copy the receipt’s fields below.',
      failed: 'The camera could not start. Copy the receipt’s fields below.',
    },
  },
  paymentMethod: {
    cash: 'Cash',
    card: 'Bank card',
    sbp: 'SBP (Faster Payments System)',
    transfer: 'Bank transfer',
  },
};
