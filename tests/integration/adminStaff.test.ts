import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClinicId, StaffId } from '../../src/core/ids';
import { clinicDirectorySchema } from '../../src/core/protocol/clinic';
import type { StaffMember } from '../../src/core/protocol/adminStaff';
import { createClinic } from '../../src/register/clinicCreation';
import { createStaff } from '../../src/register/staffAccounts';
import type { AdminFailure, AdminResult } from '../../src/sync/admin/adminRequest';
import { listClinics } from '../../src/sync/admin/clinics';
import {
  changeMemberRole,
  createClinicMember,
  listClinicStaff,
  resetMemberPassword,
  resetMemberPin,
  setMemberDisabled,
} from '../../src/sync/admin/staff';
import type { Transport } from '../../src/sync/transport';
import { testDatabases } from '../support/databases';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { testNetwork } from '../support/tablets';

// The staff screen's calls against a real register on every engine (issue #12): who may
// reach whose staff, the rules a change must keep, a generated password that signs in, and a
// PIN reset or a disabled account reaching the clinic directory the tablets sync.

const random = (n: number) => new Uint8Array(randomBytes(n));

async function signIn(url: string, login: string, password: string) {
  return fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
}

async function sessionOf(url: string, login: string, password: string) {
  const response = await signIn(url, login, password);
  expect(response.status).toBe(200);
  return (await response.json()) as { token: string; staff: { clinic: { id: ClinicId } } };
}

async function tokenOf(url: string, login: string, password: string): Promise<string> {
  return (await sessionOf(url, login, password)).token;
}

function value<T>(result: AdminResult<T>): T {
  if (!result.ok) throw new Error(`${result.reason} ${JSON.stringify(result)}`);
  return result.value;
}

