import { beforeAll, describe, expect, it } from 'vitest';
import {
  certificateInput,
  ISSUED_AT,
  makeTestIssuer,
  subtle,
  type TestIssuer,
} from '../../../tests/fixtures/shc/testIssuer';
import { issueHealthCard, ridFromBytes, type CertificateCardInput } from './issueCard';
import { decodeNumeric, encodeNumeric } from './numeric';
import { MAX_JWS_LENGTH_EC_M, MAX_QR_VERSION, toQrSegments } from './qrSegments';
import { verifyHealthCard } from './verifyHealthCard';

let issuer: TestIssuer;
beforeAll(async () => {
  issuer = await makeTestIssuer();
});

const ctx = (now = ISSUED_AT) => ({ subtle, trust: issuer.trust(), now });

async function issue(input: CertificateCardInput): Promise<string> {
  const issued = await issueHealthCard(input, issuer.publicJwk.kid, issuer.sign);
  if (!issued.ok) throw new Error(`${issued.reason} ${issued.detail ?? ''}`);
  return issued.value.jws;
}

/** The longest names a Kamchatka desk is likely to meet. */
const longPatient = {
  familyLatin: 'KONSTANTINOPOLSKAIA-ZDRAVOMYSLOVA',
  givenLatin: ['ANASTASIIA-VIKTORIIA', 'ALEKSANDROVNA'],
  familyCyrillic: 'Константинопольская-Здравомыслова',
  givenCyrillic: ['Анастасия-Виктория', 'Александровна'],
  birthDate: '1987-12-31',
};
const russianCertificate = (performer: string) =>
  certificateInput({
    patient: longPatient,
    test: { loinc: '94547-7', result: '260415000', effectiveDateTime: '2026-11-19', performer },
  });
/** Text deflate cannot shrink (a fixed LCG over the Cyrillic alphabet). */
function incompressibleCyrillic(length: number): string {
  let seed = 12345;
  let text = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    text += String.fromCharCode(0x430 + ((seed >> 16) % 32));
  }
  return text;
}
/** The clinic's abbreviation: with the three vc.type entries, the longest names fit EC M only so. */
const SHORT_CLINIC = 'ГБУЗ КККБ';
const FULL_CLINIC =
  'ГБУЗ «Камчатская краевая клиническая больница им. А. С. Лукашевского», Петропавловск-Камчатский';

