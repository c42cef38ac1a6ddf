import { z } from 'zod';

// What SeroDesk's register adds to each key's SMART Health Card CRL, kept with the cached CRL
// so the verifier can say when the list was made and when and why a card was revoked
// (members other SHC verifiers ignore; src/register/trust/crlDetails.ts writes them):
//
//   {"kid":"3Kfd…","method":"rid","ctr":2,"rids":["Qw8x…"],
//    "updatedAt":"2026-12-01T02:10:00.000Z",
//    "revocations":{"Qw8x…":{"at":"2026-11-30T10:00:00.000Z","reason":"error"}}}
//
// Both are optional and informational: a CRL without them (another issuer, an older
// register) still revokes by its `rids`; unreadable extras are ignored, never the CRL.

export type RevocationDetail = { readonly at: string; readonly reason?: string };

export type CrlDetails = {
  /** When the register last changed this list, ISO time. */
  readonly updatedAt?: string;
  readonly revocations: ReadonlyMap<string, RevocationDetail>;
};

const detailsSchema = z.object({
  updatedAt: z.iso.datetime().optional(),
  revocations: z
    .record(z.string(), z.object({ at: z.iso.datetime(), reason: z.string().max(40).optional() }))
    .optional(),
});

export function readCrlDetails(json: unknown): CrlDetails {
  const parsed = detailsSchema.safeParse(json);
  if (!parsed.success) return { revocations: new Map() };
  const { updatedAt, revocations = {} } = parsed.data;
  const entries = Object.entries(revocations).map(([rid, detail]): [string, RevocationDetail] => [
    rid,
    detail.reason === undefined ? { at: detail.at } : { at: detail.at, reason: detail.reason },
  ]);
  return { ...(updatedAt === undefined ? {} : { updatedAt }), revocations: new Map(entries) };
}
