// The camera as a stream of QR codes: getUserMedia into a <video>, a frame copied to a canvas
// whenever the decoder is free, every code read handed on. This is the part of @zxing/browser
// the verifier used; it is small enough to own (docs/DECISIONS.md, "QR decoding").
import type { RgbaImage } from './qrDecoder';

export type ScanControls = {
  readonly stop: () => void;
  /** Present only when the camera reports a torch it can switch. */
  readonly switchTorch?: (on: boolean) => Promise<void>;
};

export type ScanOptions = {
  readonly decode: (image: RgbaImage) => Promise<string | null>;
  readonly onCode: (text: string) => void;
  /** Pause after a frame without a code, and after a code (the card is still in view). */
  readonly idleMs: number;
  readonly afterCodeMs: number;
};

// Decoding time grows with the pixels: a 1920-px frame has 2.25 times those of a 1280-px one,
// and a card held up to the camera fills enough of the smaller frame.
const MAX_FRAME_SIDE = 1280;
// A frame that fails to decode (not "no code": the decoder itself failed, e.g. its .wasm did
// not load) is retried slowly, so a broken decoder is not fetched again several times a second.
const AFTER_ERROR_MS = 3000;

// The torch is a camera capability Chromium reports but the DOM typings do not list yet.
type TorchCapabilities = MediaTrackCapabilities & { readonly torch?: boolean };
type TorchConstraints = MediaTrackConstraintSet & { readonly torch?: boolean };

/**
 * Starts the camera that matches `constraints` in `video` and decodes frames until `stop`.
 * Rejects with getUserMedia's DOMException when the camera does not start.
 */
export async function startVideoScan(
  constraints: MediaStreamConstraints,
  video: HTMLVideoElement,
  options: ScanOptions,
): Promise<ScanControls> {
  const stream = await navigator.mediaDevices.getUserMedia(constraints);
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    video.srcObject = stream;
    await video.play();
  } catch (error) {
    stop();
    throw error;
  }

  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const scanFrame = async (): Promise<number> => {
    const frame = context === null ? null : grabFrame(video, canvas, context);
    if (frame === null) return options.idleMs;
    const text = await options.decode(frame);
    if (text === null || stopped) return options.idleMs;
    options.onCode(text);
    return options.afterCodeMs;
  };
  // One frame at a time: the next is taken only after the previous one is decoded.
  const loop = () => {
    if (stopped) return;
    scanFrame().then(
      (pause) => {
        if (!stopped) timer = setTimeout(loop, pause);
      },
      (error: unknown) => {
        console.warn('A camera frame could not be decoded', error);
        if (!stopped) timer = setTimeout(loop, AFTER_ERROR_MS);
      },
    );
  };
  loop();

  const track = stream.getVideoTracks()[0];
  // Older Firefox has no getCapabilities; without it no torch is offered.
  const capabilities: TorchCapabilities =
    track !== undefined && 'getCapabilities' in track ? track.getCapabilities() : {};
  if (track === undefined || capabilities.torch !== true) return { stop };
  return {
    stop,
    switchTorch: (on) => {
      const torch: TorchConstraints = { torch: on };
      return track.applyConstraints({ advanced: [torch] });
    },
  };
}

function grabFrame(
  video: HTMLVideoElement,
  canvas: HTMLCanvasElement,
  context: CanvasRenderingContext2D,
): RgbaImage | null {
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) return null;
  const scale = Math.min(1, MAX_FRAME_SIDE / Math.max(video.videoWidth, video.videoHeight));
  const width = Math.round(video.videoWidth * scale);
  const height = Math.round(video.videoHeight * scale);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  context.drawImage(video, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}
