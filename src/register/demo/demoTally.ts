// What a demo run wrote, counted as it went: the summary line the command prints.
//
//   {"records":{"person":120,…},"certificates":{"presence":61,"absence":35,"duplicates":7,
//    "corrections":4},"revocations":{"correction":4,"error":1,…},"results":{…},
//    "payments":{"card":52,…},"refunds":5,"withdrawn":7,"minors":12,
//    "awaiting":{"result":3,"commission":1},"withoutCertificate":6}
import type { PaymentMethod } from '../../core/contract/paymentMethod';
import type { Interpretation } from '../../core/lab/interpret';
import type { RecordKind } from '../../core/records/record';
import type { RevocationRecord } from '../../core/records/revocation';

export type DemoTally = {
  /** New records written, by kind (edits of a record are not counted again). */
  readonly records: Record<RecordKind, number>;
  /** Originals and corrections by conclusion; duplicates and corrections also on their own. */
  readonly certificates: {
    presence: number;
    absence: number;
    duplicates: number;
    corrections: number;
  };
  readonly revocations: Record<RevocationRecord['reason'], number>;
  readonly results: Record<'quantitative' | 'qualitative' | Interpretation, number>;
  readonly payments: Record<PaymentMethod, number>;
  refunds: number;
  /** Statements withdrawn: before payment, or after a refund. */
  withdrawn: number;
  /** People under 18, with a representative on the statement. */
  minors: number;
  /** Cases still open at the end of the period, as the desk would show them. */
  readonly awaiting: { result: number; commission: number };
  /** Results the commission cannot certify: equivocal, or presence of a class not admitted. */
  withoutCertificate: number;
};

export function emptyTally(): DemoTally {
  return {
    records: {
      person: 0,
      application: 0,
      contract: 0,
      sample: 0,
      result: 0,
      certificate: 0,
      revocation: 0,
    },
    certificates: { presence: 0, absence: 0, duplicates: 0, corrections: 0 },
    revocations: { correction: 0, error: 0, fraud: 0, 'withdrawn-by-citizen': 0 },
    results: { quantitative: 0, qualitative: 0, detected: 0, 'not-detected': 0, equivocal: 0 },
    payments: { cash: 0, card: 0, sbp: 0, transfer: 0 },
    refunds: 0,
    withdrawn: 0,
    minors: 0,
    awaiting: { result: 0, commission: 0 },
    withoutCertificate: 0,
  };
}
