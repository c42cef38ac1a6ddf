// Command-line verifier: the same core pipeline as the verifier screen, over files.
//   npm run verify -- --issuer https://spec.smarthealth.cards/examples/issuer=../shared/vectors/shc-spec-examples/issuer \
//     --at 2023-07-01T00:00:00Z card.txt card.smart-health-card qr.png
// One JSON line per card on stdout, e.g.
//   {"input":"card.txt","verdict":"valid","reason":"valid","message":"Valid certificate",
//    "messageRu":"Действительный сертификат","subject":{"latin":"John B. Anyperson","birthDate":"1951-01-20"}}
// Exit status: 0 every card valid, 1 any card not valid, 2 usage error (usage on stderr).
// Chunk files of one deprecated multi-chunk card (shc:/1/3/…, shc:/2/3/…) are verified together.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Bilingual } from '../core/bilingual';
import type { IssuerTrust } from '../core/shc/trustList';
import type { Verification } from '../core/shc/verdict';
import { verifyInputs, type VerifyContext } from '../core/shc/verifyHealthCard';
import { loadIssuerDir } from './loadIssuerDir';
import { isQrImage, readQrImage, type ImageReadError } from './readQrImage';

const USAGE =
  'usage: npm run verify -- [--issuer <iss>=<dir>]… [--at <ISO time>] <input>…\n' +
  '  <dir> holds .well-known/jwks.json and .well-known/crl/<kid>.json;\n' +
  '  <input> is a file with shc:/ text, a JWS, a .smart-health-card file, or a PNG/JPEG of the QR.';

class UsageError extends Error {}

type Line = {
  readonly input: string | readonly string[];
  readonly verdict: string;
  readonly reason: string;
  readonly message: string;
  readonly messageRu: string;
  readonly [extra: string]: unknown;
};

const imageMessages: Record<ImageReadError, Bilingual> = {
  'image-format-unknown': { ru: 'Неизвестный формат файла', en: 'Unknown file format' },
  'image-unreadable': { ru: 'Изображение повреждено', en: 'The image is damaged' },
  'qr-not-found': { ru: 'На изображении не найден QR-код', en: 'No QR code found in the image' },
};

function parseCommandLine(argv: readonly string[]): { ctx: VerifyContext; inputs: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        issuer: { type: 'string', multiple: true, default: [] },
        at: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('no input given');
  const trust = new Map<string, IssuerTrust>();
  for (const spec of values.issuer) {
    const at = spec.lastIndexOf('=');
    if (at <= 0 || at === spec.length - 1)
      throw new UsageError(`--issuer wants <iss>=<dir>, got ${spec}`);
    const loaded = loadIssuerDir(spec.slice(at + 1));
    if (!loaded.ok) throw new UsageError(loaded.problem);
    trust.set(spec.slice(0, at), loaded.trust);
  }
  const now = values.at === undefined ? Date.now() : Date.parse(values.at);
  if (Number.isNaN(now)) throw new UsageError(`--at is not an ISO time: ${values.at ?? ''}`);
  return { ctx: { subtle: globalThis.crypto.subtle, trust, now }, inputs: positionals };
}

function lineOf(input: string | readonly string[], v: Verification): Line {
  return {
    input,
    verdict: v.verdict,
    reason: v.reason,
    message: v.message.en,
    messageRu: v.message.ru,
    ...(v.subject === undefined ? {} : { subject: v.subject }),
    ...(v.kind === undefined ? {} : { kind: v.kind }),
    ...(v.result === undefined ? {} : { result: v.result }),
    ...(v.validity === undefined ? {} : { validity: v.validity }),
    ...(v.issuer === undefined ? {} : { issuer: v.issuer }),
    ...(v.warnings.length === 0 ? {} : { warnings: v.warnings.map((w) => w.code) }),
    ...(v.detail === undefined ? {} : { detail: v.detail }),
  };
}

function readInput(path: string): { text: string } | { line: Line } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(
      `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (isQrImage(bytes)) {
    const image = readQrImage(bytes);
    if (image.ok) return { text: image.text };
    const message = imageMessages[image.reason];
    return {
      line: {
        input: path,
        verdict: 'unsupported-format',
        reason: image.reason,
        message: message.en,
        messageRu: message.ru,
      },
    };
  }
  // Invalid UTF-8 becomes U+FFFD and then fails recognition with a reason of its own.
  return { text: new TextDecoder('utf-8').decode(bytes) };
}

const CHUNK = /^shc:\/[0-9]+\/[0-9]+\//;

export async function runVerify(argv: readonly string[]): Promise<{ lines: Line[]; code: 0 | 1 }> {
  const { ctx, inputs } = parseCommandLine(argv);
  const lines: Line[] = [];
  const chunkPaths: string[] = [];
  const chunkTexts: string[] = [];
  for (const path of inputs) {
    const read = readInput(path);
    if ('line' in read) lines.push(read.line);
    else if (CHUNK.test(read.text)) {
      chunkPaths.push(path);
      chunkTexts.push(read.text);
    } else {
      for (const v of await verifyInputs([read.text], ctx)) lines.push(lineOf(path, v));
    }
  }
  if (chunkTexts.length > 0) {
    for (const v of await verifyInputs(chunkTexts, ctx)) lines.push(lineOf(chunkPaths, v));
  }
  return { lines, code: lines.every((l) => l.verdict === 'valid') ? 0 : 1 };
}

async function main(): Promise<number> {
  try {
    const { lines, code } = await runVerify(process.argv.slice(2));
    for (const line of lines) process.stdout.write(`${JSON.stringify(line)}\n`);
    return code;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`verify: ${error.message}\n${USAGE}\n`);
    return 2;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
