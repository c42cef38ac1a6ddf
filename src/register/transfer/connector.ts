import type { TransferEvent } from './transferItem';
import type { TransferBundle } from './transferBundle';

// The one door to the federal side. A connector takes one item's Bundle and says what became
// of it; the queue (transferQueue.ts) records that. Two exist — a file drop for an operator
// or a regional gateway to pick up (fileDropConnector.ts) and an HTTP POST
// (httpConnector.ts); a СЭМД (HL7 CDA) connector for РЭМД would be a third implementation
// of this interface, building its document from the same records.

export type TransferPayload = {
  /** "0193…c1:issued": the same on every attempt; receivers keep one record per key. */
  readonly idempotencyKey: string;
  readonly event: TransferEvent;
  readonly certificateId: string;
  readonly certificateNumber: string;
  readonly bundle: TransferBundle;
};

/**
 * accepted: the receiver holds it, under its own id (final).
 * rejected: the receiver refused this content; sending it again will not help (a person must).
 * failed:   it may not have arrived (network, timeout, the receiver's own fault): try again.
 */
export type TransferOutcome =
  | { readonly kind: 'accepted'; readonly externalId: string }
  | { readonly kind: 'rejected'; readonly reason: string }
  | { readonly kind: 'failed'; readonly error: string };

export type ConnectorHealth =
  { readonly ok: true } | { readonly ok: false; readonly problem: string };

export interface TransferConnector {
  /** "file drop into /srv/data/transfer", "HTTP POST to https://…": never a secret. */
  readonly description: string;
  /** Whether it can work now: the folder writable, the receiver reachable. */
  check(): Promise<ConnectorHealth>;
  /** Never throws for a transfer's own trouble; `signal` aborts it when the register stops. */
  send(payload: TransferPayload, signal: AbortSignal): Promise<TransferOutcome>;
}

/** An error's message and code, for last_error and logs (no personal data: no bodies). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  const code =
    cause instanceof Error && 'code' in cause && typeof cause.code === 'string'
      ? ` (${cause.code})`
      : '';
  return `${error.message}${code}`;
}
