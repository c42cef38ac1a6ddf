import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { AdmissionPolicy } from '../core/admission/policy';
import { DEFAULT_ADMISSION_POLICY } from '../core/admission/policy';
import { lastValidDayOfExp } from '../core/certificate/validity';
import type { Clinic } from '../core/clinic/settings';
import { DEFAULT_CLINIC_POLICY } from '../core/clinic/settings';
import type { TabletId } from '../core/ids';
import type { Kit } from '../core/lab/kit';
import type { ClinicCommission } from '../core/clinic/commission';
import type { CalendarDate } from '../core/records/calendarDate';
import {
  EXAMPLE_IDS,
  exampleApplication,
  exampleCommission,
  exampleContract,
  examplePerson,
  exampleResult,
  exampleSample,
} from '../core/records/examples';
import { exampleKit } from '../core/clinic/examples';
import type { ResultRecord } from '../core/records/result';
import { generateSigningKey } from '../core/shc/signingKey';
import { verifyHealthCard } from '../core/shc/verifyHealthCard';
import { openDatabase } from '../storage/database';
import { loadDeskStatement, rememberStaffName } from '../storage/deskQueries';
import { recordsWhere, writeRecord } from '../storage/records';
import { statementFacts } from './statementStage';
import { makeDeskEnv } from './env';
import type { CommissionSitting } from './issueCertificate';
import { issueCertificate } from './issueCertificate';

const ISSUER = 'https://reg.kamchatka.example/shc';
// The day after the example sample (20 November 2026, Kamchatka), 10:00 local time.
const NOW = new Date('2026-11-20T22:00:00.000Z');

/** The commission's sitting of that day: the chair (the signed-in member) and both members. */
function sitting(protocolNumber: string, overrides: Partial<CommissionSitting> = {}) {
  return {
    protocolNumber,
    protocolDate: '2026-11-21' as CalendarDate,
    participantIds: [
      EXAMPLE_IDS.commissionMember,
      EXAMPLE_IDS.commissionMember2,
      EXAMPLE_IDS.commissionMember3,
    ],
    ...overrides,
  };
}

async function deskWith(
  options: {
    kit?: Kit;
    result?: ResultRecord;
    withKey?: boolean;
    admissionPolicy?: AdmissionPolicy;
    commission?: ClinicCommission | null;
  } = {},
) {
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  const key = await generateSigningKey(crypto.subtle);
  const kit = options.kit ?? exampleKit({ loinc: '94563-4' });
  const clinic: Clinic = {
    id: EXAMPLE_IDS.clinic,
    code: 'KAM01',
    nameRu: 'ГБУЗ «Городская поликлиника № 3»',
    nameEn: 'City Polyclinic No. 3',
    address: 'Петропавловск-Камчатский',
    issuerUrl: ISSUER,
    settings: {
      priceList: [],
      kits: [kit],
      policy: DEFAULT_CLINIC_POLICY,
      ...(options.commission === null
        ? {}
        : { commission: options.commission ?? exampleCommission() }),
    },
  };
  let counter = 0;
  const env = makeDeskEnv({
    db,
    clinic,
    ...(options.admissionPolicy === undefined ? {} : { admissionPolicy: options.admissionPolicy }),
    tablet: {
      tabletId: '0193a0b0-0000-7000-8000-0000000000a1' as TabletId,
      code: 'T03',
      name: 'Окно 1',
      enrolledAt: '2026-11-01T00:00:00.000Z',
    },
    signingKey: options.withKey === false ? undefined : key,
    staff: {
      id: EXAMPLE_IDS.commissionMember,
      login: 'commission',
      displayName: 'Петров Андрей Викторович',
      role: 'commission',
      clinic: { id: EXAMPLE_IDS.clinic, code: 'KAM01', nameRu: 'x', nameEn: 'x' },
    },
    language: 'ru',
    now: () => NOW,
    random: (n) => {
      counter += 1;
      return new Uint8Array(n).map((_, i) => (counter * 31 + i * 7) % 256);
    },
  });
  // The directory's names of the two other members (the chair is the signed-in member).
  await rememberStaffName(db, EXAMPLE_IDS.commissionMember2, 'Орлова Дарья Павловна');
  await rememberStaffName(db, EXAMPLE_IDS.commissionMember3, 'Гусейнов Тимур Рашидович');
  const admin = { ...env.write, role: 'admin' as const };
  for (const record of [
    examplePerson(),
    exampleApplication(),
    exampleContract(),
    exampleSample(),
    options.result ?? exampleResult(),
  ]) {
    const written = await writeRecord(db, record, admin);
    if (!written.ok) throw new Error(written.reason);
  }
  const current = async () => {
    const statement = await loadDeskStatement(db, EXAMPLE_IDS.application);
    if (statement === undefined) throw new Error('case not found');
    return { statement, facts: statementFacts(statement) };
  };
  return { db, env, key, current };
}

