import type { Bilingual } from '../bilingual';
import type { ApiErrorCode, BodyIssue } from './apiErrors';
import { API_ERROR_STATUS } from './apiErrors';
import { errorBodySchema } from './errorBody';

// How a client reads any refusal of the register (a non-2xx answer), once, for every call:
// the status, the code if it is one of ours (apiErrors.ts), the register's own words, and the
// refused fields. Each client call then maps the refusal to its own failure in one switch.
//
//   refusalOf(429, {"error":{"code":"sign-in-busy","message":"…","messageRu":"…"}})
//     → {status: 429, code: "sign-in-busy", said: {ru: "…", en: "…"}, issues: [],
//        detail: "429 sign-in-busy"}
//   refusalOf(502, "<html>Bad gateway</html>")   (a proxy's page, not the register's)
//     → {status: 502, code: undefined, said: undefined, issues: [], detail: "502"}

export type Refusal = {
  readonly status: number;
  /** Undefined when the body is not the register's, or names a code this release lacks. */
  readonly code: ApiErrorCode | undefined;
  /** The register's words, when it sent any: shown where the client has none of its own. */
  readonly said: Bilingual | undefined;
  readonly issues: readonly BodyIssue[];
  /** Status and code, for logs and the "details" line: never personal data. */
  readonly detail: string;
  /** The whole body, for the few answers that carry more (protocol mismatch). */
  readonly body: unknown;
};

function isApiErrorCode(code: string): code is ApiErrorCode {
  return Object.hasOwn(API_ERROR_STATUS, code);
}

export function refusalOf(status: number, body: unknown): Refusal {
  const parsed = errorBodySchema.safeParse(body);
  const error = parsed.success ? parsed.data.error : undefined;
  const code = error !== undefined && isApiErrorCode(error.code) ? error.code : undefined;
  return {
    status,
    code,
    said:
      error === undefined ? undefined : { en: error.message, ru: error.messageRu ?? error.message },
    issues: error?.issues ?? [],
    detail: `${status} ${error?.code ?? ''}`.trim(),
    body,
  };
}
