// The tablet's signing key: ECDSA P-256 made by WebCrypto as non-extractable, so the private
// part never leaves the device (it is stored as a CryptoKey in IndexedDB by storage). The
// public JWK and its thumbprint (the kid) are what the register enrols and publishes.
import { jwkThumbprint, type EcPublicJwk } from './jwk';

/** Signs the JWS signing input; resolves to the raw 64-byte r‖s (what WebCrypto returns). */
export type Signer = (data: Uint8Array) => Promise<Uint8Array>;

export type SigningKey = {
  readonly privateKey: CryptoKey;
  readonly publicJwk: EcPublicJwk;
};

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export async function generateSigningKey(subtle: SubtleCrypto): Promise<SigningKey> {
  const pair = await subtle.generateKey(ECDSA_P256, false, ['sign', 'verify']);
  // WebCrypto keeps public keys exportable whatever `extractable` says; only the private key is locked.
  const exported = await subtle.exportKey('jwk', pair.publicKey);
  const { x, y } = exported;
  if (x === undefined || y === undefined) throw new Error('exported P-256 key has no x/y');
  const kid = await jwkThumbprint(subtle, { kty: 'EC', crv: 'P-256', x, y });
  return {
    privateKey: pair.privateKey,
    publicJwk: { kty: 'EC', crv: 'P-256', x, y, kid, use: 'sig', alg: 'ES256' },
  };
}

export function signerFor(subtle: SubtleCrypto, privateKey: CryptoKey): Signer {
  return async (data) =>
    new Uint8Array(
      await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, new Uint8Array(data)),
    );
}
