// Why the camera did not start, from the DOMException getUserMedia rejects with, so the
// screen can say what to do (allow access, free the camera, use upload or paste instead).
export type CameraError = 'denied' | 'no-camera' | 'busy' | 'unavailable' | 'failed';

export function cameraErrorOf(error: unknown): CameraError {
  const name = error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'no-camera';
    case 'NotReadableError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

/** getUserMedia exists only in secure contexts (https, localhost). */
export function hasCameraApi(): boolean {
  // Typed as always present, but absent over plain http.
  return 'mediaDevices' in navigator && typeof navigator.mediaDevices.getUserMedia === 'function';
}
