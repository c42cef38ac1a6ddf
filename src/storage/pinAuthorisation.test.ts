import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exampleClinic } from '../core/clinic/examples';
import { DEFAULT_ADMISSION_POLICY } from '../core/admission/policy';
import type { StaffId } from '../core/ids';
import type { StaffInfo, StaffRole } from '../core/protocol/session';
import type { Pin } from '../core/staff/pin';
import { checkPin } from '../core/staff/pin';
import { saveClinicDirectory } from './clinicDirectory';
import { openDatabase } from './database';
import type { PinAuthorisation } from './pinAuthorisation';
import { authoriseColleague, listPinAuthorisations, setAuthorisedPin } from './pinAuthorisation';
import { listPinHolders, setStaffPin, unlockWithPin } from './staffPins';
import { saveClinic } from './clinic';

const subtle = globalThis.crypto.subtle;
const clinic = exampleClinic();
const staffClinic = {
  id: clinic.id,
  code: clinic.code,
  nameRu: clinic.nameRu,
  nameEn: clinic.nameEn,
};

function member(n: number, role: StaffRole, displayName: string): StaffInfo {
  return {
    id: `0193a0b0-0000-7000-8000-0000000000d${String(n)}` as StaffId,
    login: role,
    displayName,
    role,
    clinic: staffClinic,
  };
}
const admin = member(1, 'admin', 'Соколова Елена Игоревна');
const commission = member(2, 'commission', 'Петров Андрей Викторович');
const registrar = member(3, 'registrar', 'Иванова Мария Петровна');
const lab = member(4, 'lab', 'Ким Ольга Сергеевна');

function pin(text: string): Pin {
  const checked = checkPin(text);
  if (!checked.ok) throw new Error(checked.reason);
  return checked.value;
}

/** An enrolled tablet whose directory lists all four, with PINs for the admin and registrar. */
async function tablet() {
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  let time = new Date('2026-12-01T05:00:00Z').getTime();
  const now = () => new Date(time);
  const advance = (minutes: number) => {
    time += minutes * 60_000;
  };
  const crypto = { subtle, random: (n: number) => new Uint8Array(n).fill(7) };
  const pinDeps = { crypto, now, iterations: 1_000 };
  await saveClinic(db, clinic);
  await saveClinicDirectory(db, {
    clinic,
    staff: [admin, commission, registrar, lab].map(({ id, displayName, role }) => ({
      id,
      displayName,
      role,
    })),
    admissionPolicy: DEFAULT_ADMISSION_POLICY,
  });
  await setStaffPin(db, admin, pin('4829'), pinDeps);
  await setStaffPin(db, registrar, pin('5071'), pinDeps);
  const authorise = (authoriser: StaffInfo, authoriserPin: string, colleague: StaffInfo) =>
    authoriseColleague(
      db,
      { authoriserId: authoriser.id, authoriserPin, colleagueId: colleague.id },
      { subtle, now },
    );
  const vouched = async (authoriser: StaffInfo, authoriserPin: string, colleague: StaffInfo) => {
    const answer = await authorise(authoriser, authoriserPin, colleague);
    if (!answer.ok) throw new Error(answer.reason);
    return answer.value;
  };
  const setPin = (authorisation: PinAuthorisation, text: string) =>
    setAuthorisedPin(db, authorisation, pin(text), pinDeps);
  return { db, now, advance, authorise, vouched, setPin };
}