describe('issuing and verifying our own certificates', () => {
  it('verifies an issued certificate after QR numeric encoding and decoding', async () => {
    const jws = await issue(certificateInput());
    const qr = toQrSegments(jws);
    if (!qr.ok) throw new Error(qr.reason);
    const decoded = decodeNumeric(qr.value.text);
    expect(decoded.ok && decoded.value.text).toBe(jws);
    const answer = await verifyHealthCard(qr.value.text, ctx());
    expect(answer).toMatchObject({
      verdict: 'valid',
      kind: 'antibody-test',
      subject: {
        latin: 'ANNA IVANOVA',
        cyrillic: 'Иванова Анна Сергеевна',
        birthDate: '1985-03-14',
      },
      result: {
        loinc: '94563-4',
        resultCode: '260373001',
        display: 'Detected (qualifier value)',
        effectiveDateTime: '2026-11-19',
        performer: 'ГБУЗ КККБ',
      },
      validity: { nbf: ISSUED_AT / 1000, exp: ISSUED_AT / 1000 + 183 * 86_400 },
    });
    expect(answer.warnings).toEqual([]);
  });

  it('puts rid in vc and uses the header {alg ES256, zip DEF, kid thumbprint}', async () => {
    const issued = await issueHealthCard(certificateInput(), issuer.publicJwk.kid, issuer.sign);
    if (!issued.ok) throw new Error(issued.reason);
    expect(issued.value.payload.vc.rid).toBe('Xk3s9_aQ-2M');
    const header = JSON.parse(atob(issued.value.jws.split('.')[0] ?? '')) as unknown;
    expect(header).toEqual({ alg: 'ES256', zip: 'DEF', kid: issuer.publicJwk.kid });
  });

  it('keeps the Cyrillic name of a typical certificate and stays at error correction M', async () => {
    const issued = await issueHealthCard(certificateInput(), issuer.publicJwk.kid, issuer.sign);
    if (!issued.ok) throw new Error(issued.reason);
    expect(issued.value.cyrillicNameOmitted).toBe(false);
    const qr = toQrSegments(issued.value.jws);
    expect(qr.ok && qr.value.errorCorrectionLevel).toBe('M');
  });

  it('fits a long Russian certificate in ≤ 927 characters (EC M, ≤ v22) by leaving out the Cyrillic name', async () => {
    const issued = await issueHealthCard(
      russianCertificate(SHORT_CLINIC),
      issuer.publicJwk.kid,
      issuer.sign,
    );
    if (!issued.ok) throw new Error(issued.reason);
    const { jws, cyrillicNameOmitted } = issued.value;
    expect(cyrillicNameOmitted).toBe(true);
    expect(jws.length).toBeLessThanOrEqual(MAX_JWS_LENGTH_EC_M);
    const qr = toQrSegments(jws);
    if (!qr.ok) throw new Error(qr.reason);
    expect(qr.value.errorCorrectionLevel).toBe('M');
    expect(qr.value.version).toBeLessThanOrEqual(MAX_QR_VERSION);
    const answer = await verifyHealthCard(encodeNumeric(jws), ctx());
    expect(answer).toMatchObject({
      verdict: 'valid',
      subject: { latin: 'ANASTASIIA-VIKTORIIA ALEKSANDROVNA KONSTANTINOPOLSKAIA-ZDRAVOMYSLOVA' },
      result: { resultCode: '260415000', performer: SHORT_CLINIC },
    });
    expect(answer.subject?.cyrillic).toBeUndefined();
  });

  it('keeps a long Russian certificate with the full clinic name within one version-22 QR (EC L)', async () => {
    const issued = await issueHealthCard(
      russianCertificate(FULL_CLINIC),
      issuer.publicJwk.kid,
      issuer.sign,
    );
    if (!issued.ok) throw new Error(issued.reason);
    const qr = toQrSegments(issued.value.jws);
    if (!qr.ok) throw new Error(qr.reason);
    expect(qr.value.version).toBeLessThanOrEqual(MAX_QR_VERSION);
    expect(qr.value.errorCorrectionLevel).toBe(
      issued.value.jws.length <= MAX_JWS_LENGTH_EC_M ? 'M' : 'L',
    );
    expect(await verifyHealthCard(qr.value.text, ctx())).toMatchObject({
      verdict: 'valid',
      subject: { cyrillic: 'Константинопольская-Здравомыслова Анастасия-Виктория Александровна' },
    });
  });

  it('refuses to issue a card that cannot fit one QR code', async () => {
    const input = certificateInput({
      test: { ...certificateInput().test, performer: incompressibleCyrillic(500) },
    });
    const issued = await issueHealthCard(input, issuer.publicJwk.kid, issuer.sign);
    expect(issued).toMatchObject({ ok: false, reason: 'too-large-for-qr' });
  });

  it('refuses to issue with an http issuer, a trailing slash or a bad rid', async () => {
    for (const bad of [
      { issuer: 'http://reg.example' },
      { issuer: 'https://reg.example/' },
      { rid: 'has space' },
      { exp: ISSUED_AT / 1000 - 1 },
    ]) {
      const issued = await issueHealthCard(
        certificateInput(bad),
        issuer.publicJwk.kid,
        issuer.sign,
      );
      expect(issued).toMatchObject({ ok: false, reason: 'input-invalid' });
    }
  });

  it('answers expired after exp and not-yet-valid beyond the nbf tolerance', async () => {
    const jws = await issue(certificateInput());
    const exp = ISSUED_AT + 183 * 86_400_000;
    expect(await verifyHealthCard(jws, ctx(exp))).toMatchObject({
      verdict: 'expired',
      reason: 'exp-passed',
    });
    expect((await verifyHealthCard(jws, ctx(exp - 1000))).verdict).toBe('valid');
    expect((await verifyHealthCard(jws, ctx(ISSUED_AT - 4 * 60_000))).verdict).toBe('valid');
    expect(await verifyHealthCard(jws, ctx(ISSUED_AT - 6 * 60_000))).toMatchObject({
      verdict: 'not-yet-valid',
      reason: 'nbf-in-future',
    });
  });

  it('revokes by bare rid, and by rid.timestamp only cards issued before the timestamp', async () => {
    const jws = await issue(certificateInput());
    const at = (rids: string[]) =>
      verifyHealthCard(jws, {
        subtle,
        trust: issuer.trust({ method: 'rid', ctr: 2, rids }),
        now: ISSUED_AT,
      });
    const nbf = ISSUED_AT / 1000;
    expect((await at(['Xk3s9_aQ-2M'])).verdict).toBe('revoked');
    expect((await at([`Xk3s9_aQ-2M.${nbf + 1}`])).verdict).toBe('revoked');
    expect((await at([`Xk3s9_aQ-2M.${nbf}`])).verdict).toBe('valid');
    expect((await at(['Xk3s9_aQ-2Mx', 'other'])).verdict).toBe('valid');
  });

  it('warns when the JWKS announces a newer CRL than the cached one, or none is cached', async () => {
    const jws = await issue(certificateInput());
    const entry = issuer.trust({ method: 'rid', ctr: 1, rids: [] }).get(certificateInput().issuer);
    if (entry === undefined) throw new Error('trust');
    const jwks = { keys: [{ ...issuer.publicJwk, crlVersion: 2 }] };
    const outdated = new Map([[certificateInput().issuer, { ...entry, jwks }]]);
    const missing = new Map([[certificateInput().issuer, { ...entry, jwks, crls: new Map() }]]);
    const codes = async (trust: typeof outdated) =>
      (await verifyHealthCard(jws, { subtle, trust, now: ISSUED_AT })).warnings.map((w) => w.code);
    expect(await codes(outdated)).toEqual(['crl-outdated']);
    expect(await codes(missing)).toEqual(['crl-missing']);
  });

  it('keeps the private key non-extractable', async () => {
    await expect(subtle.exportKey('jwk', issuer.privateKey)).rejects.toThrow();
    await expect(subtle.exportKey('pkcs8', issuer.privateKey)).rejects.toThrow();
    expect(issuer.privateKey.extractable).toBe(false);
    expect(issuer.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', use: 'sig', alg: 'ES256' });
    expect(issuer.publicJwk).not.toHaveProperty('d');
  });

  it('makes 11-character base64url rids from random bytes', () => {
    const rid = ridFromBytes(new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255]));
    expect(rid).toBe('__________8');
    expect(ridFromBytes(new Uint8Array(8))).toBe('AAAAAAAAAAA');
  });
});

