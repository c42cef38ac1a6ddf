import { webcrypto } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeQr } from '../../src/cli/qrDecoder';
import type { CertificateCardInput } from '../../src/core/shc/issueCard';
import { issueHealthCard } from '../../src/core/shc/issueCard';
import type { QrMatrix } from '../../src/core/shc/qrRender';
import { qrMatrix } from '../../src/core/shc/qrRender';
import { toQrSegments } from '../../src/core/shc/qrSegments';
import type { SigningKey } from '../../src/core/shc/signingKey';
import { generateSigningKey, signerFor } from '../../src/core/shc/signingKey';
import { DEMO_STAFF } from '../../src/register/seed';
import type { RunningRegister } from '../support/register';
import { writeQrClip } from '../support/y4m';
import { certificateInput } from '../fixtures/shc/testIssuer';

// The issuing side of the verifier's browser tests, done as a tablet does it but from Node:
// a key enrolled at the real register through POST /api/tablets (signed in as the demo
// registrar), cards signed with it by core's issueHealthCard, and camera clips of their QRs.

const subtle = webcrypto.subtle as SubtleCrypto;

// Frame sizes to try, largest modules first: a fake camera shows one still image for ever,
// unlike a hand-held phone, so a frame the decoder cannot read would never be followed by
// one it can.
const CLIP_SIZES = [
  { width: 640, height: 480 },
  { width: 640, height: 360 },
  { width: 480, height: 300 },
  { width: 800, height: 600 },
] as const;

export type EnrolledIssuer = {
  readonly key: SigningKey;
  readonly issue: (overrides: Partial<CertificateCardInput>) => Promise<string>;
};

export async function enrolTestTablet(register: RunningRegister): Promise<EnrolledIssuer> {
  const registrar = DEMO_STAFF.find((staff) => staff.role === 'registrar');
  if (registrar === undefined) throw new Error('the demo seed has no registrar');
  const session = await postJson(register.url, '/api/session', {
    login: registrar.login,
    password: registrar.password,
  });
  const token = (session as { token: string }).token;
  const key = await generateSigningKey(subtle);
  await postJson(
    register.url,
    '/api/tablets',
    { name: 'Verifier test', publicJwk: key.publicJwk },
    token,
  );

  const sign = signerFor(subtle, key.privateKey);
  const nbf = Math.floor(Date.now() / 1000) - 3600;
  return {
    key,
    async issue(overrides) {
      const base = certificateInput();
      const input: CertificateCardInput = certificateInput({
        test: { ...base.test, performer: 'ГБУЗ КГП № 3' },
        issuer: register.config.issuerUrl,
        nbf,
        exp: nbf + 183 * 86_400,
        ...overrides,
      });
      const issued = await issueHealthCard(input, key.publicJwk.kid, sign);
      if (!issued.ok) throw new Error(`issueHealthCard: ${issued.reason}`);
      return issued.value.jws;
    },
  };
}

/**
 * A .y4m clip of a card's QR as core renders it, at a size the browser's decoder reads, for the
 * fake camera. Each frame is first read in Node by the same decoder (ZXing-C++ in WebAssembly:
 * src/cli/qrDecoder.ts, the browser's src/ui/verifier/qrDecoder.ts with the same options), so a
 * clip that could never be read fails here, saying so, rather than as a camera test's timeout.
 * The card is signed again when no size reads (ECDSA signatures differ on every signing): the
 * tests are about the verdict. Until session 19 this check used the older @zxing/library,
 * which the app no longer uses and which missed some sharp codes.
 */
export async function writeCardClip(
  makeJws: () => Promise<string>,
  name: string,
): Promise<{ readonly jws: string; readonly clip: string }> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const jws = await makeJws();
    const plan = toQrSegments(jws);
    if (!plan.ok) throw new Error(`toQrSegments: ${plan.reason}`);
    const matrix = qrMatrix(plan.value);
    const expected = plan.value.text;
    let size: (typeof CLIP_SIZES)[number] | undefined;
    for (const frame of CLIP_SIZES) {
      if ((await decodeFrame(matrix, frame.width, frame.height)) === expected) {
        size = frame;
        break;
      }
    }
    if (size === undefined) continue;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'serodesk-clip-')), `${name}.y4m`);
    writeQrClip(file, modulesOf(matrix), size);
    return { jws, clip: file };
  }
  throw new Error(`the QR decoder read none of 8 signings of ${name} at any clip size`);
}

function modulesOf(matrix: QrMatrix) {
  return {
    size: matrix.size,
    get: (row: number, col: number) => matrix.dark[row * matrix.size + col] === true,
  };
}

/** The frame writeQrClip draws (same layout), read by the browser's decoder. */
function decodeFrame(matrix: QrMatrix, width: number, height: number): Promise<string | null> {
  const scale = Math.floor(Math.min(width, height) / (matrix.size + 8));
  const side = scale * matrix.size;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const dark = matrix.dark[Math.floor(y / scale) * matrix.size + Math.floor(x / scale)];
      if (dark !== true) continue;
      const at = ((top + y) * width + left + x) * 4;
      data.fill(0, at, at + 3);
    }
  }
  return decodeQr({ width, height, data });
}

/** The same JWS with one character of its signature changed (still canonical base64url). */
export function tamperSignature(jws: string): string {
  const at = jws.lastIndexOf('.') + 20;
  const original = jws.charAt(at);
  return `${jws.slice(0, at)}${original === 'A' ? 'B' : 'A'}${jws.slice(at + 1)}`;
}

async function postJson(
  base: string,
  route: string,
  body: unknown,
  token?: string,
): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
  const response = await fetch(new URL(route, base), {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  if (!response.ok) throw new Error(`${route}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}
