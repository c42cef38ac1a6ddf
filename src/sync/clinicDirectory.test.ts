import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exampleClinic } from '../core/clinic/examples';
import { DEFAULT_ADMISSION_POLICY } from '../core/admission/policy';
import type { StaffId } from '../core/ids';
import type { DirectoryStaff } from '../core/protocol/clinic';
import type { StaffInfo } from '../core/protocol/session';
import type { Pin } from '../core/staff/pin';
import { checkPin } from '../core/staff/pin';
import { ok } from '../core/result';
import { openDatabase } from '../storage/database';
import { hasStaffPin, setStaffPin, unlockWithPin } from '../storage/staffPins';
import { refreshClinicDirectory } from './clinicDirectory';
import type { Transport } from './transport';

// A PIN reset or a disabled account at the register reaches a tablet with the clinic
// directory of its next sync (issue #12): the PIN stops unlocking the tablet.

const subtle = globalThis.crypto.subtle;
const clinic = exampleClinic();
const clinicInfo = {
  id: clinic.id,
  code: clinic.code,
  nameRu: clinic.nameRu,
  nameEn: clinic.nameEn,
};

function member(id: string, login: string, displayName: string): StaffInfo {
  return { id: id as StaffId, login, displayName, role: 'lab', clinic: clinicInfo };
}
const kim = member('0193a0b0-0000-7000-8000-0000000000d1', 'kim', 'Ким Ольга Сергеевна');
const lee = member('0193a0b0-0000-7000-8000-0000000000d2', 'lee', 'Ли Анна Игоревна');

function pin(text: string): Pin {
  const checked = checkPin(text);
  if (!checked.ok) throw new Error(checked.reason);
  return checked.value;
}

function entry(staff: StaffInfo, extra: Partial<DirectoryStaff> = {}): DirectoryStaff {
  return { id: staff.id, displayName: staff.displayName, role: staff.role, ...extra };
}

/** A register that answers the directory with whatever staff list the test sets. */
function registerSaying(): { transport: Transport; set: (staff: DirectoryStaff[]) => void } {
  let staff: DirectoryStaff[] = [];
  const transport: Transport = (request) => {
    expect(request.path).toBe('/api/clinic/directory');
    return Promise.resolve(
      ok({ status: 200, body: { clinic, staff, admissionPolicy: DEFAULT_ADMISSION_POLICY } }),
    );
  };
  return { transport, set: (next) => (staff = next) };
}

async function tablet() {
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  const now = () => new Date('2026-12-01T08:00:00Z');
  const crypto = { subtle, random: (n: number) => new Uint8Array(n).fill(7) };
  const deps = { crypto, now, iterations: 1_000 };
  await setStaffPin(db, kim, pin('4829'), deps);
  await setStaffPin(db, lee, pin('5937'), deps);
  return { db, deps, now };
}

describe('the clinic directory forgets reset and disabled PINs on a tablet', () => {
  it('drops the PIN of a member reset at the register, so it no longer unlocks the tablet', async () => {
    const { db, now } = await tablet();
    const register = registerSaying();
    register.set([entry(kim), entry(lee)]);
    expect((await refreshClinicDirectory(db, register.transport, 'tablet-token')).ok).toBe(true);
    expect(await hasStaffPin(db, kim.id)).toBe(true);

    register.set([entry(kim, { pinResetAt: '2026-12-01T09:00:00.000Z' }), entry(lee)]);
    expect((await refreshClinicDirectory(db, register.transport, 'tablet-token')).ok).toBe(true);
    expect(await unlockWithPin(db, kim.id, '4829', { subtle, now })).toMatchObject({
      ok: false,
      reason: 'pin-not-set',
    });
    expect(await unlockWithPin(db, lee.id, '5937', { subtle, now })).toMatchObject({ ok: true });
  });

  it('keeps a PIN set again after the reset when later directories carry the same reset', async () => {
    const { db, deps } = await tablet();
    const register = registerSaying();
    register.set([entry(kim, { pinResetAt: '2026-12-01T09:00:00.000Z' }), entry(lee)]);
    await refreshClinicDirectory(db, register.transport, 'tablet-token');
    expect(await hasStaffPin(db, kim.id)).toBe(false);
    await setStaffPin(db, kim, pin('1357'), deps);
    await refreshClinicDirectory(db, register.transport, 'tablet-token');
    expect(await hasStaffPin(db, kim.id)).toBe(true);
  });

  it('drops the PIN of a disabled member', async () => {
    const { db } = await tablet();
    const register = registerSaying();
    register.set([entry(kim), entry(lee, { disabled: true })]);
    await refreshClinicDirectory(db, register.transport, 'tablet-token');
    expect(await hasStaffPin(db, lee.id)).toBe(false);
    expect(await hasStaffPin(db, kim.id)).toBe(true);
  });
});