describe("a colleague's first PIN on the tablet, offline, vouched for by an admin or commission member", () => {
  it("records who vouched and when; the colleague then unlocks with their own PIN, in the directory's role", async () => {
    const { db, now, advance, vouched, setPin } = await tablet();
    const authorisation = await vouched(admin, '4829', lab);
    advance(1);
    expect(await setPin(authorisation, '3958')).toEqual({
      ok: true,
      value: { ...lab, login: '' },
    });
    const row = await db.staffPins.get(lab.id);
    expect(row).toMatchObject({
      authorisedBy: admin.id,
      authorisedAt: '2026-12-01T05:00:00.000Z',
      setAt: '2026-12-01T05:01:00.000Z',
    });
    expect(await unlockWithPin(db, lab.id, '3958', { subtle, now })).toMatchObject({
      ok: true,
      value: { id: lab.id, role: 'lab', clinic: staffClinic },
    });
    expect(await listPinAuthorisations(db)).toEqual([
      {
        staffId: lab.id,
        displayName: lab.displayName,
        role: 'lab',
        authorisedBy: admin.id,
        authorisedByName: admin.displayName,
        authorisedByRole: 'admin',
        authorisedAt: '2026-12-01T05:00:00.000Z',
        pinSetAt: '2026-12-01T05:01:00.000Z',
      },
    ]);
  });

  it("refuses a wrong authoriser PIN and counts it against the authoriser's own lock-out", async () => {
    const { db, authorise } = await tablet();
    expect(await authorise(admin, '1111', lab)).toEqual({
      ok: false,
      reason: 'pin-wrong',
      triesLeft: 4,
      then: 'lock',
    });
    expect((await db.staffPins.get(admin.id))?.failedAttempts).toBe(1);
    expect(await db.staffPins.get(lab.id)).toBeUndefined();
    expect(await listPinAuthorisations(db)).toEqual([]);
  });

  it('refuses a registrar as authoriser without trying their PIN', async () => {
    const { db, authorise } = await tablet();
    expect(await authorise(registrar, '5071', lab)).toMatchObject({
      ok: false,
      reason: 'authoriser-not-allowed',
    });
    expect(await authorise(registrar, '0000', lab)).toMatchObject({
      reason: 'authoriser-not-allowed',
    });
    expect((await db.staffPins.get(registrar.id))?.failedAttempts).toBe(0);
  });

  it("takes the authoriser's role from the synced directory, not from their PIN row", async () => {
    const { db, authorise } = await tablet();
    // The register made the admin a registrar since she set her PIN here.
    await saveClinicDirectory(db, {
      clinic,
      staff: [
        { id: admin.id, displayName: admin.displayName, role: 'registrar' },
        { id: lab.id, displayName: lab.displayName, role: 'lab' },
      ],
      admissionPolicy: DEFAULT_ADMISSION_POLICY,
    });
    expect(await authorise(admin, '4829', lab)).toMatchObject({
      reason: 'authoriser-not-allowed',
    });
  });

  it('refuses a commission member who has no PIN on this tablet', async () => {
    const { authorise } = await tablet();
    expect(await authorise(commission, '4829', lab)).toMatchObject({ reason: 'pin-not-set' });
  });

  it('refuses someone missing from the directory, and someone who already has a PIN here', async () => {
    const { authorise } = await tablet();
    const stranger = member(9, 'admin', 'Посторонний Пётр Петрович');
    expect(await authorise(admin, '4829', stranger)).toMatchObject({
      reason: 'colleague-unknown',
    });
    expect(await authorise(admin, '4829', registrar)).toMatchObject({
      reason: 'colleague-has-pin',
    });
    expect(await authorise(admin, '4829', admin)).toMatchObject({
      reason: 'colleague-is-authoriser',
    });
  });

  it('refuses to vouch on a tablet that never received the clinic directory', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const crypto = { subtle, random: (n: number) => new Uint8Array(n).fill(7) };
    const now = () => new Date('2026-12-01T05:00:00Z');
    await setStaffPin(db, admin, pin('4829'), { crypto, now, iterations: 1_000 });
    const answer = await authoriseColleague(
      db,
      { authoriserId: admin.id, authoriserPin: '4829', colleagueId: lab.id },
      { subtle, now },
    );
    expect(answer).toMatchObject({ ok: false, reason: 'directory-missing' });
  });

  it('lets a commission member with a PIN here vouch too', async () => {
    const { db, now, vouched, setPin } = await tablet();
    const crypto = { subtle, random: (n: number) => new Uint8Array(n).fill(5) };
    await setStaffPin(db, commission, pin('2684'), { crypto, now, iterations: 1_000 });
    expect(await setPin(await vouched(commission, '2684', lab), '3958')).toMatchObject({
      ok: true,
    });
    expect(await db.staffPins.get(lab.id)).toMatchObject({ authorisedBy: commission.id });
  });

  it('lets the vouch run out after five minutes', async () => {
    const { db, advance, vouched, setPin } = await tablet();
    const authorisation = await vouched(admin, '4829', lab);
    advance(6);
    expect(await setPin(authorisation, '3958')).toEqual({
      ok: false,
      reason: 'authorisation-expired',
    });
    expect(await db.staffPins.get(lab.id)).toBeUndefined();
  });

  it('never replaces a PIN set for the colleague while the vouch waited', async () => {
    const { db, now, vouched, setPin } = await tablet();
    const authorisation = await vouched(admin, '4829', lab);
    const crypto = { subtle, random: (n: number) => new Uint8Array(n).fill(3) };
    await setStaffPin(db, lab, pin('6085'), { crypto, now, iterations: 1_000 });
    expect(await setPin(authorisation, '3958')).toEqual({
      ok: false,
      reason: 'colleague-has-pin',
    });
    expect(await unlockWithPin(db, lab.id, '6085', { subtle, now })).toMatchObject({ ok: true });
  });

  it('keeps the audit entry after the colleague signs out and their PIN is gone', async () => {
    const { db, vouched, setPin } = await tablet();
    await setPin(await vouched(admin, '4829', lab), '3958');
    await db.staffPins.delete(lab.id);
    expect((await listPinHolders(db)).map((holder) => holder.staff.id)).not.toContain(lab.id);
    expect((await listPinAuthorisations(db)).map((entry) => entry.staffId)).toEqual([lab.id]);
  });
});
