import { writeFileSync } from 'node:fs';

// A .y4m clip for Chromium's fake camera (--use-file-for-fake-video-capture): the QR's
// modules drawn black on white, centred, repeated for a few frames. Chromium loops the clip.
//
//   YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n
//   FRAME\n <W*H luma bytes> <W/2*H/2 Cb bytes> <W/2*H/2 Cr bytes>   (× frames)
export type QrModules = {
  readonly size: number;
  readonly get: (row: number, col: number) => boolean;
};

export function writeQrClip(
  path: string,
  modules: QrModules,
  options: { width?: number; height?: number; frames?: number } = {},
): void {
  const width = options.width ?? 640;
  const height = options.height ?? 480;
  const frames = options.frames ?? 10;
  const quiet = 4;
  const scale = Math.floor(Math.min(width, height) / (modules.size + 2 * quiet));
  const side = scale * modules.size;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);

  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      if (modules.get(Math.floor(y / scale), Math.floor(x / scale))) {
        luma[(top + y) * width + left + x] = 16;
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