describe('tampering with an issued certificate', () => {
  it('is never valid after changing any single digit pair of the QR text', async () => {
    const text = encodeNumeric(await issue(certificateInput()));
    const body = 'shc:/'.length;
    const answers = [];
    for (let i = body; i < text.length; i += 2) {
      const pair = Number(text.slice(i, i + 2));
      const altered = String((pair + 1 + (i % 7)) % 78).padStart(2, '0');
      answers.push(verifyHealthCard(text.slice(0, i) + altered + text.slice(i + 2), ctx()));
    }
    const verdicts = (await Promise.all(answers)).map((a) => a.verdict);
    expect(verdicts).toHaveLength((text.length - body) / 2);
    expect(verdicts).not.toContain('valid');
  });

  it('is never valid after replacing any single character of the JWS', async () => {
    const jws = await issue(certificateInput());
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    const answers = [];
    for (let i = 0; i < jws.length; i++) {
      const c = alphabet.charAt((alphabet.indexOf(jws.charAt(i)) + 1 + (i % 5)) % alphabet.length);
      answers.push(verifyHealthCard(jws.slice(0, i) + c + jws.slice(i + 1), ctx()));
    }
    const answered = await Promise.all(answers);
    expect(answered.filter((a) => a.verdict === 'valid')).toEqual([]);
  });

  it('rejects the last signature character changed only in its unused low bits', async () => {
    const jws = await issue(certificateInput());
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(jws.charAt(jws.length - 1));
    // 64 bytes = 85⅓ characters: the last character carries 4 unused bits.
    const sameBytes = alphabet.charAt(last ^ 1);
    const answer = await verifyHealthCard(jws.slice(0, -1) + sameBytes, ctx());
    expect(answer).toMatchObject({ verdict: 'malformed', reason: 'jws-base64url' });
  });
});
