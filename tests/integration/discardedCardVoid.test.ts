import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerialNumber } from '../../src/core/contract/number';
import type { StaffId } from '../../src/core/ids';
import type { Snils } from '../../src/core/person/snils';
import { searchCertificates } from '../../src/register/admin/certificateSearch';
import { newId } from '../../src/core/ids';
import { readCardVoids } from '../../src/storage/cardVoids';
import { discardRejected } from '../../src/storage/refusedRecords';
import { listSyncProblems } from '../../src/storage/syncProblems';
import { testDatabases } from '../support/databases';
import { tabletKey } from '../support/signedCards';
import type { StatementChain } from '../support/statementChain';
import { acceptExampleKit, chainCertificate, writeStatementChain } from '../support/statementChain';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';

// A certificate the register refused for a reason a fix might cure (here its author is not
// on the register's staff) stays on «Расхождения» until someone sends it again or an
// administrator discards it. Its card is in the citizen's hands all along. Discarding it now
// asks the register to void that card (core/protocol/cardVoid.ts); before, the discarded
// certificate's QR admitted its holder at every door for ever.

describe.each(testDatabases())('a discarded certificate’s card on $engine', (database) => {
  let suite: SyncSuite;
  let a: SimTablet;
  let b: SimTablet;
  let kidOfB: string;

  const certificateOn = (tablet: SimTablet, chain: StatementChain, rid: string) =>
    chainCertificate(tablet, chain, suite.register.db, suite.staff.commission, rid);

  async function ridsOf(kid: string): Promise<string[]> {
    const response = await fetch(`${suite.register.url}/.well-known/crl/${kid}.json`);
    if (response.status === 404) return [];
    return ((await response.json()) as { rids: string[] }).rids;
  }

  const asAdmin = () => ({
    staffId: suite.staff.admin as StaffId,
    displayName: 'Администратор',
    role: 'admin' as const,
    now: () => new Date(),
  });

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    a = await suite.tablet('discard-A');
    b = await suite.tablet('discard-B');
    await acceptExampleKit(suite.register.db, b.clinicId);
    kidOfB = (await tabletKey(b)).publicJwk.kid;
  });

  afterAll(async () => {
    await suite.close();
  });

  it('has the register void the card of a certificate an administrator discarded', async () => {
    const chain = await writeStatementChain(b, suite.staff.admin);
    expect((await b.engine.syncNow()).lastError).toBeNull();
    const stranger = newId<StaffId>(
      () => new Date(),
      (n) => crypto.getRandomValues(new Uint8Array(n)),
    );
    const certificate = {
      ...(await certificateOn(b, chain, 'DiscardedHere')),
      createdBy: stranger,
      number: 'KAM01-T09-2026-000201' as SerialNumber,
    };
    expect((await b.write(certificate, 'commission')).ok).toBe(true);
    expect((await b.engine.syncNow()).lastError).toBeNull();
    expect((await listSyncProblems(b.db)).rejected).toMatchObject([
      {
        recordId: certificate.id,
        reason: 'unknown-author',
        mayPassAfterFix: true,
        cardVoided: false,
      },
    ]);
    // A curable refusal voids nothing by itself: the certificate may yet be sent again.
    expect(await ridsOf(kidOfB)).not.toContain('DiscardedHere');

    const discarded = await discardRejected(b.db, 'certificate', certificate.id, asAdmin());
    expect(discarded).toMatchObject({ ok: true, value: { outcome: 'removed', card: 'voiding' } });
    b.network.requests.length = 0;
    expect((await b.engine.syncNow()).lastError).toBeNull();
    expect(b.network.requests).toContain('/api/sync/card-voids');
    expect(await ridsOf(kidOfB)).toContain('DiscardedHere');
    expect(await readCardVoids(b.db)).toEqual([]);
    expect((await listSyncProblems(b.db)).discarded[0]).toMatchObject({
      recordId: certificate.id,
      card: 'voided',
    });

    // Answered once, asked no more.
    b.network.requests.length = 0;
    expect((await b.engine.syncNow()).lastError).toBeNull();
    expect(b.network.requests).not.toContain('/api/sync/card-voids');

    // The number on the citizen's paper finds the discard at the regional register, and so
    // does the holder's SNILS; the certificate itself the register never held.
    const byNumber = await searchCertificates(suite.register.db, {
      kind: 'number',
      value: certificate.number,
    });
    expect(byNumber.certificates).toEqual([]);
    expect(byNumber.voidedCards).toMatchObject([
      {
        certificateId: certificate.id,
        number: certificate.number,
        clinic: { id: b.clinicId },
        person: { fullName: 'Щербаков Артём Ильич', birthDate: '1985-08-31' },
        issuedAt: certificate.issuedAt,
        why: 'discarded-on-tablet',
        refusal: null,
      },
    ]);
    expect(byNumber.voidedCards[0]?.tabletCode).toMatch(/^T\d+$/);
    const bySnils = await searchCertificates(suite.register.db, {
      kind: 'snils',
      value: '11223344595' as Snils,
    });
    expect(bySnils.voidedCards.map((card) => card.certificateId)).toContain(certificate.id);
  });

  it('voids no card of a certificate the register holds, of another tablet, or of a duplicate', async () => {
    const chain = await writeStatementChain(b, suite.staff.admin);
    const held = await certificateOn(b, chain, 'HeldByRegister');
    expect((await b.write(held, 'commission')).ok).toBe(true);
    expect((await b.engine.syncNow()).lastError).toBeNull();
    const ofB = await certificateOn(b, chain, 'SignedOnB');
    const duplicate = {
      ...(await certificateOn(b, chain, 'HeldByRegister')),
      duplicateOf: held.id,
    };
    const sent = await rawSync(suite, a, 'card-voids', {
      protocolVersion: 1,
      tabletId: a.tabletId,
      certificates: [held, ofB, duplicate, { id: held.id, kind: 'certificate' }],
    });
    expect(sent.status).toBe(200);
    expect(sent.json).toEqual({
      protocolVersion: 1,
      answers: [
        { certificateId: held.id, outcome: 'held' },
        { certificateId: ofB.id, outcome: 'not-voidable' },
        { certificateId: duplicate.id, outcome: 'not-voidable' },
        { certificateId: held.id, outcome: 'not-voidable' },
      ],
    });
    // B itself may void its own card of a certificate the register does not hold.
    const own = await rawSync(suite, b, 'card-voids', {
      protocolVersion: 1,
      tabletId: b.tabletId,
      certificates: [held, ofB],
    });
    expect(own.json).toMatchObject({
      answers: [
        { certificateId: held.id, outcome: 'held' },
        { certificateId: ofB.id, outcome: 'voided' },
      ],
    });
    const rids = await ridsOf(kidOfB);
    expect(rids).toContain('SignedOnB');
    expect(rids).not.toContain('HeldByRegister');
    // Asked again, the card is voided once: one entry, one row for the administrator.
    const again = await rawSync(suite, b, 'card-voids', {
      protocolVersion: 1,
      tabletId: b.tabletId,
      certificates: [ofB],
    });
    expect(again.json).toMatchObject({ answers: [{ certificateId: ofB.id, outcome: 'voided' }] });
    expect((await ridsOf(kidOfB)).filter((rid) => rid === 'SignedOnB')).toHaveLength(1);
    const rows = await suite.register.db.kysely
      .selectFrom('voided_card')
      .select(['certificate_id', 'reason'])
      .where('certificate_id', 'in', [held.id, ofB.id, duplicate.id])
      .execute();
    expect(rows).toEqual([{ certificate_id: ofB.id, reason: 'discarded-on-tablet' }]);
  });

  it('refuses a request in another tablet’s name, or without certificates', async () => {
    const forOther = await rawSync(suite, a, 'card-voids', {
      protocolVersion: 1,
      tabletId: b.tabletId,
      certificates: [
        {
          id: newId(
            () => new Date(),
            (n) => crypto.getRandomValues(new Uint8Array(n)),
          ),
        },
      ],
    });
    expect(forOther.status).toBe(403);
    const empty = await rawSync(suite, a, 'card-voids', {
      protocolVersion: 1,
      tabletId: a.tabletId,
      certificates: [],
    });
    expect(empty.status).toBe(400);
  });
});
