// Expected failures are values, not exceptions: every fallible function in core returns a
// Result whose failure names its reason from a closed set of strings. Throwing is kept for
// programmer errors (a broken invariant), never for bad input.
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Fail<R extends string> = {
  readonly ok: false;
  readonly reason: R;
  /** Extra facts for logs and tests (never personal data); the person sees `reason`'s message. */
  readonly detail?: string;
};
export type Result<T, R extends string> = Ok<T> | Fail<R>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function fail<R extends string>(reason: R, detail?: string): Fail<R> {
  return detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };
}
