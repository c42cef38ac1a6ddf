import type { CertificateCardInput } from '../../src/core/shc/issueCard';
import { issueHealthCard } from '../../src/core/shc/issueCard';
import type { Kid } from '../../src/core/shc/jwk';
import type { SigningKey } from '../../src/core/shc/signingKey';
import { generateSigningKey, signerFor } from '../../src/core/shc/signingKey';
import { loadSigningKey } from '../../src/storage/tablet';
import { certificateInput } from '../fixtures/shc/testIssuer';
import type { SimTablet } from './tablets';

// Signed cards for register suites, made as the desk makes them: core's issueHealthCard with
// a simulated tablet's own enrolled key (the register refuses a certificate whose card it
// cannot verify with a key of the pushing clinic). Forgeries sign with a stray key instead.

const subtle = globalThis.crypto.subtle;

export async function tabletKey(tablet: SimTablet): Promise<SigningKey> {
  const key = await loadSigningKey(tablet.db);
  if (key === undefined) throw new Error(`tablet ${tablet.name} has no signing key`);
  return key;
}

async function sign(
  key: SigningKey,
  kid: Kid,
  overrides: Partial<CertificateCardInput>,
): Promise<string> {
  const issued = await issueHealthCard(
    certificateInput(overrides),
    kid,
    signerFor(subtle, key.privateKey),
  );
  if (!issued.ok) throw new Error(`issueHealthCard: ${issued.reason}`);
  return issued.value.jws;
}

/** A card with this rid, signed with the tablet's own key, as its desk would issue it. */
export async function tabletCard(
  tablet: SimTablet,
  rid: string,
  overrides: Partial<CertificateCardInput> = {},
): Promise<string> {
  const key = await tabletKey(tablet);
  return sign(key, key.publicJwk.kid, { rid, ...overrides });
}

/** A card that names the tablet's kid but is signed with a key nobody enrolled: a forgery. */
export async function forgedCard(tablet: SimTablet, rid: string): Promise<string> {
  const stray = await generateSigningKey(subtle);
  return sign(stray, (await tabletKey(tablet)).publicJwk.kid, { rid });
}
