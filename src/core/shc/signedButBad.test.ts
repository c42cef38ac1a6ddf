// Cards whose signature is perfectly valid, yet which break one rule of the format each: the
// spec's validator lists these, and a verifier that only checks the signature accepts them.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  certificateInput,
  deflateText,
  ISSUED_AT,
  makeTestIssuer,
  signRaw,
  subtle,
  TEST_ISSUER,
  type TestIssuer,
} from '../../../tests/fixtures/shc/testIssuer';
import { buildCardPayload } from './issueCard';
import { verifyHealthCard } from './verifyHealthCard';

let issuer: TestIssuer;
beforeAll(async () => {
  issuer = await makeTestIssuer();
});

const goodPayload = () => buildCardPayload(certificateInput());
const header = () => ({ alg: 'ES256', zip: 'DEF', kid: issuer.publicJwk.kid });
const verify = (jws: string, trustIss = TEST_ISSUER) =>
  verifyHealthCard(jws, { subtle, trust: issuer.trust(undefined, trustIss), now: ISSUED_AT });

/** DER form of a raw r‖s signature (SEQUENCE of two INTEGERs), as OpenSSL would produce. */
function toDer(raw: Uint8Array): Uint8Array {
  const int = (bytes: Uint8Array) => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    const body = bytes.subarray(start);
    const pad = (body[0] ?? 0) & 0x80 ? [0] : [];
    return [0x02, body.length + pad.length, ...pad, ...body];
  };
  const seq = [...int(raw.subarray(0, 32)), ...int(raw.subarray(32))];
  return new Uint8Array([0x30, seq.length, ...seq]);
}

