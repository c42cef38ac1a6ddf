import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { ClinicId, StaffId } from '../core/ids';
import type { StaffInfo } from '../core/protocol/session';
import type { Pin } from '../core/staff/pin';
import { checkPin } from '../core/staff/pin';
import { openDatabase } from './database';
import {
  hasStaffPin,
  listPinHolders,
  removeStaffPin,
  setStaffPin,
  unlockWithPin,
} from './staffPins';

const subtle = globalThis.crypto.subtle;
const clinic = {
  id: '0193a1b2-0000-7000-8000-000000000001' as ClinicId,
  code: 'PKGP3',
  nameRu: 'Поликлиника № 3',
  nameEn: 'Polyclinic No. 3',
};
const registrar: StaffInfo = {
  id: '0193a1b2-0000-7000-8000-0000000000a1' as StaffId,
  login: 'registrar',
  displayName: 'Иванова Мария Петровна',
  role: 'registrar',
  clinic,
};
const lab: StaffInfo = {
  id: '0193a1b2-0000-7000-8000-0000000000b2' as StaffId,
  login: 'lab',
  displayName: 'Ким Ольга Сергеевна',
  role: 'lab',
  clinic,
};

function pin(text: string): Pin {
  const checked = checkPin(text);
  if (!checked.ok) throw new Error(checked.reason);
  return checked.value;
}

/** A tablet with a clock the test moves by hand. */
async function tabletWithPin(staff: StaffInfo = registrar, text = '4829') {
  const factory = new IDBFactory();
  const db = openDatabase({ indexedDB: factory, IDBKeyRange });
  let time = new Date('2026-11-27T08:00:00Z').getTime();
  const now = () => new Date(time);
  const advance = (minutes: number) => {
    time += minutes * 60_000;
  };
  const crypto = { subtle, random: (n: number) => new Uint8Array(n).fill(9) };
  await setStaffPin(db, staff, pin(text), { crypto, now, iterations: 1_000 });
  const unlock = (attempt: string, who: StaffInfo = staff) =>
    unlockWithPin(db, who.id, attempt, { subtle, now });
  return { db, factory, now, advance, unlock, crypto };
}

