import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateId, ClinicId, RevocationId, StaffId } from '../../src/core/ids';
import { newId } from '../../src/core/ids';
import type { StaffRole } from '../../src/core/protocol/session';
import type { OpAnswer } from '../../src/core/protocol/sync';
import { pushResponseSchema, SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import type { CertificateRecord } from '../../src/core/records/certificate';
import type { SerialNumber } from '../../src/core/contract/number';
import { exampleCertificate, exampleRevocation } from '../../src/core/records/examples';
import type { ClinicRecord } from '../../src/core/records/record';
import type { RevocationRecord } from '../../src/core/records/revocation';
import { hashPassword } from '../../src/register/auth/password';
import { newId as registerId } from '../../src/register/ids';
import { writeVersion } from '../../src/register/sync/recordStore';
import { nextSeq } from '../../src/register/sync/seqCounter';
import { testDatabases } from '../support/databases';
import { forgedCard, tabletCard, tabletKey } from '../support/signedCards';
import { acceptExampleKit, appointCommission, statementChain } from '../support/statementChain';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { addClinic, makeTablet, newPerson, signInStaff } from '../support/tablets';

// Only the issuing clinic, only the right role (issue #9): the register verifies every pushed
// certificate's signed card against the pushing clinic's tablet keys, accepts revocations of
// that clinic's certificates only (by push and by POST /api/certificates/:id/revocation) and
// never lists another clinic's rid on a key's CRL, lets a registrar write a certificate only
// as a true duplicate, and refuses an op id reused for other content — on every engine.

const random = (n: number) => new Uint8Array(randomBytes(n));

type Clinic = {
  readonly clinicId: string;
  readonly staff: Record<'registrar' | 'commission' | 'admin', string>;
  readonly adminToken: string;
};

/** A staff member straight into the register's tables, as addClinic does for registrars. */
async function addStaff(
  suite: SyncSuite,
  clinicId: string,
  role: StaffRole,
  login: string,
): Promise<string> {
  const id = registerId(() => new Date(), random);
  await suite.register.db.kysely
    .insertInto('staff')
    .values({
      id,
      clinic_id: clinicId,
      login,
      display_name: `${role} ${login}`,
      role,
      password_hash: await hashPassword(`${login}-password`, random),
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

/** A record written straight into the register's tables, as one stored before these checks. */
async function storeDirectly(suite: SyncSuite, record: ClinicRecord): Promise<void> {
  await suite.register.db.kysely.transaction().execute(async (tx) => {
    const seq = await nextSeq(tx);
    await writeVersion(tx, {
      record: { ...record, version: 1 },
      version: 1,
      seq,
      tabletId: 'before-issue-9',
      at: new Date().toISOString(),
      isNew: true,
    });
  });
}

async function push(suite: SyncSuite, tablet: SimTablet, ops: readonly unknown[]) {
  const answer = await rawSync(suite, tablet, 'push', {
    protocolVersion: SYNC_PROTOCOL_VERSION,
    tabletId: tablet.tabletId,
    ops,
  });
  expect(answer.status).toBe(200);
  return pushResponseSchema.parse(answer.json).answers;
}

function op(tablet: SimTablet, record: ClinicRecord, opId: string = newId(tablet.now, random)) {
  return { opId, kind: record.kind, baseVersion: 0, record };
}

async function pushOne(suite: SyncSuite, tablet: SimTablet, record: ClinicRecord) {
  const [answer] = await push(suite, tablet, [op(tablet, record)]);
  if (answer === undefined) throw new Error('no answer');
  return answer;
}

function refusal(answer: OpAnswer) {
  return answer.status === 'rejected' ? answer.reason : `${answer.status} (not refused)`;
}

async function crl(suite: SyncSuite, kid: string) {
  const response = await fetch(`${suite.register.url}/.well-known/crl/${kid}.json`);
  const json = response.status === 200 ? ((await response.json()) as unknown) : null;
  return { status: response.status, json };
}

async function storedIds(suite: SyncSuite): Promise<Set<string>> {
  const rows = await suite.register.db.kysely.selectFrom('clinic_record').select('id').execute();
  return new Set(rows.map((row) => row.id));
}

describe.each(testDatabases())(
  'only the issuing clinic, only the right role, on $engine',
  (database) => {
    let suite: SyncSuite;
    let a: SimTablet;
    let b: SimTablet;
    let home: Clinic;
    let stranger: SimTablet;
    let other: Clinic;
    let kidA: string;

    /**
     * A certificate of the tablet's clinic issued by `commission`, signed on that tablet, of a
     * statement the tablet has pushed first (the rules accept no certificate without one).
     */
    async function certificate(
      tablet: SimTablet,
      commission: string,
      rid: string,
      overrides: Partial<CertificateRecord> = {},
    ): Promise<CertificateRecord> {
      const clinic = tablet === stranger ? other : home;
      const admin = clinic.staff.admin;
      const chain = statementChain(tablet, admin);
      // The clinic's commission, chaired by its commission member (issue #11).
      const taken = await appointCommission(
        suite.register.db,
        tablet.clinicId,
        clinic.staff.commission,
      );
      for (const record of chain.records) {
        expect(await pushOne(suite, tablet, record)).toMatchObject({ status: 'accepted' });
      }
      return exampleCertificate({
        ...chain.certificateFields,
        id: newId<CertificateId>(tablet.now, random),
        clinicId: tablet.clinicId,
        createdBy: commission as StaffId,
        createdAt: tablet.now().toISOString(),
        commissionMemberId: commission as StaffId,
        commission: taken,
        shcJws: await tabletCard(tablet, rid),
        rid,
        ...overrides,
      });
    }

    async function issued(rid: string): Promise<CertificateRecord> {
      const record = await certificate(a, home.staff.commission, rid);
      expect(await pushOne(suite, a, record)).toMatchObject({ status: 'accepted', version: 1 });
      return record;
    }

    function revocationOf(
      target: CertificateRecord,
      clinic: Clinic,
      tablet: SimTablet,
      overrides: Partial<RevocationRecord> = {},
    ): RevocationRecord {
      return exampleRevocation({
        id: newId<RevocationId>(tablet.now, random),
        clinicId: clinic.clinicId as ClinicId,
        createdBy: clinic.staff.commission as StaffId,
        createdAt: tablet.now().toISOString(),
        certificateId: target.id,
        rid: target.rid ?? 'none',
        reason: 'fraud',
        at: tablet.now().toISOString(),
        ...overrides,
      });
    }

    /** A reprint as the desk makes it (src/desk/issueDuplicate.ts), by the registrar. */
    function duplicateOf(original: CertificateRecord, overrides: Partial<CertificateRecord> = {}) {
      return exampleCertificate({
        ...original,
        id: newId<CertificateId>(b.now, random),
        createdBy: home.staff.registrar as StaffId,
        createdAt: b.now().toISOString(),
        duplicateOf: original.id,
        ...overrides,
      });
    }

    beforeAll(async () => {
      suite = await openSyncSuite(database);
      a = await suite.tablet('authority-A');
      b = await suite.tablet('authority-B');
      home = {
        clinicId: a.clinicId,
        staff: suite.staff,
        adminToken: suite.adminToken,
      };
      kidA = (await tabletKey(a)).publicJwk.kid;
      await acceptExampleKit(suite.register.db, a.clinicId);

      const registrar = { login: 'auth-other-registrar', password: 'auth-other-password' };
      const added = await addClinic(suite.register.db, 'AUTH2', registrar);
      const commission = await addStaff(suite, added.clinicId, 'commission', 'auth-other-comm');
      const admin = await addStaff(suite, added.clinicId, 'admin', 'auth-other-admin');
      other = {
        clinicId: added.clinicId,
        staff: { registrar: added.registrarId, commission, admin },
        adminToken: (
          await signInStaff(suite.register.url, 'auth-other-admin', 'auth-other-admin-password')
        ).token,
      };
      const registrarToken = (
        await signInStaff(suite.register.url, registrar.login, registrar.password)
      ).token;
      await acceptExampleKit(suite.register.db, added.clinicId);
      stranger = await makeTablet({
        url: suite.register.url,
        name: 'authority-stranger',
        staffToken: registrarToken,
      });
    });

    afterAll(async () => {
      await suite.close();
    });

    describe('a pushed certificate’s signed card', () => {
      it('is accepted when signed with the key of the tablet that pushes it', async () => {
        await issued('SignedHere01');
      });

      it('is refused when its kid is another clinic’s key, even though the signature is good', async () => {
        const foreign = await certificate(a, home.staff.commission, 'ForeignKid01', {
          shcJws: await tabletCard(stranger, 'ForeignKid01'),
        });
        const answer = await pushOne(suite, a, foreign);
        expect(refusal(answer)).toBe('card-kid-foreign');
        expect(answer.status === 'rejected' ? answer.message.ru : '').toContain('ключом');
        expect((await storedIds(suite)).has(foreign.id)).toBe(false);
      });

      it('is refused when the signature does not verify with the key its kid names', async () => {
        const forged = await certificate(a, home.staff.commission, 'Forged000001', {
          shcJws: await forgedCard(a, 'Forged000001'),
        });
        expect(refusal(await pushOne(suite, a, forged))).toBe('card-signature-invalid');
        expect((await storedIds(suite)).has(forged.id)).toBe(false);
      });

      it('is refused for a new certificate signed on another tablet of the clinic', async () => {
        const elsewhere = await certificate(a, home.staff.commission, 'OtherTablet1', {
          shcJws: await tabletCard(b, 'OtherTablet1'),
        });
        expect(refusal(await pushOne(suite, a, elsewhere))).toBe('card-kid-other-tablet');
      });

      it('is refused when missing, or when the record’s rid is not the card’s', async () => {
        const unsigned = await certificate(a, home.staff.commission, 'Unsigned0001');
        delete unsigned.shcJws;
        delete unsigned.rid;
        expect(refusal(await pushOne(suite, a, unsigned))).toBe('certificate-unsigned');
        const mismatched = await certificate(a, home.staff.commission, 'RecordRid001', {
          shcJws: await tabletCard(a, 'CardRid00001'),
        });
        expect(refusal(await pushOne(suite, a, mismatched))).toBe('card-rid-mismatch');
      });
    });

    describe('revocations', () => {
      it('refuses another clinic’s tablet revoking this clinic’s certificate, and leaves the CRL as it was', async () => {
        const revokedHere = await issued('RevokedHere1');
        expect(await pushOne(suite, a, revocationOf(revokedHere, home, a))).toMatchObject({
          status: 'accepted',
        });
        const target = await issued('TargetCard01');
        const before = await crl(suite, kidA);
        expect(before.json).toMatchObject({ kid: kidA, rids: ['RevokedHere1'] });

        const intruding = revocationOf(target, other, stranger);
        const answer = await pushOne(suite, stranger, intruding);
        expect(refusal(answer)).toBe('revocation-foreign-certificate');
        expect((await storedIds(suite)).has(intruding.id)).toBe(false);
        expect(await crl(suite, kidA)).toEqual(before);
      });

      it('refuses a revocation naming the certificate under another rid', async () => {
        const target = await issued('OwnRid000001');
        const before = await crl(suite, kidA);
        const wrongRid = revocationOf(target, home, a, { rid: 'NotTheCards1' });
        expect(refusal(await pushOne(suite, a, wrongRid))).toBe('revocation-rid-mismatch');
        expect(await crl(suite, kidA)).toEqual(before);
      });

      it('answers 404 to another clinic’s admin revoking by the route, and leaves the CRL as it was', async () => {
        const target = await issued('RouteTarget1');
        const before = await crl(suite, kidA);
        const response = await fetch(
          `${suite.register.url}/api/certificates/${target.id}/revocation`,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${other.adminToken}`,
            },
            body: JSON.stringify({ reason: 'fraud' }),
          },
        );
        expect(response.status).toBe(404);
        expect(await crl(suite, kidA)).toEqual(before);
        const revocations = await suite.register.db.kysely
          .selectFrom('clinic_record')
          .select('body')
          .where('kind', '=', 'revocation')
          .execute();
        expect(revocations.some((row) => row.body.includes(target.id))).toBe(false);
      });

      it('never lists a rid on the CRL of another clinic’s key, whatever a stored certificate claims', async () => {
        // A certificate stored before the register checked cards, naming clinic A's key in a
        // record of the other clinic: revoking it there must not touch A's list.
        const claimed = exampleCertificate({
          id: newId<CertificateId>(stranger.now, random),
          clinicId: other.clinicId as ClinicId,
          createdBy: other.staff.commission as StaffId,
          commissionMemberId: other.staff.commission as StaffId,
          shcJws: await tabletCard(a, 'ClaimsKidA01'),
          rid: 'ClaimsKidA01',
        });
        await storeDirectly(suite, claimed);
        const before = await crl(suite, kidA);
        const response = await fetch(
          `${suite.register.url}/api/certificates/${claimed.id}/revocation`,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${other.adminToken}`,
            },
            body: JSON.stringify({ reason: 'error' }),
          },
        );
        expect(response.status).toBe(201);
        expect(await crl(suite, kidA)).toEqual(before);
        expect(JSON.stringify(before.json)).not.toContain('ClaimsKidA01');
      });
    });

    describe('a registrar’s certificate', () => {
      it('is refused without duplicateOf: only the commission issues', async () => {
        const plain = await certificate(b, home.staff.registrar, 'Registrar001');
        expect(refusal(await pushOne(suite, b, plain))).toBe('role-may-not-write');
      });

      it('is refused as a duplicate of a certificate that does not exist', async () => {
        const original = await certificate(a, home.staff.commission, 'NeverPushed1');
        const copy = duplicateOf(original);
        expect(refusal(await pushOne(suite, b, copy))).toBe('duplicate-original-unknown');
        expect((await storedIds(suite)).has(copy.id)).toBe(false);
      });

      it('is refused as a duplicate of another clinic’s certificate', async () => {
        const foreign = await certificate(stranger, other.staff.commission, 'OtherClinic1');
        expect(await pushOne(suite, stranger, foreign)).toMatchObject({ status: 'accepted' });
        const copy = duplicateOf(foreign, { clinicId: b.clinicId });
        expect(refusal(await pushOne(suite, b, copy))).toBe('duplicate-original-unknown');
      });

      it('is refused as a duplicate made out to another person', async () => {
        const original = await issued('OtherPerson1');
        const someoneElse = newPerson(b, home.staff.registrar).id;
        const copy = duplicateOf(original, { personId: someoneElse });
        expect(refusal(await pushOne(suite, b, copy))).toBe('duplicate-other-person');
      });

      it('is refused as a duplicate whose content differs from the original’s', async () => {
        const original = await issued('Changed00001');
        const absence = duplicateOf(original, { decision: 'absence', validUntil: undefined });
        const answer = await pushOne(suite, b, absence);
        expect(refusal(answer)).toBe('duplicate-content-changed');
        expect(answer).toMatchObject({ detail: 'decision,validUntil' });
      });

      it('is accepted as a genuine duplicate, with its own number and date', async () => {
        const original = await issued('Genuine00001');
        const copy = duplicateOf(original, {
          number: 'KAM01-T02-2026-000009' as SerialNumber,
          issuedAt: b.now().toISOString(),
        });
        expect(await pushOne(suite, b, copy)).toMatchObject({ status: 'accepted', version: 1 });
        expect((await storedIds(suite)).has(copy.id)).toBe(true);
      });

      it('is accepted with the reason it was reprinted, as the desk now writes it', async () => {
        const original = await issued('Reasoned0001');
        const copy = duplicateOf(original, { duplicateReason: 'Утеря' });
        expect(await pushOne(suite, b, copy)).toMatchObject({ status: 'accepted', version: 1 });
        const row = await suite.register.db.kysely
          .selectFrom('clinic_record')
          .select('body')
          .where('id', '=', copy.id)
          .executeTakeFirstOrThrow();
        expect(JSON.parse(row.body)).toMatchObject({ duplicateReason: 'Утеря' });
      });
    });

    describe('op ids', () => {
      it('refuses an op id reused for other content, and still replays the first on re-delivery', async () => {
        const opId = newId(a.now, random);
        const first = newPerson(a, home.staff.registrar);
        const [accepted] = await push(suite, a, [op(a, first, opId)]);
        expect(accepted).toMatchObject({ status: 'accepted', version: 1 });

        const second = newPerson(a, home.staff.registrar);
        const [reused] = await push(suite, a, [op(a, second, opId)]);
        expect(reused).toMatchObject({ opId, status: 'rejected', reason: 'op-id-reused' });
        expect((await storedIds(suite)).has(second.id)).toBe(false);

        const edited = { ...first, phone: '+79140000777' };
        const [editedReuse] = await push(suite, a, [op(a, edited, opId)]);
        expect(editedReuse).toMatchObject({ status: 'rejected', reason: 'op-id-reused' });

        // Key order is not content: the same record re-delivered replays the stored answer.
        const reordered = Object.fromEntries(Object.entries(first).reverse()) as ClinicRecord;
        const [again] = await push(suite, a, [op(a, reordered, opId)]);
        expect(again).toEqual(accepted);
      });

      it('refuses the same op id from another tablet even with the same content', async () => {
        const opId = newId(a.now, random);
        const person = newPerson(a, home.staff.registrar);
        await push(suite, a, [op(a, person, opId)]);
        const [fromB] = await push(suite, b, [op(b, person, opId)]);
        expect(fromB).toMatchObject({ status: 'rejected', reason: 'op-id-reused' });
      });

      it('keeps a refusal it stored for an op id, and refuses that id with other content', async () => {
        const opId = newId(a.now, random);
        const byLab = newPerson(a, suite.staff.lab);
        const [refused] = await push(suite, a, [op(a, byLab, opId)]);
        expect(refused).toMatchObject({ status: 'rejected', reason: 'role-may-not-write' });
        expect((await push(suite, a, [op(a, byLab, opId)]))[0]).toEqual(refused);
        const fixed = newPerson(a, home.staff.registrar);
        expect((await push(suite, a, [op(a, fixed, opId)]))[0]).toMatchObject({
          reason: 'op-id-reused',
        });
      });
    });
  },
);
