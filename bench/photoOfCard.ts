// A phone photo of a printed certificate's QR, made from the card's module matrix: the print
// on paper with a few lines of text around it, photographed at an angle (rotation, perspective)
// on a table, in poor light (low contrast, glare), out of focus (blur), then rescaled and
// re-compressed as JPEG the way a gallery or messenger does. Every choice comes from a seeded
// plan, so the same seed gives the same bytes (sharp/libvips does blur, light, resize, JPEG).
import sharp from 'sharp';
import type { QrMatrix } from '../src/core/shc/qrRender';
import type { Rng } from '../tests/fixtures/shc/fuzzCards';

export const DISTORTIONS = ['rotation', 'perspective', 'blur', 'low-contrast', 'glare'] as const;
export type Distortion = (typeof DISTORTIONS)[number];

export type PhotoPlan = {
  /** Rescaled to this share of the photo's size, 0.2–0.9. */
  readonly scale: number;
  /** JPEG quality of the saved file, 30–90. */
  readonly jpegQuality: number;
  /** Rotation in degrees: a hand's ±4°, or up to ±45° with `rotation`. */
  readonly rotationDeg: number;
  /** The far edge of the paper shorter by this share (0 = camera square to the paper). */
  readonly tilt: number;
  readonly tiltDirectionDeg: number;
  /** Gaussian blur in photo pixels (a module is 12), 0 = sharp. */
  readonly blurSigma: number;
  /** Share of the tonal range kept (1 = unchanged) and a shift towards dark or light. */
  readonly contrast: number;
  readonly brightness: number;
  readonly glare: {
    readonly x: number;
    readonly y: number;
    readonly radius: number;
    readonly strength: number;
  } | null;
  readonly distortions: readonly Distortion[];
};

const MODULE_PX = 12;
const QUIET_MODULES = 4;
const PAPER_BORDER_MODULES = 10;

const between = (random: Rng, low: number, high: number) => low + random() * (high - low);

/** Every photo is rescaled and re-compressed; each other distortion is present half the time. */
export function planPhoto(random: Rng): PhotoPlan {
  const has = Object.fromEntries(DISTORTIONS.map((d) => [d, random() < 0.5])) as Record<
    Distortion,
    boolean
  >;
  return {
    scale: between(random, 0.2, 0.9),
    jpegQuality: Math.round(between(random, 30, 90)),
    rotationDeg: has.rotation ? between(random, -45, 45) : between(random, -4, 4),
    tilt: has.perspective ? between(random, 0.08, 0.3) : 0,
    tiltDirectionDeg: between(random, 0, 360),
    blurSigma: has.blur ? between(random, 1, 3.5) : 0,
    contrast: has['low-contrast'] ? between(random, 0.3, 0.5) : 1,
    brightness: has['low-contrast'] ? between(random, -40, 40) : 0,
    glare: has.glare
      ? {
          x: between(random, 0.3, 0.7),
          y: between(random, 0.3, 0.7),
          radius: between(random, 0.12, 0.3),
          strength: between(random, 0.6, 1),
        }
      : null,
    distortions: DISTORTIONS.filter((d) => has[d]),
  };
}

type Gray = { readonly width: number; readonly height: number; readonly data: Uint8Array };

/** The printed page around the QR: off-white paper, grey ink, text lines above and below. */
function printedPaper(matrix: QrMatrix, random: Rng): Gray {
  const modules = matrix.size + 2 * (QUIET_MODULES + PAPER_BORDER_MODULES);
  const side = modules * MODULE_PX;
  const paper = Math.round(between(random, 228, 250));
  const ink = Math.round(between(random, 20, 60));
  const data = new Uint8Array(side * side).fill(paper);
  const offset = (QUIET_MODULES + PAPER_BORDER_MODULES) * MODULE_PX;
  for (let my = 0; my < matrix.size; my++) {
    for (let mx = 0; mx < matrix.size; mx++) {
      if (matrix.dark[my * matrix.size + mx] !== true) continue;
      for (let y = 0; y < MODULE_PX; y++) {
        const row = (offset + my * MODULE_PX + y) * side + offset + mx * MODULE_PX;
        data.fill(ink, row, row + MODULE_PX);
      }
    }
  }
  // Words as dark dashes on lines in the border, clear of the quiet zone.
  const lineHeight = Math.round(MODULE_PX * 1.4);
  const textTop = [MODULE_PX * 2, side - MODULE_PX * 2 - 3 * lineHeight * 1.8];
  for (const top of textTop) {
    for (let line = 0; line < 3; line++) {
      const y0 = Math.round(top + line * lineHeight * 1.8);
      let x = MODULE_PX * 2;
      while (x < side - MODULE_PX * 4) {
        const word = Math.round(between(random, 2, 9) * MODULE_PX);
        for (let y = y0; y < y0 + lineHeight; y++) {
          data.fill(ink, y * side + x, y * side + Math.min(x + word, side - MODULE_PX * 2));
        }
        x += word + MODULE_PX;
      }
    }
  }
  return { width: side, height: side, data };
}

type Point = readonly [number, number];