describe('staff PINs on a shared tablet', () => {
  it('lists no PIN holders on a first visit without creating the database to ask', async () => {
    const factory = new IDBFactory();
    const db = openDatabase({ indexedDB: factory, IDBKeyRange });
    expect(await listPinHolders(db)).toEqual([]);
    expect(db.isOpen()).toBe(false);
    expect(await factory.databases()).toEqual([]);
  });

  it('lists the PIN holders of a database another page created and this one has not opened', async () => {
    const { db, factory } = await tabletWithPin();
    db.close();
    const again = openDatabase({ indexedDB: factory, IDBKeyRange });
    expect((await listPinHolders(again)).map((holder) => holder.staff.id)).toEqual([registrar.id]);
  });

  it('unlocks with the PIN that was set and names the member of staff', async () => {
    const { unlock } = await tabletWithPin();
    expect(await unlock('4829')).toEqual({ ok: true, value: registrar });
  });

  it('keeps only a salted hash, never the PIN', async () => {
    const { db } = await tabletWithPin();
    const row = await db.staffPins.get(registrar.id);
    expect(row?.pinHash).toMatch(/^pbkdf2-sha256\$1000\$/);
    expect(JSON.stringify(row)).not.toContain('4829');
  });

  it('lists everyone with a PIN on the tablet, by name', async () => {
    const { db, crypto, now } = await tabletWithPin(registrar);
    await setStaffPin(db, lab, pin('5071'), { crypto, now, iterations: 1_000 });
    const names = (await listPinHolders(db)).map((holder) => holder.staff.displayName);
    expect(names).toEqual(['Иванова Мария Петровна', 'Ким Ольга Сергеевна']);
  });

  it("does not unlock one person with another person's PIN", async () => {
    const { db, crypto, now, unlock } = await tabletWithPin(registrar, '4829');
    await setStaffPin(db, lab, pin('5071'), { crypto, now, iterations: 1_000 });
    expect(await unlock('5071', registrar)).toMatchObject({ ok: false, reason: 'pin-wrong' });
    expect(await unlock('5071', lab)).toEqual({ ok: true, value: lab });
  });

  it('counts wrong PINs in a row and says how many tries are left before the lock-out', async () => {
    const { unlock } = await tabletWithPin();
    expect(await unlock('1111')).toEqual({
      ok: false,
      reason: 'pin-wrong',
      triesLeft: 4,
      then: 'lock',
    });
    expect(await unlock('2222')).toMatchObject({ reason: 'pin-wrong', triesLeft: 3 });
    expect(await unlock('3333')).toMatchObject({ reason: 'pin-wrong', triesLeft: 2 });
  });

  it('locks the PIN for 5 minutes at the 5th wrong try, even against the right PIN', async () => {
    const { unlock, advance } = await tabletWithPin();
    for (let i = 0; i < 4; i += 1) await unlock('1111');
    expect(await unlock('1111')).toEqual({
      ok: false,
      reason: 'pin-locked',
      until: new Date('2026-11-27T08:05:00Z'),
    });
    advance(4);
    expect(await unlock('4829')).toMatchObject({ ok: false, reason: 'pin-locked' });
    advance(1);
    expect(await unlock('4829')).toEqual({ ok: true, value: registrar });
  });

  it('does not count tries made during the lock-out', async () => {
    const { db, unlock, advance } = await tabletWithPin();
    for (let i = 0; i < 5; i += 1) await unlock('1111');
    await unlock('1111');
    await unlock('2222');
    expect((await db.staffPins.get(registrar.id))?.failedAttempts).toBe(5);
    advance(5);
    expect(await unlock('1111')).toEqual({
      ok: false,
      reason: 'pin-wrong',
      triesLeft: 4,
      then: 'erase',
    });
  });

  it('erases the PIN at the 10th wrong try in a row; the person must sign in online', async () => {
    const { db, unlock, advance } = await tabletWithPin();
    for (let i = 0; i < 5; i += 1) await unlock('1111');
    advance(5);
    for (let i = 0; i < 4; i += 1) await unlock('1111');
    expect(await unlock('1111')).toEqual({ ok: false, reason: 'pin-erased' });
    expect(await hasStaffPin(db, registrar.id)).toBe(false);
    expect(await listPinHolders(db)).toEqual([]);
    expect(await unlock('4829')).toEqual({ ok: false, reason: 'pin-not-set' });
  });

  it('starts the count again after the right PIN', async () => {
    const { unlock, advance } = await tabletWithPin();
    for (let i = 0; i < 4; i += 1) await unlock('1111');
    expect(await unlock('4829')).toMatchObject({ ok: true });
    expect(await unlock('1111')).toMatchObject({ reason: 'pin-wrong', triesLeft: 4 });
    // After a lock-out has passed, the right PIN clears it too.
    for (let i = 0; i < 4; i += 1) await unlock('1111');
    advance(5);
    expect(await unlock('4829')).toMatchObject({ ok: true });
    expect(await unlock('1111')).toMatchObject({ reason: 'pin-wrong', triesLeft: 4, then: 'lock' });
  });

  it('starts a new PIN with no wrong tries and no lock-out', async () => {
    const { db, unlock, crypto, now } = await tabletWithPin();
    for (let i = 0; i < 5; i += 1) await unlock('1111');
    await setStaffPin(db, registrar, pin('6085'), { crypto, now, iterations: 1_000 });
    expect(await unlock('4829')).toMatchObject({ reason: 'pin-wrong', triesLeft: 4 });
    expect(await unlock('6085')).toEqual({ ok: true, value: registrar });
  });

  it('forgets a PIN that is removed (sign-out)', async () => {
    const { db, unlock } = await tabletWithPin();
    await removeStaffPin(db, registrar.id);
    expect(await unlock('4829')).toEqual({ ok: false, reason: 'pin-not-set' });
  });

  it('ignores a row that does not read back instead of trusting it', async () => {
    const { db, unlock } = await tabletWithPin();
    await db.staffPins.put({
      staffId: lab.id,
      staff: { ...lab, role: 'janitor' },
      pinHash: 'plain-5071',
      failedAttempts: 0,
      setAt: 'x',
    });
    expect((await listPinHolders(db)).map((holder) => holder.staff.id)).toEqual([registrar.id]);
    expect(await unlock('5071', lab)).toEqual({ ok: false, reason: 'pin-not-set' });
  });
});
