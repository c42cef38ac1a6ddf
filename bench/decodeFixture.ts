// Makes tests/fixtures/photos/rescaled-jpeg-card.jpg (and .txt, its QR's text): a photo of a
// printed card that was only rescaled and re-compressed — no blur, glare or steep angle — which
// the old decoder (@zxing/library) cannot read and the new one can. src/cli/readQrImage.test.ts
// reads it. The first seed from 1 up whose photo fits that is kept, so a rerun gives the same
// file as long as the card set (bench/fixtures/decode-cards.json) and sharp are unchanged.
//
//   npx tsx bench/decodeFixture.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { decodeQr } from '../src/cli/qrDecoder';
import { qrMatrix } from '../src/core/shc/qrRender';
import { toQrSegments } from '../src/core/shc/qrSegments';
import { seededRng } from '../tests/fixtures/shc/fuzzCards';
import { loadCardSet } from './decodeCards';
import { photographCard, type PhotoPlan } from './photoOfCard';
import { decodeQrWithZxingJs } from './zxingJsDecoder';

const FOLDER = fileURLToPath(new URL('../tests/fixtures/photos/', import.meta.url));

function plainPhoto(seed: number): PhotoPlan {
  const random = seededRng(seed);
  return {
    scale: 0.25 + random() * 0.1,
    jpegQuality: Math.round(45 + random() * 20),
    rotationDeg: (random() - 0.5) * 6,
    tilt: 0,
    tiltDirectionDeg: 0,
    blurSigma: 0,
    contrast: 1,
    brightness: 0,
    glare: null,
    distortions: [],
  };
}

const card = loadCardSet().cards[0] ?? '';
const plan = toQrSegments(card);
if (!plan.ok) throw new Error(plan.reason);
for (let seed = 1; seed <= 50; seed++) {
  const photo = plainPhoto(seed);
  const bytes = await photographCard(qrMatrix(plan.value), photo, seededRng(seed));
  const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  const image = { ...decoded, data: new Uint8ClampedArray(decoded.data) };
  const before = await decodeQrWithZxingJs(image);
  const after = await decodeQr(image);
  if (before !== null || after !== plan.value.text) continue;
  mkdirSync(FOLDER, { recursive: true });
  writeFileSync(`${FOLDER}rescaled-jpeg-card.jpg`, bytes);
  writeFileSync(`${FOLDER}rescaled-jpeg-card.txt`, `${plan.value.text}\n`);
  console.log(
    `seed ${seed}: ${decoded.width}×${decoded.height}, scale ${photo.scale.toFixed(3)}, ` +
      `JPEG quality ${photo.jpegQuality}, rotated ${photo.rotationDeg.toFixed(2)}°, ${bytes.length} bytes`,
  );
  process.exit(0);
}
console.error('no seed from 1 to 50 gave a photo only the new decoder reads');
process.exit(1);
