import type { Widen } from '../i18n/widen';
import type { verifierRu } from './messages.ru';

export const verifierEn: Widen<typeof verifierRu> = {
  title: 'QR code check',
  intro: 'Point the camera at the certificate’s QR code. The check runs on this device, offline.',
  checking: 'Checking…',
  camera: {
    start: 'Turn the camera on',
    stop: 'Turn the camera off',
    starting: 'Starting the camera…',
    scanning: 'Point the camera at a QR code',
    preview: 'Camera view',
    torchOn: 'Torch on',
    torchOff: 'Torch off',
    error: {
      denied:
        'No access to the camera. Allow it in the browser’s settings — or upload a photo of the QR code or paste the code’s text below.',
      'no-camera': 'No camera found. Upload a photo of the QR code or paste the code’s text below.',
      busy: 'Another app is using the camera. Close it and try again — or upload a photo of the QR code.',
      unavailable:
        'This browser gives no camera access (an https address is needed). Upload a photo of the QR code or paste the code’s text below.',
      failed:
        'The camera could not start. Upload a photo of the QR code or paste the code’s text below.',
    },
  },
  upload: {
    label: 'Photo of a QR code, or a .smart-health-card file',
    noCode: 'No QR code found in the image. Take the photo closer and straighter.',
    unreadable: 'The file could not be read.',
  },
  paste: {
    label: 'Code text: shc:/…, a JWS, or a .smart-health-card file’s content',
    submit: 'Check',
    empty: 'Paste the code’s text',
  },
  trust: {
    heading: 'Trusted keys and rules',
    updated: 'Trust list updated {{age}}',
    none: 'No trust list yet. Connect to the network once to download it: without it no certificate can be checked.',
    stale:
      'The list is older than {{limit}}: revoked certificates may look valid. Connect and update it.',
    loading: 'Loading the trust list…',
    refresh: 'Update the list',
    refreshing: 'Updating the list…',
    auto: 'Updates itself while online.',
    policy: 'Admission rules: version {{version}}, {{region}}',
    policyDefault: 'Admission rules: built-in (version {{version}}); the register sent none',
    revocations: 'Revoked certificates: {{count}}; revocation list changed {{time}}',
    revocationsNone: 'No certificate revoked',
    revocationKey: 'key {{kid}}…: ctr {{ctr}}, {{time}}',
    revocationKeys: 'Revocation lists by key',
    failed: {
      offline: 'Offline — checking against the saved list.',
      timeout: 'The register did not answer in time — checking against the saved list.',
      network: 'The register cannot be reached — checking against the saved list.',
      'unreadable-response':
        'The register sent an unreadable answer — checking against the saved list. Tell the administrator.',
      'register-refused':
        'The register refused the request — checking against the saved list. Tell the administrator.',
      'jwks-refused':
        'Update failed: the register sent an invalid key set — checking against the saved list. Tell the administrator.',
      'crl-refused':
        'Update failed: the register sent an invalid revocation list — checking against the saved list. Tell the administrator.',
      'crl-missing':
        'Update failed: the register did not send a revocation list it announced — checking against the saved list.',
      'policy-invalid':
        'Update failed: the register sent invalid admission rules — checking against the saved list. Tell the administrator.',
      'issuer-invalid': 'The register named an invalid issuer address. Tell the administrator.',
      storage: 'The list could not be saved on this device: browser storage is unavailable.',
    },
  },
  verdict: {
    headline: {
      admit: 'Admit',
      caution: 'Check carefully',
      notAdmitted: 'Does not admit',
      expired: 'Expired',
      revoked: 'Revoked',
      invalid: 'Not valid',
      unsupported: 'Cannot check',
    },
    action: {
      notAdmitted: 'Do not admit on this certificate: it does not grant entry.',
      expired: 'Do not admit on this certificate: it has expired.',
      revoked: 'Do not admit on this certificate: it has been revoked.',
      invalid: 'Do not admit on this code: the certificate failed the check.',
      unsupported: 'Entry not confirmed by this code: it is not a certificate this app can check.',
    },
    validThrough: 'Valid through {{date}} inclusive',
    endedSince: 'Not valid since {{date}}',
    revokedOn: 'Revoked on {{date}}',
    revokedOnBecause: 'Revoked on {{date}}: {{reason}}',
    revocationReason: {
      correction: 'a corrected certificate was issued',
      error: 'error in the certificate',
      fraud: 'false information',
      'withdrawn-by-citizen': 'at the citizen’s request',
    },
    compareId: 'Compare with an identity document',
    name: 'Name',
    birthDate: 'Date of birth',
    result: 'Result',
    detected: 'Antibodies detected',
    notDetected: 'Antibodies not detected',
    immunization: 'COVID-19 vaccination',
    test: 'Test',
    testDate: 'Sample date',
    performer: 'Performed by',
    issued: 'Certificate issued',
    policy: 'Admission rules',
    policyVersion: 'version {{version}}',
    warnings: 'Attention',
    staleTrust:
      'The trust list is out of date: a revocation of this certificate may not have reached this device.',
    scanNext: 'Scan next',
  },
};
