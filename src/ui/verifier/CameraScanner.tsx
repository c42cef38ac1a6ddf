import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraError } from './cameraError';
import { cameraErrorOf, hasCameraApi } from './cameraError';
import { decodeQr, loadQrDecoder } from './qrDecoder';
import type { ScanControls } from './videoScan';
import { startVideoScan } from './videoScan';

type CameraState =
  | { readonly state: 'starting' }
  | { readonly state: 'scanning'; readonly controls: ScanControls }
  | { readonly state: 'error'; readonly error: CameraError };

// Frequent attempts keep a scan well under a second; a frame is taken only once the previous
// one is decoded, so a slow phone decodes fewer frames rather than queueing them.
const SCAN_PAUSE = { idleMs: 80, afterCodeMs: 400 };

/**
 * The rear camera (when there is one) decoding continuously; every code read is handed to
 * `onCode`. The camera is released when this unmounts, e.g. while a verdict is shown.
 * `errorTexts` names the i18n group whose messages say what to do when the camera fails:
 * the verifier's point to its photo upload and paste box, the desk's receipt form's to its
 * typed fields.
 */
export function CameraScanner({
  onCode,
  errorTexts = 'verifier.camera.error',
}: {
  readonly onCode: (text: string) => void;
  readonly errorTexts?: 'verifier.camera.error' | 'desk.receipt.cameraError';
}) {
  const { t } = useTranslation();
  const frameRef = useRef<HTMLDivElement>(null);
  const onCodeRef = useRef(onCode);
  const [camera, setCamera] = useState<CameraState>(() =>
    hasCameraApi() ? { state: 'starting' } : { state: 'error', error: 'unavailable' },
  );
  const [torchOn, setTorchOn] = useState(false);
  const cameraAvailable = camera.state !== 'error';

  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    const frame = frameRef.current;
    if (frame === null || !cameraAvailable) return;
    // A video element of its own per start: stop() clears the element it was given, and a
    // stop that lands late (React runs effects twice in development) must not blank the
    // element a newer start is using.
    const video = document.createElement('video');
    video.className = 'camera-video';
    video.muted = true;
    video.playsInline = true;
    video.setAttribute('aria-label', t('verifier.camera.preview'));
    frame.append(video);
    let released = false;
    let controls: ScanControls | null = null;
    // The decoder loads while the camera starts (the permission prompt alone takes longer).
    loadQrDecoder().catch((error: unknown) => {
      console.warn('The QR decoder did not load', error);
    });
    startVideoScan({ video: { facingMode: { ideal: 'environment' } } }, video, {
      ...SCAN_PAUSE,
      decode: decodeQr,
      onCode: (text) => {
        if (!released) onCodeRef.current(text);
      },
    }).then(
      (started) => {
        if (released) {
          started.stop();
          return;
        }
        controls = started;
        setCamera({ state: 'scanning', controls: started });
      },
      (error: unknown) => {
        console.warn('The camera did not start', error);
        if (!released) setCamera({ state: 'error', error: cameraErrorOf(error) });
      },
    );
    return () => {
      released = true;
      controls?.stop();
      video.remove();
    };
  }, [cameraAvailable, t]);

  const switchTorch = camera.state === 'scanning' ? camera.controls.switchTorch : undefined;
  const toggleTorch = () => {
    if (switchTorch === undefined) return;
    const next = !torchOn;
    switchTorch(next).then(
      () => {
        setTorchOn(next);
      },
      (error: unknown) => {
        console.warn('The torch did not switch', error);
      },
    );
  };

  return (
    <div className="camera" data-testid="camera" data-state={camera.state}>
      {camera.state === 'error' ? (
        <p
          role="alert"
          className="camera-error"
          data-testid="camera-error"
          data-error={camera.error}
        >
          {t(`${errorTexts}.${camera.error}`)}
        </p>
      ) : (
        <>
          <div ref={frameRef} className="camera-frame" />
          <p role="status" className="camera-hint">
            {camera.state === 'starting'
              ? t('verifier.camera.starting')
              : t('verifier.camera.scanning')}
          </p>
          {switchTorch !== undefined && (
            <button type="button" className="torch" aria-pressed={torchOn} onClick={toggleTorch}>
              {torchOn ? t('verifier.camera.torchOff') : t('verifier.camera.torchOn')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