describe('a correctly signed card that breaks the format', () => {
  it('is valid when nothing is broken (control)', async () => {
    const jws = await signRaw(issuer, header(), deflateText(JSON.stringify(goodPayload())));
    expect(await verify(jws)).toMatchObject({
      verdict: 'valid',
      reason: 'valid',
      kind: 'antibody-test',
    });
  });

  it('is rejected when its payload is not deflated', async () => {
    const jws = await signRaw(
      issuer,
      header(),
      new TextEncoder().encode(JSON.stringify(goodPayload())),
    );
    expect(await verify(jws)).toMatchObject({
      verdict: 'malformed',
      reason: 'payload-not-deflated',
    });
  });

  it('is rejected when its payload has trailing characters after the JSON', async () => {
    const jws = await signRaw(issuer, header(), deflateText(`${JSON.stringify(goodPayload())}  x`));
    expect(await verify(jws)).toMatchObject({ reason: 'payload-trailing-characters' });
  });

  it('is rejected when its payload has trailing whitespace after the JSON', async () => {
    const jws = await signRaw(issuer, header(), deflateText(`${JSON.stringify(goodPayload())}\n`));
    expect(await verify(jws)).toMatchObject({ reason: 'payload-trailing-characters' });
  });

  it('is rejected when its payload starts with a byte-order mark', async () => {
    const jws = await signRaw(
      issuer,
      header(),
      deflateText(`\uFEFF${JSON.stringify(goodPayload())}`),
    );
    expect(await verify(jws)).toMatchObject({ verdict: 'malformed', reason: 'payload-bom' });
  });

  it('is rejected when its payload is not UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"iss":"'), 0xff, 0xfe, 0x22, 0x7d]);
    const { deflateSync } = await import('fflate');
    const jws = await signRaw(issuer, header(), deflateSync(bytes));
    expect(await verify(jws)).toMatchObject({ reason: 'payload-utf8' });
  });

  it('is rejected as unknown-issuer when iss is another issuer', async () => {
    const payload = { ...goodPayload(), iss: 'https://evil.example/shc' };
    const jws = await signRaw(issuer, header(), deflateText(JSON.stringify(payload)));
    expect(await verify(jws)).toMatchObject({
      verdict: 'unknown-issuer',
      reason: 'issuer-untrusted',
    });
  });

  it('is rejected when iss has a trailing slash, even if the trust list has that exact string', async () => {
    const payload = { ...goodPayload(), iss: `${TEST_ISSUER}/` };
    const jws = await signRaw(issuer, header(), deflateText(JSON.stringify(payload)));
    expect(await verify(jws, `${TEST_ISSUER}/`)).toMatchObject({ reason: 'issuer-trailing-slash' });
    expect(await verify(jws)).toMatchObject({ reason: 'issuer-trailing-slash' });
  });

  it('is rejected when iss is http, even if the trust list has that exact string', async () => {
    const httpIss = TEST_ISSUER.replace('https:', 'http:');
    const payload = { ...goodPayload(), iss: httpIss };
    const jws = await signRaw(issuer, header(), deflateText(JSON.stringify(payload)));
    expect(await verify(jws, httpIss)).toMatchObject({
      verdict: 'malformed',
      reason: 'issuer-not-https',
    });
  });

  it('is rejected when its header names no kid', async () => {
    const jws = await signRaw(
      issuer,
      { alg: 'ES256', zip: 'DEF' },
      deflateText(JSON.stringify(goodPayload())),
    );
    expect(await verify(jws)).toMatchObject({ reason: 'header-kid-missing' });
  });

  it('is rejected when its kid is not in the issuer JWKS', async () => {
    const other = await makeTestIssuer();
    const jws = await signRaw(
      other,
      { ...header(), kid: other.publicJwk.kid },
      deflateText(JSON.stringify(goodPayload())),
    );
    expect(await verify(jws)).toMatchObject({ verdict: 'unknown-issuer', reason: 'kid-unknown' });
  });

  it.each(['ES384', 'HS256', 'none', 'RS256'])(
    'is rejected when its header says alg %s',
    async (alg) => {
      const jws = await signRaw(
        issuer,
        { ...header(), alg },
        deflateText(JSON.stringify(goodPayload())),
      );
      expect(await verify(jws)).toMatchObject({ verdict: 'malformed', reason: 'header-alg' });
    },
  );

  it('is rejected when its header lacks zip DEF', async () => {
    const noZip = { alg: 'ES256', kid: issuer.publicJwk.kid };
    const jws = await signRaw(issuer, noZip, deflateText(JSON.stringify(goodPayload())));
    expect(await verify(jws)).toMatchObject({ reason: 'header-zip' });
  });

  it('is rejected when its signature is DER-encoded instead of raw r‖s', async () => {
    const jws = await signRaw(issuer, header(), deflateText(JSON.stringify(goodPayload())), toDer);
    expect(await verify(jws)).toMatchObject({
      verdict: 'bad-signature',
      reason: 'signature-not-raw',
    });
  });

  it('is rejected when the Bundle is not a collection', async () => {
    const payload = goodPayload();
    const bundle = { ...payload.vc.credentialSubject.fhirBundle, type: 'document' };
    const bad = {
      ...payload,
      vc: { ...payload.vc, credentialSubject: { fhirVersion: '4.0.1', fhirBundle: bundle } },
    };
    const jws = await signRaw(issuer, header(), deflateText(JSON.stringify(bad)));
    expect(await verify(jws)).toMatchObject({ verdict: 'malformed', reason: 'fhir-bundle' });
  });

  it('is rejected when its antibody result is not an accepted SNOMED code', async () => {
    const text = JSON.stringify(goodPayload()).replace('260373001', '123456789');
    const jws = await signRaw(issuer, header(), deflateText(text));
    expect(await verify(jws)).toMatchObject({ verdict: 'malformed', reason: 'fhir-result-code' });
  });

  it('is rejected when its COVID-19 observation is not final', async () => {
    const text = JSON.stringify(goodPayload()).replace(
      '"status":"final"',
      '"status":"preliminary"',
    );
    const jws = await signRaw(issuer, header(), deflateText(text));
    expect(await verify(jws)).toMatchObject({ reason: 'fhir-observation-status' });
  });

  it('is rejected when the patient has no date of birth', async () => {
    const text = JSON.stringify(goodPayload()).replace(/,"birthDate":"[^"]*"/, '');
    const jws = await signRaw(issuer, header(), deflateText(text));
    expect(await verify(jws)).toMatchObject({ verdict: 'malformed', reason: 'fhir-patient' });
  });

  it('is rejected when fullUrls are not resource:N references', async () => {
    const text = JSON.stringify(goodPayload()).replace('"resource:0"', '"urn:uuid:1"');
    const jws = await signRaw(issuer, header(), deflateText(text));
    expect(await verify(jws)).toMatchObject({ reason: 'fhir-bundle' });
  });

  it('is rejected when vc.type lacks the health-card type', async () => {
    const payload = goodPayload();
    const bad = { ...payload, vc: { ...payload.vc, type: ['VerifiableCredential'] } };
    const jws = await signRaw(issuer, header(), deflateText(JSON.stringify(bad)));
    expect(await verify(jws)).toMatchObject({ verdict: 'malformed', reason: 'payload-schema' });
  });

  it('is rejected when its inflated payload exceeds the size bound (deflate bomb)', async () => {
    const huge = `{"iss":"${TEST_ISSUER}","pad":"${'A'.repeat(200_000)}"}`;
    const jws = await signRaw(issuer, header(), deflateText(huge));
    expect(await verify(jws)).toMatchObject({ reason: 'payload-too-large' });
  });

  it('is rejected when the issuer key in the JWKS is not an ES256 signing key', async () => {
    const jws = await signRaw(issuer, header(), deflateText(JSON.stringify(goodPayload())));
    const trust = issuer.trust();
    const entry = trust.get(TEST_ISSUER);
    if (entry === undefined) throw new Error('test trust list');
    const wrongUse = new Map([
      [TEST_ISSUER, { ...entry, jwks: { keys: [{ ...issuer.publicJwk, use: 'enc' }] } }],
    ]);
    expect(await verifyHealthCard(jws, { subtle, trust: wrongUse, now: ISSUED_AT })).toMatchObject({
      verdict: 'unknown-issuer',
      reason: 'key-unsuitable',
    });
  });
});
