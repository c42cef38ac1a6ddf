// How long the verifier takes to check one scanned card, offline: the work between the
// camera's decoded text and the verdict on screen (numeric decoding, JWS, inflate, ES256,
// CRL, FHIR checks). A realistic Russian certificate, signed by a fresh tablet key.
import { certificateInput, makeTestIssuer } from '../tests/fixtures/shc/testIssuer';
import { issueHealthCard } from '../src/core/shc/issueCard';
import { encodeNumeric } from '../src/core/shc/numeric';
import { verifyHealthCard } from '../src/core/shc/verifyHealthCard';

export type VerifyBenchResult = {
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly jwsLength: number;
};

export async function benchVerify(runs: number): Promise<VerifyBenchResult> {
  const issuer = await makeTestIssuer();
  const input = certificateInput();
  const issued = await issueHealthCard(input, issuer.publicJwk.kid, issuer.sign);
  if (!issued.ok) throw new Error(`could not issue the benchmark card: ${issued.reason}`);
  const scanned = encodeNumeric(issued.value.jws);
  const context = {
    subtle: globalThis.crypto.subtle,
    trust: issuer.trust({ method: 'rid', ctr: 1, rids: ['revokedRid1'] }),
    now: input.nbf * 1000 + 60_000,
  };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const answer = await verifyHealthCard(scanned, context);
    times.push(performance.now() - started);
    if (answer.verdict !== 'valid') throw new Error(`benchmark card is ${answer.reason}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { runs, medianMs: at(0.5), p95Ms: at(0.95), jwsLength: issued.value.jws.length };
}
