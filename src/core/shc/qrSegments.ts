// How a card becomes one QR code (SHC "Encoding QRs" and the QR FAQ): two segments, byte mode
// "shc:/" then numeric mode for the digits, at most version 22 (105×105 modules, printable at
// 40 mm). Error correction M whenever the JWS fits (≤ 927 characters), else L (≤ 1195).
// Chunking into several QRs is deprecated and never produced here.
import { create, type QRCodeSegment } from 'qrcode';
import { fail, ok, type Result } from '../result';
import { jwsToDigits, SHC_PREFIX } from './numeric';
import { MAX_JWS_LENGTH_EC_M, MAX_QR_VERSION, MAX_SINGLE_QR_JWS_LENGTH } from './qrLimits';

export { MAX_JWS_LENGTH_EC_M, MAX_QR_VERSION, MAX_SINGLE_QR_JWS_LENGTH };

export type QrErrorCorrection = 'M' | 'L';

export type QrPlan = {
  readonly segments: QRCodeSegment[];
  readonly errorCorrectionLevel: QrErrorCorrection;
  /** The smallest version that holds the segments at that level (1–22). */
  readonly version: number;
  /** The `shc:/…` text a scanner reads back. */
  readonly text: string;
};

export type QrError = 'too-large-for-qr';

/**
 * The mask every code is drawn with. qrcode otherwise draws the code under all 8 masks and
 * scores each (ISO 18004's penalty rules), which was ~90 % of a render: 28 ms against 3 ms for
 * a version-21 code in Node, three renders per issued certificate (issue #14). The penalties
 * guard against finder-like or blotchy patterns; on a card's digits (near random) mask 4 scored
 * on average 3 % and at worst 15 % above the best mask over 60 random cards, and any decoder
 * reads any mask (the mask is stated in the code's format bits).
 */
export const QR_MASK_PATTERN = 4;

export function toQrSegments(jws: string): Result<QrPlan, QrError> {
  if (jws.length > MAX_SINGLE_QR_JWS_LENGTH) return fail('too-large-for-qr', `${jws.length}`);
  const digits = jwsToDigits(jws);
  const segments: QRCodeSegment[] = [
    { data: new TextEncoder().encode(SHC_PREFIX), mode: 'byte' },
    { data: digits, mode: 'numeric' },
  ];
  const errorCorrectionLevel: QrErrorCorrection = jws.length <= MAX_JWS_LENGTH_EC_M ? 'M' : 'L';
  // The version does not depend on the mask: one mask keeps this check cheap.
  const { version } = create(segments, { errorCorrectionLevel, maskPattern: QR_MASK_PATTERN });
  if (version > MAX_QR_VERSION) return fail('too-large-for-qr', `version ${version}`);
  return ok({ segments, errorCorrectionLevel, version, text: SHC_PREFIX + digits });
}