/** The 3×3 homography (row-major, h33 = 1) taking `from[i]` to `to[i]`. */
function homography(from: readonly Point[], to: readonly Point[]): number[] {
  const rows: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i] ?? [0, 0];
    const [u, v] = to[i] ?? [0, 0];
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  // Gauss–Jordan elimination with partial pivoting on the 8×9 augmented matrix.
  for (let col = 0; col < 8; col++) {
    let pivot = col;
    for (let r = col + 1; r < 8; r++) {
      if (Math.abs(rows[r]?.[col] ?? 0) > Math.abs(rows[pivot]?.[col] ?? 0)) pivot = r;
    }
    const top = rows[pivot];
    const current = rows[col];
    if (top === undefined || current === undefined) throw new Error('homography: bad system');
    rows[pivot] = current;
    rows[col] = top;
    const lead = top[col] ?? 1;
    for (let c = col; c < 9; c++) top[c] = (top[c] ?? 0) / lead;
    for (let r = 0; r < 8; r++) {
      const row = rows[r];
      if (r === col || row === undefined) continue;
      const factor = row[col] ?? 0;
      for (let c = col; c < 9; c++) row[c] = (row[c] ?? 0) - factor * (top[c] ?? 0);
    }
  }
  return [...rows.map((row) => row[8] ?? 0), 1];
}

/** The paper as the camera sees it: on a table, turned, tilted; bilinear sampling. */
function photographPaper(paper: Gray, plan: PhotoPlan, random: Rng): Gray {
  const side = Math.round(paper.width * 1.35);
  const table = Math.round(between(random, 70, 150));
  const rotate = (p: Point, deg: number): Point => {
    const a = (deg * Math.PI) / 180;
    return [p[0] * Math.cos(a) - p[1] * Math.sin(a), p[0] * Math.sin(a) + p[1] * Math.cos(a)];
  };
  // Unit square corners; the tilt shortens the edge that is "far" along the tilt direction.
  const corners: Point[] = [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([x = 0, y = 0]) => {
    const [a, b] = rotate([x, y], -plan.tiltDirectionDeg);
    const far = (1 - b) / 2; // 0 at the near edge, 1 at the far edge
    const shrink = 1 - plan.tilt * far;
    return rotate([a * shrink, b - plan.tilt * far * 0.5], plan.tiltDirectionDeg);
  });
  // Turned by up to 45° the paper's diagonal must still fit the frame.
  const half = (side / 2) * 0.7;
  const centre: Point = [side / 2 + between(random, -0.03, 0.03) * side, side / 2];
  const dest = corners.map((c): Point => {
    const [x, y] = rotate(c, plan.rotationDeg);
    return [centre[0] + x * half, centre[1] + y * half];
  });
  const src: Point[] = [
    [0, 0],
    [paper.width - 1, 0],
    [paper.width - 1, paper.height - 1],
    [0, paper.height - 1],
  ];
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = homography(dest, src);
  const out = new Uint8Array(side * side);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const w = g * x + h * y + 1;
      const sx = (a * x + b * y + c) / w;
      const sy = (d * x + e * y + f) / w;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= paper.width - 1 || y0 >= paper.height - 1) {
        out[y * side + x] = table;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * paper.width + x0;
      const p = paper.data;
      const top = (p[i] ?? 0) * (1 - fx) + (p[i + 1] ?? 0) * fx;
      const bottom = (p[i + paper.width] ?? 0) * (1 - fx) + (p[i + paper.width + 1] ?? 0) * fx;
      out[y * side + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width: side, height: side, data: out };
}

function glareSvg(size: number, glare: NonNullable<PhotoPlan['glare']>): Buffer {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">` +
    `<defs><radialGradient id="g" cx="${glare.x}" cy="${glare.y}" r="${glare.radius}">` +
    `<stop offset="0" stop-color="#fff" stop-opacity="${glare.strength}"/>` +
    `<stop offset="0.3" stop-color="#fff" stop-opacity="${glare.strength}"/>` +
    `<stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  return Buffer.from(svg);
}

type Pipeline = ReturnType<typeof sharp>;

const rawOf = (image: Pipeline) => image.raw().toBuffer({ resolveWithObject: true });

/** JPEG bytes of a photo of the QR `matrix`, made as `plan` says. */
export async function photographCard(
  matrix: QrMatrix,
  plan: PhotoPlan,
  random: Rng,
): Promise<Uint8Array> {
  const photo = photographPaper(printedPaper(matrix, random), plan, random);
  const size = photo.width;
  // A warm white balance, as indoor photos have: the channels differ a little.
  const rgb = Buffer.alloc(size * size * 3);
  for (let i = 0; i < photo.data.length; i++) {
    const v = photo.data[i] ?? 0;
    rgb[i * 3] = v;
    rgb[i * 3 + 1] = Math.round(v * 0.97);
    rgb[i * 3 + 2] = Math.round(v * 0.9);
  }
  const raw = { width: size, height: size, channels: 3 } as const;
  let image = sharp(rgb, { raw });
  if (plan.contrast !== 1) {
    const offset = 128 * (1 - plan.contrast) + plan.brightness;
    image = sharp((await rawOf(image.linear(plan.contrast, offset))).data, { raw });
  }
  if (plan.glare !== null) {
    const lit = image.composite([{ input: glareSvg(size, plan.glare), blend: 'screen' }]);
    image = sharp((await rawOf(lit.removeAlpha())).data, { raw });
  }
  if (plan.blurSigma > 0) image = sharp((await rawOf(image.blur(plan.blurSigma))).data, { raw });
  const width = Math.max(1, Math.round(size * plan.scale));
  const jpeg = await image.resize(width, width).jpeg({ quality: plan.jpegQuality }).toBuffer();
  return new Uint8Array(jpeg);
}
