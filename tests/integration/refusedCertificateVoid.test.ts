import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerialNumber } from '../../src/core/contract/number';
import type { CertificateRecord } from '../../src/core/records/certificate';
import { searchCertificates } from '../../src/register/admin/certificateSearch';
import { stderrLogger } from '../../src/cli/register/stderrLogger';
import { voidRefusedCertificate } from '../../src/register/sync/voidRefusedCertificate';
import { listSyncProblems } from '../../src/storage/syncProblems';
import { testDatabases } from '../support/databases';
import { forgedCard, tabletKey } from '../support/signedCards';
import type { StatementChain } from '../support/statementChain';
import { acceptExampleKit, chainCertificate, writeStatementChain } from '../support/statementChain';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';

// A certificate's card is signed on the tablet and handed over before the register sees it.
// When the register refuses the certificate for good — here, its case was closed by a fraud
// revocation while the issuing tablet was offline — the card would still admit its holder at
// any door; the register now lists it on its key's CRL (voidRefusedCertificate.ts). A refusal
// a fix may cure, a card the register already holds and a forged card void nothing.

const silentLog = stderrLogger({ out: () => undefined, err: () => undefined });

describe.each(testDatabases())('a certificate refused for good on $engine', (database) => {
  let suite: SyncSuite;
  let a: SimTablet;
  let b: SimTablet;
  let kidOfB: string;

  const certificateOn = (tablet: SimTablet, chain: StatementChain, rid: string, card?: string) =>
    chainCertificate(
      tablet,
      chain,
      suite.register.db,
      suite.staff.commission,
      rid,
      card === undefined ? {} : { shcJws: card },
    );

  async function ridsOf(kid: string): Promise<string[]> {
    const response = await fetch(`${suite.register.url}/.well-known/crl/${kid}.json`);
    if (response.status === 404) return [];
    return ((await response.json()) as { rids: string[] }).rids;
  }

  const tabletCodeOf = async (tablet: SimTablet) =>
    (
      await suite.register.db.kysely
        .selectFrom('tablet')
        .select('code')
        .where('id', '=', tablet.tabletId)
        .executeTakeFirstOrThrow()
    ).code;

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    a = await suite.tablet('void-A');
    b = await suite.tablet('void-B');
    await acceptExampleKit(suite.register.db, a.clinicId);
    kidOfB = (await tabletKey(b)).publicJwk.kid;
  });

  afterAll(async () => {
    await suite.close();
  });

  it('lists the card of a certificate issued offline on a case closed meanwhile', async () => {
    const chain = await writeStatementChain(a, suite.staff.admin);
    const first = await certificateOn(a, chain, 'FirstOfCase');
    expect((await a.write(first, 'commission')).ok).toBe(true);
    expect((await a.engine.syncNow()).lastError).toBeNull();
    // Tablet B holds the case, then goes offline; the first certificate is revoked for fraud.
    expect((await b.engine.syncNow()).lastError).toBeNull();
    const revoked = await fetch(`${suite.register.url}/api/certificates/${first.id}/revocation`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${suite.adminToken}`,
      },
      body: JSON.stringify({ reason: 'fraud', note: 'Подложный паспорт' }),
    });
    expect(revoked.status).toBe(201);

    // B, unaware, issues another certificate on the case: its rules see nothing against it.
    const second = {
      ...(await certificateOn(b, chain, 'IssuedOffline')),
      number: 'KAM01-T09-2026-000301' as SerialNumber,
    };
    expect((await b.write(second, 'commission')).ok).toBe(true);
    expect(await ridsOf(kidOfB)).not.toContain('IssuedOffline');
    await b.engine.syncNow();
    expect((await listSyncProblems(b.db)).rejected).toMatchObject([
      {
        recordId: second.id,
        reason: 'statement-certificate-revoked',
        mayPassAfterFix: false,
        cardVoided: true,
      },
    ]);
    expect(await ridsOf(kidOfB)).toContain('IssuedOffline');

    // The regional administrator, given the paper's number, learns why its QR is refused.
    const found = await searchCertificates(suite.register.db, {
      kind: 'number',
      value: second.number,
    });
    expect(found.certificates).toEqual([]);
    expect(found.voidedCards).toEqual([
      {
        certificateId: second.id,
        number: second.number,
        clinic: expect.objectContaining({ id: b.clinicId }) as unknown,
        person: { fullName: 'Щербаков Артём Ильич', birthDate: '1985-08-31' },
        issuedAt: second.issuedAt,
        tabletCode: await tabletCodeOf(b),
        why: 'refused-by-register',
        refusal: 'statement-certificate-revoked',
        voidedAt: expect.any(String) as unknown,
      },
    ]);
  });

  it('voids nothing for a refusal a fix may cure, a certificate the register holds, or a forged card', async () => {
    const chain = await writeStatementChain(b, suite.staff.admin);
    expect((await b.engine.syncNow()).lastError).toBeNull();
    const at = new Date();
    const curable = await certificateOn(b, chain, 'MayPassLater');
    const refusal = (reason: string, certificate: CertificateRecord) =>
      voidRefusedCertificate(
        suite.register.db,
        globalThis.crypto.subtle,
        { reason, certificate },
        b.tabletId,
        at,
        silentLog,
      );
    expect(await refusal('certificate-checklist-failed', curable)).toBe('not-voided');
    expect(await ridsOf(kidOfB)).not.toContain('MayPassLater');

    const held = await certificateOn(b, chain, 'AcceptedOnce');
    expect((await b.write(held, 'commission')).ok).toBe(true);
    expect((await b.engine.syncNow()).lastError).toBeNull();
    expect(await refusal('statement-withdrawn', held)).toBe('not-voided');

    const forged = await certificateOn(b, chain, 'Forged', await forgedCard(b, 'Forged'));
    expect(await refusal('statement-withdrawn', forged)).toBe('not-voided');
    expect(await ridsOf(kidOfB)).not.toContain('AcceptedOnce');
    expect(await ridsOf(kidOfB)).not.toContain('Forged');

    // The same curable certificate, refused for good instead: the reason is what voids it.
    expect(await refusal('statement-withdrawn', curable)).toBe('voided');
    expect(await ridsOf(kidOfB)).toContain('MayPassLater');
  });
});
