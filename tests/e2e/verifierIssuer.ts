import { webcrypto } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as Zxing from '@zxing/library';
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

// The CommonJS build, as in src/cli/readQrImage.ts (its ESM named exports do not load in Node).
const { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } = createRequire(
  import.meta.url,
)('@zxing/library') as typeof Zxing;

// Frame sizes to try, largest modules first: zxing's QR detector misses some perfectly sharp
// version-22 codes at one module size and reads them at another (docs/VERIFIER.md), and a
// fake camera shows one still image for ever, unlike a hand-held phone.
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
 * A .y4m clip of a card's QR as core renders it, at a size zxing reads, for the fake camera.
 * ECDSA signatures differ on every signing, and zxing-js misses a few sharp large codes in a
 * still frame (docs/VERIFIER.md), so the card is signed again until one is read: the test is
 * about the verdict, not about that decoder weakness.
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
    const size = CLIP_SIZES.find((frame) => zxingReads(matrix, frame.width, frame.height));
    if (size === undefined) continue;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'serodesk-clip-')), `${name}.y4m`);
    writeQrClip(file, modulesOf(matrix), size);
    return { jws, clip: file };
  }
  throw new Error(`zxing read none of 8 signings of ${name} at any clip size`);
}

function modulesOf(matrix: QrMatrix) {
  return {
    size: matrix.size,
    get: (row: number, col: number) => matrix.dark[row * matrix.size + col] === true,
  };
}

/** The frame writeQrClip draws (same layout), decoded as the browser's reader does. */
function zxingReads(matrix: QrMatrix, width: number, height: number): boolean {
  const scale = Math.floor(Math.min(width, height) / (matrix.size + 8));
  const side = scale * matrix.size;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const luma = new Uint8ClampedArray(width * height).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const dark = matrix.dark[Math.floor(y / scale) * matrix.size + Math.floor(x / scale)];
      if (dark === true) luma[(top + y) * width + left + x] = 0;
    }
  }
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luma, width, height)));
  try {
    new QRCodeReader().decode(bitmap);
    return true;
  } catch (error) {
    if (error instanceof Error) return false;
    throw error;
  }
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
