// SMART Health Cards for SeroDesk: issuing on the tablet, verifying on any device (see
// docs/SHC.md). Everything here is pure: WebCrypto's SubtleCrypto, the clock and the signer
// are passed in.
export { generateSigningKey, signerFor, type Signer, type SigningKey } from './signingKey';
export {
  jwkThumbprint,
  parseJwks,
  toEcPublicJwk,
  type EcPublicJwk,
  type Jwks,
  type Kid,
} from './jwk';
export {
  buildCardPayload,
  issueErrorMessages,
  issueHealthCard,
  ridFromBytes,
  type CertificateCardInput,
  type IssuedCard,
  type IssueError,
} from './issueCard';
export type { CertificatePatient, CertificateTest } from './certificateBundle';
export {
  ANTIBODY_TESTS,
  DETECTED,
  NOT_DETECTED,
  type AntibodyResult,
  type AntibodyTestLoinc,
} from './valueSets';
export {
  MAX_JWS_LENGTH_EC_M,
  MAX_QR_VERSION,
  MAX_SINGLE_QR_JWS_LENGTH,
  toQrSegments,
  type QrErrorCorrection,
  type QrPlan,
} from './qrSegments';
export { pngDataUrl, qrMatrix, renderQrPng, renderQrSvg, type QrMatrix } from './qrRender';
export { decodeNumeric, encodeNumeric, type NumericQr } from './numeric';
export {
  HEALTH_CARD_FILE_EXTENSION,
  HEALTH_CARD_FILE_MEDIA_TYPE,
  parseHealthCardFile,
  toHealthCardFile,
} from './healthCardFile';
export { checkRevocation, parseCrl, type Crl, type IssuerTrust, type TrustList } from './trustList';
export {
  checkCrl,
  checkIssuerTrust,
  checkJwks,
  refusalMessage,
  type CrlRule,
  type IssuerTrustChecked,
  type IssuerTrustDocuments,
  type JwksRule,
  type TrustDocumentCheck,
  type TrustDocumentRefusal,
  type TrustDocumentRule,
} from './trustDocuments';
export { verifyHealthCard, verifyInputs, type VerifyContext } from './verifyHealthCard';
export { DEFAULT_NBF_TOLERANCE_SECONDS } from './verifyJws';
export {
  REASON_VERDICT,
  verdictOf,
  type CardKind,
  type CardSubject,
  type CardTestResult,
  type Verdict,
  type VerdictReason,
  type Verification,
  type VerificationWarning,
  type WarningCode,
} from './verdict';
export { verdictMessages, warningMessages } from './verdictMessages';
