// The one verification pipeline, used by the verifier screen and the CLI:
// recognise → numeric decode (→ reassemble chunks) → verifyJws. Never throws: an
// unexpected exception becomes `malformed` / `internal-error` at this boundary.
import { decideAdmission } from '../admission/decideAdmission';
import { DEFAULT_ADMISSION_POLICY } from '../admission/policy';
import { fail, ok, type Result } from '../result';
import type { NumericQr } from './numeric';
import { recogniseInput } from './recogniseInput';
import { verdictOf, type FailureReason, type Verification, type WarningCode } from './verdict';
import { messageFor, warningMessages } from './verdictMessages';
import { verifyJws, type JwsFacts, type VerifyContext } from './verifyJws';

export type { VerifyContext } from './verifyJws';

/** The admission policy of the card's issuer as cached with its keys, or the built-in one. */
function policyOf(ctx: VerifyContext | undefined, issuer: string | undefined) {
  const cached = issuer === undefined ? undefined : ctx?.trust.get(issuer)?.policy;
  return cached ?? DEFAULT_ADMISSION_POLICY;
}

function answer(
  reason: Result<unknown, FailureReason>,
  facts: JwsFacts,
  ctx?: VerifyContext,
): Verification {
  const code = reason.ok
    ? facts.content?.kind === 'other'
      ? 'valid-other-content'
      : 'valid'
    : reason.reason;
  const detail = reason.ok ? undefined : reason.detail;
  const unique = [...new Set<WarningCode>(facts.warnings)];
  const content = facts.content;
  const verdict = verdictOf(code);
  const admission = decideAdmission(
    {
      verdict,
      ...(content ?? {}),
      ...(facts.validity === undefined ? {} : { validity: facts.validity }),
    },
    policyOf(ctx, facts.issuer),
    ctx?.now ?? 0,
  );
  return {
    verdict,
    reason: code,
    message: messageFor(code),
    ...(detail === undefined ? {} : { detail }),
    warnings: unique.map((w) => ({ code: w, message: warningMessages[w] })),
    ...(facts.issuer === undefined ? {} : { issuer: facts.issuer }),
    ...(facts.validity === undefined ? {} : { validity: facts.validity }),
    ...(content === undefined
      ? {}
      : {
          kind: content.kind,
          ...(content.subject === undefined ? {} : { subject: content.subject }),
          ...(content.result === undefined ? {} : { result: content.result }),
          ...(content.immunizations === undefined ? {} : { immunizations: content.immunizations }),
        }),
    admission,
  };
}

async function verifyOneJws(
  jws: string,
  ctx: VerifyContext,
  warnings: WarningCode[] = [],
): Promise<Verification> {
  const facts: JwsFacts = { warnings };
  try {
    return answer(await verifyJws(jws, ctx, facts), facts, ctx);
  } catch (error) {
    return answer(fail('internal-error', error instanceof Error ? error.message : String(error)), {
      warnings: [],
    });
  }
}

function failure(reason: FailureReason, detail?: string): Verification {
  return answer(fail(reason, detail), { warnings: [] });
}

type Candidate =
  | { readonly kind: 'jws'; readonly jws: string }
  | { readonly kind: 'chunk'; readonly qr: Required<NumericQr> }
  | { readonly kind: 'failed'; readonly answer: Verification };

function candidatesOf(input: string): Candidate[] {
  const recognised = recogniseInput(input);
  if (!recognised.ok)
    return [{ kind: 'failed', answer: failure(recognised.reason, recognised.detail) }];
  const value = recognised.value;
  if (value.form === 'file') return value.jws.map((jws) => ({ kind: 'jws', jws }));
  if (value.form === 'jws') return [{ kind: 'jws', jws: value.jws }];
  const { text, chunk } = value.qr;
  return chunk === undefined
    ? [{ kind: 'jws', jws: text }]
    : [{ kind: 'chunk', qr: { text, chunk } }];
}

/** Chunks of one card: all of 1..N exactly once, in any order → the JWS. */
function reassemble(chunks: readonly Required<NumericQr>[]): Result<string, FailureReason> {
  const total = chunks[0]?.chunk.total;
  if (total === undefined || chunks.some((c) => c.chunk.total !== total)) {
    return fail('chunk-set-inconsistent', 'different totals');
  }
  const byIndex = new Map(chunks.map((c) => [c.chunk.index, c.text]));
  if (byIndex.size !== chunks.length) return fail('chunk-set-inconsistent', 'repeated part');
  if (byIndex.size < total) return fail('chunk-incomplete', `${byIndex.size} of ${total}`);
  let jws = '';
  for (let i = 1; i <= total; i++) jws += byIndex.get(i) ?? '';
  return ok(jws);
}

/**
 * Verifies everything given together — scanned codes, pasted text, file contents — and
 * answers once per card: a `.smart-health-card` file may hold several cards, and the parts
 * of a (deprecated) multi-chunk card given together count as one card.
 */
export async function verifyInputs(
  inputs: readonly string[],
  ctx: VerifyContext,
): Promise<Verification[]> {
  let candidates: Candidate[];
  try {
    candidates = inputs.flatMap(candidatesOf);
  } catch (error) {
    return [failure('internal-error', error instanceof Error ? error.message : String(error))];
  }
  const chunks = candidates.flatMap((c) => (c.kind === 'chunk' ? [c.qr] : []));
  const answers: Verification[] = [];
  for (const candidate of candidates) {
    if (candidate.kind === 'failed') answers.push(candidate.answer);
    else if (candidate.kind === 'jws') answers.push(await verifyOneJws(candidate.jws, ctx));
  }
  if (chunks.length > 0) {
    const jws = reassemble(chunks);
    answers.push(
      jws.ok
        ? await verifyOneJws(jws.value, ctx, ['chunked-card'])
        : failure(jws.reason, jws.detail),
    );
  }
  return answers;
}

/** One scan, one answer (the camera and paste box). A file with several cards: use verifyInputs. */
export async function verifyHealthCard(input: string, ctx: VerifyContext): Promise<Verification> {
  const [first] = await verifyInputs([input], ctx);
  return first ?? failure('empty-input');
}