function refusal<T>(result: AdminResult<T>): AdminFailure {
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

describe.each(testDatabases())('the admin staff calls on $engine', (database) => {
  let register: RunningRegister;
  let drop: () => Promise<void>;
  let transport: Transport;
  let adminToken: string;
  let registrarToken: string;
  let regionalToken: string;
  let home: ClinicId;
  let other: ClinicId;
  let staff: StaffMember[];

  const byLogin = (login: string): StaffMember => {
    const found = staff.find((member) => member.login === login);
    if (found === undefined) throw new Error(`no ${login}`);
    return found;
  };

  async function directory(token: string) {
    const response = await fetch(`${register.url}/api/clinic/directory`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    return clinicDirectorySchema.parse(await response.json());
  }

  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    register = await startRegister(created.url === undefined ? {} : { databaseUrl: created.url });
    transport = testNetwork(register.url).transport;
    const adminSession = await sessionOf(register.url, 'admin', 'demo-admin');
    adminToken = adminSession.token;
    home = adminSession.staff.clinic.id;
    registrarToken = await tokenOf(register.url, 'registrar', 'demo-registrar');
    regionalToken = await tokenOf(register.url, 'regional', 'demo-regional');
    const deps = { now: () => new Date(), random };
    const second = await createClinic(
      register.db,
      { code: 'PKGP9', nameRu: 'ГП № 9', nameEn: 'Clinic 9', address: 'Елизово', issuerUrl: null },
      deps,
    );
    if (!second.ok) throw new Error(second.reason);
    other = second.value.id as ClinicId;
    const otherAdmin = await createStaff(
      register.db,
      {
        clinicCode: 'PKGP9',
        login: 'admin9',
        role: 'admin',
        displayName: 'Орлова Вера Андреевна',
        password: 'admin9-password',
      },
      deps,
    );
    if (!otherAdmin.ok) throw new Error(otherAdmin.reason);
    staff = value(await listClinicStaff(transport, adminToken, home)).staff;
  });

  afterAll(async () => {
    await register.stop();
    await drop();
  });

  it("lists the clinic's staff with role, state and who sits on the commission, no secrets", async () => {
    const listed = value(await listClinicStaff(transport, adminToken, home));
    expect(listed.clinic.code).toBe('PKGP3');
    expect(byLogin('registrar')).toMatchObject({
      role: 'registrar',
      disabled: false,
      onCommission: false,
    });
    expect(byLogin('commission')).toMatchObject({ role: 'commission', onCommission: true });
    expect(JSON.stringify(listed)).not.toMatch(/scrypt|password/i);
  });

  it('refuses a registrar as forbidden and an anonymous caller as unauthenticated', async () => {
    expect(await listClinicStaff(transport, registrarToken, home)).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    const created = await createClinicMember(transport, registrarToken, home, {
      login: 'sneaky',
      displayName: 'Лишний',
      role: 'admin',
    });
    expect(created).toMatchObject({ ok: false, reason: 'forbidden' });
    const anonymous = await fetch(`${register.url}/api/admin/clinics/${home}/staff`);
    expect(anonymous.status).toBe(401);
  });

  it("answers a clinic admin about another clinic's staff as not found, in every call", async () => {
    expect(await listClinicStaff(transport, adminToken, other)).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    const theirs = value(await listClinicStaff(transport, regionalToken, other)).staff[0];
    if (theirs === undefined) throw new Error('PKGP9 has no staff');
    const calls = [
      resetMemberPin(transport, adminToken, { clinicId: other, staffId: theirs.id }),
      resetMemberPin(transport, adminToken, { clinicId: home, staffId: theirs.id }),
      resetMemberPassword(transport, adminToken, { clinicId: other, staffId: theirs.id }),
      setMemberDisabled(transport, adminToken, {
        clinicId: home,
        staffId: theirs.id,
        disabled: true,
      }),
      createClinicMember(transport, adminToken, other, {
        login: 'intruder',
        displayName: 'Чужой',
        role: 'admin',
      }),
    ];
    for (const answer of await Promise.all(calls)) {
      expect(answer).toMatchObject({ ok: false, reason: 'not-found' });
    }
    expect((await signIn(register.url, 'admin9', 'admin9-password')).status).toBe(200);
  });

  it('lets the regional admin list the clinics, not the ministry, and any clinic’s staff', async () => {
    const clinics = value(await listClinics(transport, regionalToken)).clinics;
    expect(clinics.map((clinic) => clinic.code).sort()).toEqual(['PKGP3', 'PKGP9']);
    expect(
      value(await listClinicStaff(transport, regionalToken, other)).staff.map((m) => m.login),
    ).toEqual(['admin9']);
  });

  it('names each bad field of a new member, and a taken login with 409', async () => {
    const bad = refusal(
      await createClinicMember(transport, adminToken, home, {
        login: 'Не логин',
        displayName: ' ',
        role: 'regional',
      }),
    );
    expect(bad.reason).toBe('refused');
    expect(bad.issues).toEqual([
      { path: 'login', message: 'login-format' },
      { path: 'displayName', message: 'name-missing' },
      { path: 'role', message: 'role-not-in-clinic' },
    ]);
    const response = await fetch(`${register.url}/api/admin/clinics/${home}/staff`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'lab', displayName: 'Второй лаборант', role: 'lab' }),
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      error: { code: 'login-taken', issues: [{ path: 'login', message: 'login-taken' }] },
    });
  });

  it('creates a member with a generated password that signs in with the given role', async () => {
    const answer = value(
      await createClinicMember(transport, adminToken, home, {
        login: 'petrova',
        displayName: '  Петрова Анна Сергеевна ',
        role: 'registrar',
      }),
    );
    expect(answer.member).toMatchObject({
      login: 'petrova',
      displayName: 'Петрова Анна Сергеевна',
      role: 'registrar',
      disabled: false,
    });
    expect(answer.password.length).toBeGreaterThanOrEqual(16);
    const response = await signIn(register.url, 'petrova', answer.password);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      staff: { role: 'registrar', clinic: { code: 'PKGP3' } },
    });
    const logged = register.logLines.filter((line) => line.includes(answer.password));
    expect(logged).toEqual([]);
  });

  it('refuses an admin disabling or demoting themselves', async () => {
    const me = byLogin('admin');
    const disabled = refusal(
      await setMemberDisabled(transport, adminToken, {
        clinicId: home,
        staffId: me.id,
        disabled: true,
      }),
    );
    expect(disabled.issues).toEqual([{ path: 'disabled', message: 'self-disable' }]);
    const demoted = refusal(
      await changeMemberRole(transport, adminToken, {
        clinicId: home,
        staffId: me.id,
        role: 'lab',
      }),
    );
    expect(demoted.issues).toEqual([{ path: 'role', message: 'self-demote' }]);
  });

  it('refuses to leave a clinic without an enabled admin, even for the regional admin', async () => {
    const only = value(await listClinicStaff(transport, regionalToken, other)).staff[0];
    if (only === undefined) throw new Error('PKGP9 has no staff');
    const answer = refusal(
      await setMemberDisabled(transport, regionalToken, {
        clinicId: other,
        staffId: only.id,
        disabled: true,
      }),
    );
    expect(answer.issues).toEqual([{ path: 'disabled', message: 'last-admin' }]);
    expect((await signIn(register.url, 'admin9', 'admin9-password')).status).toBe(200);
  });

  it('lets only one of two admins disabling each other at the same moment succeed', async () => {
    const second = await createStaff(
      register.db,
      {
        clinicCode: 'PKGP9',
        login: 'admin9b',
        role: 'admin',
        displayName: 'Белова Нина Олеговна',
        password: 'admin9b-password',
      },
      { now: () => new Date(), random },
    );
    if (!second.ok) throw new Error(second.reason);
    const first = value(await listClinicStaff(transport, regionalToken, other)).staff.find(
      (member) => member.login === 'admin9',
    );
    if (first === undefined) throw new Error('admin9 is missing');
    const [tokenA, tokenB] = await Promise.all([
      tokenOf(register.url, 'admin9', 'admin9-password'),
      tokenOf(register.url, 'admin9b', 'admin9b-password'),
    ]);
    const answers = await Promise.all([
      setMemberDisabled(transport, tokenA, {
        clinicId: other,
        staffId: second.value.id as StaffId,
        disabled: true,
      }),
      setMemberDisabled(transport, tokenB, { clinicId: other, staffId: first.id, disabled: true }),
    ]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    const left = value(await listClinicStaff(transport, regionalToken, other)).staff;
    expect(left.filter((member) => member.role === 'admin' && !member.disabled)).toHaveLength(1);
    // Put PKGP9 back as it was for the tests that follow: admin9 enabled, admin9b disabled.
    value(
      await setMemberDisabled(transport, regionalToken, {
        clinicId: other,
        staffId: first.id,
        disabled: false,
      }),
    );
    value(
      await setMemberDisabled(transport, regionalToken, {
        clinicId: other,
        staffId: second.value.id as StaffId,
        disabled: true,
      }),
    );
  });

  it('refuses to disable or move out a member the commission order names', async () => {
    const chair = byLogin('commission');
    const answer = refusal(
      await changeMemberRole(transport, adminToken, {
        clinicId: home,
        staffId: chair.id,
        role: 'lab',
      }),
    );
    expect(answer.issues).toEqual([{ path: 'role', message: 'commission-member-named' }]);
    const disabled = refusal(
      await setMemberDisabled(transport, regionalToken, {
        clinicId: home,
        staffId: chair.id,
        disabled: true,
      }),
    );
    expect(disabled.issues).toEqual([{ path: 'disabled', message: 'commission-member-named' }]);
  });

  it('changes a role, and the regional admin may do it in any clinic', async () => {
    const lab = byLogin('lab');
    const changed = value(
      await changeMemberRole(transport, regionalToken, {
        clinicId: home,
        staffId: lab.id,
        role: 'registrar',
      }),
    );
    expect(changed.role).toBe('registrar');
    // The tablets keep the role with the PIN: a role change forgets the PIN there.
    expect(changed.pinResetAt).not.toBeNull();
    const back = value(
      await changeMemberRole(transport, adminToken, {
        clinicId: home,
        staffId: lab.id,
        role: 'lab',
      }),
    );
    expect(back.role).toBe('lab');
  });

  it('resets a password: the new one signs in, the old one and its sessions stop working', async () => {
    const verifier = byLogin('verifier');
    const oldSession = await tokenOf(register.url, 'verifier', 'demo-verifier');
    const answer = value(
      await resetMemberPassword(transport, adminToken, { clinicId: home, staffId: verifier.id }),
    );
    expect((await signIn(register.url, 'verifier', 'demo-verifier')).status).toBe(401);
    expect((await signIn(register.url, 'verifier', answer.password)).status).toBe(200);
    const stale = await fetch(`${register.url}/api/clinic/directory`, {
      headers: { authorization: `Bearer ${oldSession}` },
    });
    expect(stale.status).toBe(401);
  });

  it('puts a PIN reset and a disabled account into the clinic directory the tablets sync', async () => {
    const lab = byLogin('lab');
    const reset = value(
      await resetMemberPin(transport, adminToken, { clinicId: home, staffId: lab.id }),
    );
    expect(reset.pinResetAt).not.toBeNull();
    const petrova = value(await listClinicStaff(transport, adminToken, home)).staff.find(
      (member) => member.login === 'petrova',
    );
    if (petrova === undefined) throw new Error('petrova was not created');
    const off = value(
      await setMemberDisabled(transport, adminToken, {
        clinicId: home,
        staffId: petrova.id,
        disabled: true,
      }),
    );
    expect(off.disabled).toBe(true);
    expect((await signIn(register.url, 'petrova', 'no-matter')).status).toBe(401);

    const listed = (await directory(adminToken)).staff;
    const entry = (id: StaffId) => listed.find((member) => member.id === id);
    expect(entry(lab.id)).toMatchObject({ pinResetAt: reset.pinResetAt });
    expect(entry(lab.id)?.disabled).toBeUndefined();
    expect(entry(petrova.id)).toMatchObject({ disabled: true });

    const on = value(
      await setMemberDisabled(transport, adminToken, {
        clinicId: home,
        staffId: petrova.id,
        disabled: false,
      }),
    );
    expect(on.disabled).toBe(false);
    expect(
      (await directory(adminToken)).staff.find((m) => m.id === petrova.id)?.disabled,
    ).toBeUndefined();
  });
});
