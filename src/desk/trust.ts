// The verifier's cached trust list (issuers' keys and revocation lists) as the screens read
// it; refreshing it from the register is src/sync/trustList.ts.
export type { CachedTrust } from '../storage/trustStore';
export { loadTrustList } from '../storage/trustStore';
export type { RevocationDetail } from '../storage/crlDetails';
