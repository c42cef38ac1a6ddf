import { randomBytes } from 'node:crypto';
import type { FiscalReceipt } from '../../src/core/contract/fiscalReceipt';
import { exampleReceipt } from '../../src/core/records/examples';

// One receipt proves one payment (src/core/rules/receiptRules.ts): a test that pays several
// contracts in one clinic gives each a receipt of its own, the example's with a random ФД.

/** A random document number of 1 … 999,999,999: as a drive prints it, without leading zeros. */
export function randomDocumentNumber(): string {
  return String(1 + (randomBytes(4).readUInt32BE(0) % 999_999_999));
}

/** The example receipt (or `fields` over it) under a document number no other test uses. */
export function ownReceipt(fields: Partial<FiscalReceipt> = {}): FiscalReceipt {
  return exampleReceipt({ documentNumber: randomDocumentNumber(), ...fields });
}
