// How long a JWS one QR code holds (see qrSegments.ts for the encoding). Kept apart from the
// encoder so that the record schemas and the issuer can check lengths without importing the
// qrcode library: the desk's first chunk then carries no QR encoder (issue #14).
export const MAX_QR_VERSION = 22;
export const MAX_JWS_LENGTH_EC_M = 927;
export const MAX_SINGLE_QR_JWS_LENGTH = 1195;