describe('issuing a certificate at the commission', () => {
  it('numbers it, dates its validity and signs a card that verifies', async () => {
    const { env, key, current } = await deskWith();
    const { statement, facts } = await current();
    const issued = await issueCertificate(env, statement, facts, sitting(' 118 '));
    if (!issued.ok) throw new Error(issued.reason);
    const certificate = issued.value;
    expect(certificate).toMatchObject({
      number: 'KAM01-T03-2026-000001',
      decision: 'presence',
      validUntil: '2027-05-20',
      protocolNumber: '118',
      commissionMemberId: EXAMPLE_IDS.commissionMember,
      test: { loinc: '94563-4', value: 152.4, sampleDate: '2026-11-20' },
    });
    const verification = await verifyHealthCard(certificate.shcJws ?? '', {
      subtle: crypto.subtle,
      trust: new Map([
        [ISSUER, { jwks: { keys: [key.publicJwk] }, crls: new Map(), fetchedAt: NOW.getTime() }],
      ]),
      now: NOW.getTime(),
    });
    expect(verification.verdict).toBe('valid');
    expect(verification.subject).toMatchObject({ birthDate: '1985-08-31' });
    // One validity: the card's exp ends on the very day the paper prints.
    const exp = verification.validity?.exp;
    if (exp === undefined) throw new Error('the card has no exp');
    expect(lastValidDayOfExp(exp, 720)).toBe(certificate.validUntil);
    expect((await current()).facts.stage).toBe('certified');
  });

  it('corrects by issuing a new number and revoking the old card’s rid', async () => {
    const { db, env, current } = await deskWith();
    const first = await current();
    const original = await issueCertificate(env, first.statement, first.facts, sitting('118'));
    if (!original.ok) throw new Error(original.reason);
    const second = await current();
    const corrected = await issueCertificate(
      env,
      second.statement,
      second.facts,
      sitting('119'),
      original.value,
    );
    if (!corrected.ok) throw new Error(corrected.reason);
    expect(corrected.value.number).toBe('KAM01-T03-2026-000002');
    expect(corrected.value.supersedes).toBe(original.value.id);
    const revocations = await recordsWhere(db, 'revocation', 'certificateId', original.value.id);
    expect(revocations.map((r) => r.record.rid)).toEqual([original.value.rid]);
    expect((await current()).facts.certificate?.id).toBe(corrected.value.id);
  });

  it('refuses an equivocal result, and spends no number', async () => {
    const { db, env, current } = await deskWith({
      result: exampleResult({ value: 9, interpretation: 'equivocal' }),
    });
    const { statement, facts } = await current();
    expect(await issueCertificate(env, statement, facts, sitting('118'))).toMatchObject({
      ok: false,
      reason: 'checklist-failed',
    });
    expect(await db.meta.get('seq:certificate')).toBeUndefined();
    expect(await db.certificates.count()).toBe(0);
  });

  it('says so when the tablet has no signing key', async () => {
    const { env, current } = await deskWith({ withKey: false });
    const { statement, facts } = await current();
    expect(await issueCertificate(env, statement, facts, sitting('118'))).toMatchObject({
      ok: false,
      reason: 'no-signing-key',
    });
  });

  it('codes the card with the kit’s own LOINC, IgG to S protein as 99597-7', async () => {
    const { env, current } = await deskWith({ kit: exampleKit() });
    const { statement, facts } = await current();
    const issued = await issueCertificate(env, statement, facts, sitting('118'));
    if (!issued.ok) throw new Error(issued.reason);
    expect(issued.value.test.loinc).toBe('99597-7');
  });

  it('refuses a presence certificate from an IgM kit before signing, and spends no number', async () => {
    const igm = exampleKit({ antibodyClass: 'IgM', target: 'N' });
    const { db, env, current } = await deskWith({ kit: igm });
    const { statement, facts } = await current();
    expect(await issueCertificate(env, statement, facts, sitting('118'))).toEqual({
      ok: false,
      reason: 'presence-class-not-admitted',
      detail: 'IgM; admitted IgG; policy v1',
    });
    expect(await db.meta.get('seq:certificate')).toBeUndefined();
    expect(await db.certificates.count()).toBe(0);
  });

  it('issues an absence certificate from the same IgM kit: it admits nobody', async () => {
    const igm = exampleKit({ antibodyClass: 'IgM', target: 'N' });
    const { env, current } = await deskWith({
      kit: igm,
      result: exampleResult({ value: 2, interpretation: 'not-detected' }),
    });
    const { statement, facts } = await current();
    const issued = await issueCertificate(env, statement, facts, sitting('118'));
    if (!issued.ok) throw new Error(issued.reason);
    expect(issued.value).toMatchObject({ decision: 'absence', test: { loinc: '94564-2' } });
    expect(issued.value.validUntil).toBeUndefined();
  });

  it('issues an IgM presence certificate where the region’s policy admits IgM', async () => {
    const igm = exampleKit({ antibodyClass: 'IgM', target: 'N' });
    const { env, current } = await deskWith({
      kit: igm,
      admissionPolicy: { ...DEFAULT_ADMISSION_POLICY, version: 2, admittedClasses: ['IgG', 'IgM'] },
    });
    const { statement, facts } = await current();
    const issued = await issueCertificate(env, statement, facts, sitting('118'));
    expect(issued.ok && issued.value.decision).toBe('presence');
  });
  it('records the protocol date, who took part with their names, and the kit’s maker and РУ', async () => {
    const { env, current } = await deskWith();
    const { statement, facts } = await current();
    const issued = await issueCertificate(env, statement, facts, sitting('118'));
    if (!issued.ok) throw new Error(issued.reason);
    expect(issued.value.protocolDate).toBe('2026-11-21');
    expect(issued.value.commission).toEqual({
      orderNumber: '41-од',
      orderDate: '2026-01-12',
      members: [
        { id: EXAMPLE_IDS.commissionMember, name: 'Петров Андрей Викторович', role: 'chair' },
        { id: EXAMPLE_IDS.commissionMember2, name: 'Орлова Дарья Павловна', role: 'member' },
        { id: EXAMPLE_IDS.commissionMember3, name: 'Гусейнов Тимур Рашидович', role: 'member' },
      ],
    });
    expect(issued.value.test).toMatchObject({
      manufacturer: 'АО «Вектор-Бест»',
      registrationNumber: 'РЗН 2020/10393',
    });
  });

  it('refuses while the clinic has no commission, and spends no number', async () => {
    const { db, env, current } = await deskWith({ commission: null });
    const { statement, facts } = await current();
    expect(await issueCertificate(env, statement, facts, sitting('118'))).toMatchObject({
      ok: false,
      reason: 'commission-not-configured',
    });
    expect(await db.meta.get('seq:certificate')).toBeUndefined();
  });

  it('refuses a sitting without the chair, or dated after today, before signing', async () => {
    const { db, env, current } = await deskWith();
    const { statement, facts } = await current();
    const withoutChair = sitting('118', {
      participantIds: [EXAMPLE_IDS.commissionMember2, EXAMPLE_IDS.commissionMember3],
    });
    expect(await issueCertificate(env, statement, facts, withoutChair)).toMatchObject({
      reason: 'certificate-commission-chair-absent',
    });
    const tomorrow = sitting('118', { protocolDate: '2026-11-22' as CalendarDate });
    expect(await issueCertificate(env, statement, facts, tomorrow)).toMatchObject({
      reason: 'certificate-protocol-date-after-issue',
    });
    expect(await db.certificates.count()).toBe(0);
  });
});
