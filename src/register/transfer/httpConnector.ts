import { z } from 'zod';
import type {
  ConnectorHealth,
  TransferConnector,
  TransferOutcome,
  TransferPayload,
} from './connector';
import { describeError } from './connector';

// POSTs one item's Bundle to a regional gateway. The request:
//
//   POST /fhir/Bundle HTTP/1.1
//   Authorization: Bearer <FEDERAL_TRANSFER_TOKEN>
//   Idempotency-Key: 0193f4c2-…-c1:issued
//   Content-Type: application/fhir+json
//
//   {"resourceType":"Bundle","type":"collection",…}
//
// and what its answer means:
//   2xx {"id":"EGISZ-42",…}        accepted, "EGISZ-42" kept as the external id
//   2xx without an id               failed: we cannot tell what it holds, so ask again
//   408, 429                        failed: "later", not "no"
//   other 4xx {"reason":"…"}        rejected with the body's reason (or message, or a FHIR
//                                   OperationOutcome's first diagnostics, or the text)
//   5xx, timeout, network error     failed, retried with backoff
//
// The receiver is asked to keep one record per Idempotency-Key and to answer a repeat with
// the same id: that, not this side, is what makes an item resent after a crash mid-send
// accepted once.

export type Fetch = typeof globalThis.fetch;

const acceptedBodySchema = z.object({ id: z.string().min(1) });
const reasonBodySchema = z.union([
  z.object({ reason: z.string().min(1) }).transform((body) => body.reason),
  z.object({ message: z.string().min(1) }).transform((body) => body.message),
  z
    .object({
      resourceType: z.literal('OperationOutcome'),
      issue: z.array(z.object({ diagnostics: z.string().min(1) })).min(1),
    })
    .transform((body) => body.issue[0]?.diagnostics ?? ''),
]);

/** Reasons and errors are stored and printed: kept to one readable line. */
const MAX_REASON_CHARS = 500;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_REASON_CHARS);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // not JSON: the caller falls back to the text itself
  }
}

export function httpConnector(options: {
  readonly url: string;
  readonly token: string;
  readonly timeoutMs: number;
  readonly fetch?: Fetch;
}): TransferConnector {
  const doFetch = options.fetch ?? globalThis.fetch;
  return {
    description: `HTTP POST to ${options.url}`,
    async check(): Promise<ConnectorHealth> {
      try {
        // Any answer at all means the receiver is reachable; only the network can fail this.
        const response = await doFetch(options.url, {
          method: 'HEAD',
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        await response.body?.cancel();
        return { ok: true };
      } catch (error) {
        return { ok: false, problem: `${options.url} is unreachable: ${describeError(error)}` };
      }
    },
    async send(payload: TransferPayload, signal: AbortSignal): Promise<TransferOutcome> {
      // Our own timer, held until the answer is read: a timeout signal combined with
      // AbortSignal.any is only weakly held and, collected under load, may never fire.
      const cut = new AbortController();
      const timer = setTimeout(() => {
        cut.abort(new Error(`no answer within ${options.timeoutMs} ms`));
      }, options.timeoutMs);
      const onStop = () => {
        cut.abort(new Error('the register is stopping'));
      };
      signal.addEventListener('abort', onStop, { once: true });
      let response: Response;
      let text: string;
      try {
        response = await doFetch(options.url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${options.token}`,
            'idempotency-key': payload.idempotencyKey,
            'content-type': 'application/fhir+json',
            accept: 'application/json, application/fhir+json',
          },
          body: JSON.stringify(payload.bundle),
          signal: cut.signal,
        });
        text = await response.text();
      } catch (error) {
        return { kind: 'failed', error: describeError(error) };
      } finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', onStop);
      }
      const status = response.status;
      const body = parseJson(text);
      if (status >= 200 && status < 300) {
        const accepted = acceptedBodySchema.safeParse(body);
        return accepted.success
          ? { kind: 'accepted', externalId: accepted.data.id }
          : { kind: 'failed', error: `HTTP ${status} without an id in the body` };
      }
      const reason = reasonBodySchema.safeParse(body);
      const said = oneLine(reason.success ? reason.data : text) || response.statusText;
      if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
        return { kind: 'rejected', reason: `HTTP ${status}: ${said}` };
      }
      return { kind: 'failed', error: `HTTP ${status}: ${said}` };
    },
  };
}
