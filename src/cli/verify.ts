// Command-line verifier: the same core pipeline as the verifier screen, over files.
//   npm run verify -- --issuer https://reg.kamchatka.example/shc=tests/fixtures/cards/issuer \
//     --at 2026-12-01T00:00:00Z tests/fixtures/cards/presence.txt card.smart-health-card qr.png
// One JSON line per card on stdout: the authenticity verdict and the admission decision, e.g.
//   {"input":"presence.txt","verdict":"valid","reason":"valid","message":"Valid certificate",
//    "messageRu":"Действительная справка","admission":"admit","lastValidDay":"2027-05-19",
//    "policyVersion":1,"subject":{"latin":"IVANOVA ANNA","birthDate":"1985-03-14"},…}
//   {"input":"absence.txt","verdict":"valid",…,"admission":"not-admit",
//    "admissionReason":"antibodies-not-detected","policyVersion":1,…}
// Exit status: 0 every card valid and admitting its holder, 1 any other answer, 2 usage error
// (usage on stderr; also an unreadable input, or a key set or admission policy that is refused).
// A refused CRL is reported on stderr and the cards of its key answer `crl-refused`.
// Chunk files of one deprecated multi-chunk card (shc:/1/3/…, shc:/2/3/…) are verified together.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { admissionMessage } from '../core/admission/admissionMessages';
import type { Admission } from '../core/admission/decideAdmission';
import type { Bilingual } from '../core/bilingual';
import type { IssuerTrust } from '../core/shc/trustList';
import type { Verification } from '../core/shc/verdict';
import { verifyInputs, type VerifyContext } from '../core/shc/verifyHealthCard';
import { loadIssuerDir } from './loadIssuerDir';
import { isQrImage, readQrImage, type ImageReadError } from './readQrImage';

const USAGE =
  'usage: npm run verify -- [--issuer <iss>=<dir>]… [--at <ISO time>] <input>…\n' +
  '  <dir> holds .well-known/jwks.json, .well-known/crl/<kid>.json and, if the issuer\n' +
  '  publishes one, .well-known/admission-policy.json;\n' +
  '  <input> is a file with shc:/ text, a JWS, a .smart-health-card file, or a PNG/JPEG of the QR.';

class UsageError extends Error {}

/** "English (Русский)": the CLI's stderr speaks both. */
function bilingualLine(message: Bilingual): string {
  return `${message.en} (${message.ru})`;
}

type Line = {
  readonly input: string | readonly string[];
  readonly verdict: string;
  readonly reason: string;
  readonly message: string;
  readonly messageRu: string;
  readonly admission: Admission['decision'];
  readonly [extra: string]: unknown;
};

const imageMessages: Record<ImageReadError, Bilingual> = {
  'image-format-unknown': { ru: 'Неизвестный формат файла', en: 'Unknown file format' },
  'image-unreadable': { ru: 'Изображение повреждено', en: 'The image is damaged' },
  'qr-not-found': { ru: 'На изображении не найден QR-код', en: 'No QR code found in the image' },
};

type CommandLine = { ctx: VerifyContext; inputs: string[]; notices: string[] };

async function parseCommandLine(argv: readonly string[]): Promise<CommandLine> {
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
  const now = values.at === undefined ? Date.now() : Date.parse(values.at);
  if (Number.isNaN(now)) throw new UsageError(`--at is not an ISO time: ${values.at ?? ''}`);
  const trust = new Map<string, IssuerTrust>();
  const notices: string[] = [];
  for (const spec of values.issuer) {
    const at = spec.lastIndexOf('=');
    if (at <= 0 || at === spec.length - 1)
      throw new UsageError(`--issuer wants <iss>=<dir>, got ${spec}`);
    const loaded = await loadIssuerDir(spec.slice(at + 1));
    if (!loaded.ok) throw new UsageError(bilingualLine(loaded.problem));
    for (const refusal of loaded.refusals) notices.push(bilingualLine(refusal.message));
    trust.set(spec.slice(0, at), loaded.trust);
  }
  return { ctx: { subtle: globalThis.crypto.subtle, trust, now }, inputs: positionals, notices };
}

/** The admission as JSON members: the decision, then why not, or until when. */
function admissionFields(admission: Admission): Record<string, unknown> {
  const message = admissionMessage(admission);
  const words =
    message === undefined ? {} : { admissionMessage: message.en, admissionMessageRu: message.ru };
  switch (admission.decision) {
    case 'admit':
      return {
        lastValidDay: admission.lastValidDay,
        policyVersion: admission.policyVersion,
        ...words,
      };
    case 'not-admit':
      return {
        admissionReason: admission.reason,
        ...(admission.since === undefined ? {} : { admissionEndedOn: admission.since }),
        policyVersion: admission.policyVersion,
        ...words,
      };
    case 'n/a':
      return {};
  }
}

function lineOf(input: string | readonly string[], v: Verification): Line {
  return {
    input,
    verdict: v.verdict,
    reason: v.reason,
    message: v.message.en,
    messageRu: v.message.ru,
    admission: v.admission.decision,
    ...admissionFields(v.admission),
    ...(v.subject === undefined ? {} : { subject: v.subject }),
    ...(v.kind === undefined ? {} : { kind: v.kind }),
    ...(v.result === undefined ? {} : { result: v.result }),
    ...(v.validity === undefined ? {} : { validity: v.validity }),
    ...(v.issuer === undefined ? {} : { issuer: v.issuer }),
    ...(v.warnings.length === 0 ? {} : { warnings: v.warnings.map((w) => w.code) }),
    ...(v.detail === undefined ? {} : { detail: v.detail }),
  };
}

async function readInput(path: string): Promise<{ text: string } | { line: Line }> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(
      `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (isQrImage(bytes)) {
    const image = await readQrImage(bytes);
    if (image.ok) return { text: image.text };
    const message = imageMessages[image.reason];
    return {
      line: {
        input: path,
        verdict: 'unsupported-format',
        reason: image.reason,
        message: message.en,
        messageRu: message.ru,
        admission: 'n/a',
      },
    };
  }
  // Invalid UTF-8 becomes U+FFFD and then fails recognition with a reason of its own.
  return { text: new TextDecoder('utf-8').decode(bytes) };
}

const CHUNK = /^shc:\/[0-9]+\/[0-9]+\//;

export type VerifyRun = {
  readonly lines: Line[];
  /** 0 only when every card is valid and admits its holder. */
  readonly code: 0 | 1;
  /** For stderr: trust documents that were refused, one line each (English, then Russian). */
  readonly notices: string[];
};

export async function runVerify(argv: readonly string[]): Promise<VerifyRun> {
  const { ctx, inputs, notices } = await parseCommandLine(argv);
  const lines: Line[] = [];
  const chunkPaths: string[] = [];
  const chunkTexts: string[] = [];
  for (const path of inputs) {
    const read = await readInput(path);
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
  const admitted = lines.every((l) => l.verdict === 'valid' && l.admission === 'admit');
  return { lines, code: admitted ? 0 : 1, notices };
}

/** Where the CLI writes: stdout and stderr, or a test's buffers. */
export type CliOutput = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
};

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** The CLI: JSON lines on stdout, refusals and usage on stderr; resolves to the exit status. */
export async function main(
  argv: readonly string[],
  io: CliOutput = processOutput,
): Promise<number> {
  try {
    const { lines, code, notices } = await runVerify(argv);
    for (const notice of notices) io.err(`verify: ${notice}\n`);
    for (const line of lines) io.out(`${JSON.stringify(line)}\n`);
    return code;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`verify: ${error.message}\n${USAGE}\n`);
    return 2;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
