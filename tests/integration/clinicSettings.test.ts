import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClinicSettings } from '../../src/core/clinic/settings';
import type { ClinicCommission } from '../../src/core/clinic/commission';
import type { KitId, StaffId } from '../../src/core/ids';
import type { CalendarDate } from '../../src/core/records/calendarDate';
import { clinicDirectorySchema, settingsSavedSchema } from '../../src/core/protocol/clinic';
import { DEFAULT_ADMISSION_POLICY } from '../../src/core/admission/policy';
import { hashPassword } from '../../src/register/auth/password';
import { newId as registerId } from '../../src/register/ids';
import { DEMO_CLINIC_SETTINGS, DEMO_COMMISSION_ORDER, DEMO_STAFF } from '../../src/register/seed';
import { publishAdmissionPolicy } from '../../src/register/trust/admissionPolicy';
import { loadAdmissionPolicy } from '../../src/storage/clinicDirectory';
import { staffName } from '../../src/storage/deskQueries';
import { loadClinic } from '../../src/storage/clinic';
import { loadTabletToken } from '../../src/storage/tablet';
import { saveClinicSettings } from '../../src/sync/clinicSettings';
import { testDatabases } from '../support/databases';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite } from '../support/syncSuite';
import { addClinic, signInStaff } from '../support/tablets';

// The admin saves the clinic's settings at the register, and every tablet of the clinic gets
// them — with its colleagues' names — on its next sync run (PUT /api/clinic/settings,
// GET /api/clinic/directory), on every configured engine.

const NEW_KIT = {
  id: '0193a1c0-7a00-7000-8000-0000000000f1' as KitId,
  name: 'Вектор IgG новая серия',
  antibodyClass: 'IgG',
  target: 'S',
  method: 'ELISA',
  kind: 'quantitative',
  unit: 'BAU/ml',
  threshold: 12,
  withdrawn: false,
} as const;

function withNewKit(settings: ClinicSettings, priceKopecks: number): ClinicSettings {
  const [first, ...rest] = settings.priceList;
  if (first === undefined) throw new Error('demo price list is empty');
  return {
    ...settings,
    priceList: [{ ...first, priceKopecks }, ...rest],
    kits: [...settings.kits, NEW_KIT],
  };
}

describe.each(testDatabases())('clinic settings and directory on $engine', (database) => {
  let suite: SyncSuite;

  beforeAll(async () => {
    suite = await openSyncSuite(database);
  });

  afterAll(async () => {
    await suite.close();
  });

  async function call(method: 'GET' | 'PUT', path: string, token: string, body?: unknown) {
    const response = await fetch(`${suite.register.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  }

  async function storedSettings(): Promise<ClinicSettings> {
    const answer = await call('GET', '/api/clinic/directory', suite.adminToken);
    return clinicDirectorySchema.parse(answer.json).clinic.settings;
  }

  it("saves the admin's settings and serves them to a tablet in the directory", async () => {
    const tablet = await suite.tablet('directory-reader');
    const settings = withNewKit(DEMO_CLINIC_SETTINGS, 99_000);
    const saved = await call('PUT', '/api/clinic/settings', suite.adminToken, { settings });
    expect(saved.status).toBe(200);
    expect(settingsSavedSchema.parse(saved.json).clinic.settings).toEqual(settings);

    const token = await loadTabletToken(tablet.db);
    const answer = await call('GET', '/api/clinic/directory', token ?? '');
    expect(answer.status).toBe(200);
    const directory = clinicDirectorySchema.parse(answer.json);
    expect(directory.clinic.settings.kits.map((kit) => kit.id)).toContain(NEW_KIT.id);
    expect(directory.clinic.settings.priceList[0]?.priceKopecks).toBe(99_000);
    expect(directory.staff.map((member) => member.displayName).sort()).toEqual(
      DEMO_STAFF.map((account) => account.displayName).sort(),
    );
    // Names and roles only: never a login or a password hash.
    expect(JSON.stringify(answer.json)).not.toMatch(/password|scrypt|"login"/);
  });

  it('refuses the settings from a registrar with 403 and keeps the stored ones', async () => {
    const before = await storedSettings();
    const settings = withNewKit(DEMO_CLINIC_SETTINGS, 1);
    const answer = await call('PUT', '/api/clinic/settings', suite.registrarToken, { settings });
    expect(answer.status).toBe(403);
    expect(answer.json).toMatchObject({ error: { code: 'forbidden' } });
    expect(await storedSettings()).toEqual(before);
  });

  it('refuses bad settings with 400 naming the field, and keeps the stored ones', async () => {
    const before = await storedSettings();
    const noThreshold = { ...NEW_KIT, id: '0193a1c0-7a00-7000-8000-0000000000f2' } as Record<
      string,
      unknown
    >;
    delete noThreshold['threshold'];
    const [first] = before.priceList;
    const bad = {
      ...before,
      priceList: [...before.priceList, { ...first, nameRu: 'Повтор кода' }],
      kits: [...before.kits, noThreshold],
    };
    const answer = await call('PUT', '/api/clinic/settings', suite.adminToken, { settings: bad });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { code: 'invalid-body' } });
    const issues = (answer.json as { error: { issues: unknown[] } }).error.issues;
    expect(issues).toContainEqual({
      path: `settings.kits.${String(before.kits.length)}.threshold`,
      message: 'kit-threshold-missing',
    });
    expect(issues).toContainEqual({
      path: `settings.priceList.${String(before.priceList.length)}.code`,
      message: 'price-code-duplicate',
    });
    expect(await storedSettings()).toEqual(before);
  });

  /** The demo order on the commission, naming the seeded accounts by their ids here. */
  async function demoCommission(): Promise<ClinicCommission> {
    const rows = await suite.register.db.kysely
      .selectFrom('staff')
      .select(['id', 'login'])
      .where('login', 'in', ['commission', 'commission2', 'commission3'])
      .execute();
    const idOf = (login: string) => rows.find((row) => row.login === login)?.id as StaffId;
    return {
      orderNumber: DEMO_COMMISSION_ORDER.orderNumber,
      orderDate: DEMO_COMMISSION_ORDER.orderDate as CalendarDate,
      chairId: idOf('commission'),
      memberIds: [idOf('commission2'), idOf('commission3')],
    };
  }

  it('refuses a chair who is not a commission member of the clinic, at the chair’s field', async () => {
    const before = await storedSettings();
    const commission = await demoCommission();
    const settings = {
      ...before,
      commission: { ...commission, chairId: suite.staff.registrar as StaffId },
    };
    const answer = await call('PUT', '/api/clinic/settings', suite.adminToken, { settings });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      error: {
        code: 'invalid-body',
        issues: [{ path: 'settings.commission.chairId', message: 'commission-member-unknown' }],
      },
    });
    expect(await storedSettings()).toEqual(before);
  });

  it('refuses an order naming a member whose account is disabled, at that member’s field', async () => {
    const before = await storedSettings();
    const commission = await demoCommission();
    const member = commission.memberIds[1] ?? '';
    const disable = (at: string | null) =>
      suite.register.db.kysely
        .updateTable('staff')
        .set({ disabled_at: at })
        .where('id', '=', member)
        .execute();
    await disable(new Date().toISOString());
    try {
      const answer = await call('PUT', '/api/clinic/settings', suite.adminToken, {
        settings: { ...before, commission },
      });
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({
        error: {
          issues: [
            { path: 'settings.commission.memberIds.1', message: 'commission-member-disabled' },
          ],
        },
      });
      expect(await storedSettings()).toEqual(before);
    } finally {
      await disable(null);
    }
  });

  it('refuses to drop a saved kit (samples name it) but accepts it withdrawn', async () => {
    const before = await storedSettings();
    const dropped = { ...before, kits: before.kits.filter((kit) => kit.id !== NEW_KIT.id) };
    const refused = await call('PUT', '/api/clinic/settings', suite.adminToken, {
      settings: dropped,
    });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({
      error: { issues: [{ path: 'settings.kits', message: 'kit-removed' }] },
    });
    const withdrawn = {
      ...before,
      kits: before.kits.map((kit) => (kit.id === NEW_KIT.id ? { ...kit, withdrawn: true } : kit)),
    };
    const accepted = await call('PUT', '/api/clinic/settings', suite.adminToken, {
      settings: withdrawn,
    });
    expect(accepted.status).toBe(200);
    expect((await storedSettings()).kits.find((kit) => kit.id === NEW_KIT.id)?.withdrawn).toBe(
      true,
    );
  });

  it("lets another clinic's admin change only their own clinic", async () => {
    const before = await storedSettings();
    const { clinicId } = await addClinic(suite.register.db, 'OTHER1', {
      login: `other-registrar-${database.engine}`,
      password: 'other-registrar-pass',
    });
    const random = (n: number) => new Uint8Array(randomBytes(n));
    const login = `other-admin-${database.engine}`;
    await suite.register.db.kysely
      .insertInto('staff')
      .values({
        id: registerId(() => new Date(), random),
        clinic_id: clinicId,
        login,
        display_name: 'Админ второй клиники',
        role: 'admin',
        password_hash: await hashPassword('other-admin-pass', random),
        created_at: new Date().toISOString(),
      })
      .execute();
    const otherAdmin = await signInStaff(suite.register.url, login, 'other-admin-pass');

    const settings = withNewKit(DEMO_CLINIC_SETTINGS, 5_000);
    const answer = await call('PUT', '/api/clinic/settings', otherAdmin.token, { settings });
    expect(answer.status).toBe(200);
    expect(settingsSavedSchema.parse(answer.json).clinic.id).toBe(clinicId);
    expect(await storedSettings()).toEqual(before);

    const theirs = await call('GET', '/api/clinic/directory', otherAdmin.token);
    const directory = clinicDirectorySchema.parse(theirs.json);
    expect(directory.staff.map((member) => member.displayName).sort()).toEqual([
      'Админ второй клиники',
      'Регистратор второй клиники',
    ]);
  });

  it("brings a tablet the new settings and a colleague's name on its next sync", async () => {
    const tablet = await suite.tablet('colleague-names');
    const commissionId = suite.staff.commission;
    expect(await staffName(tablet.db, commissionId)).toBeUndefined();
    const current = await storedSettings();
    const settings = { ...current, cardName: 'ГП № 3 (новое)' };
    expect((await call('PUT', '/api/clinic/settings', suite.adminToken, { settings })).status).toBe(
      200,
    );

    const status = await tablet.engine.syncNow();
    expect(status.lastError).toBeNull();
    expect((await loadClinic(tablet.db))?.settings).toEqual(settings);
    expect(await staffName(tablet.db, commissionId)).toBe('Петров Андрей Викторович');
    expect(tablet.network.requests).toContain('/api/clinic/directory');
  });

  it("brings a tablet the region's admission policy, the one the register publishes", async () => {
    const tablet = await suite.tablet('admission-policy');
    expect(await loadAdmissionPolicy(tablet.db)).toEqual(DEFAULT_ADMISSION_POLICY);
    const { region, presenceMonths, utcOffsetMinutes } = DEFAULT_ADMISSION_POLICY;
    const published = await publishAdmissionPolicy(
      suite.register.db,
      { region, presenceMonths, utcOffsetMinutes, admittedClasses: ['IgG', 'total'] },
      new Date('2026-11-30T23:00:00.000Z'),
    );
    expect(published.version).toBeGreaterThan(DEFAULT_ADMISSION_POLICY.version);

    const answer = await call('GET', '/api/clinic/directory', suite.adminToken);
    expect(clinicDirectorySchema.parse(answer.json).admissionPolicy).toEqual(published);
    const wellKnown = await fetch(`${suite.register.url}/.well-known/admission-policy.json`);
    expect(await wellKnown.json()).toEqual(published);

    const status = await tablet.engine.syncNow();
    expect(status.lastError).toBeNull();
    expect(await loadAdmissionPolicy(tablet.db)).toEqual(published);
  });

  it("gives the desk's save call the register's refusal by field, and keeps a saved clinic", async () => {
    const tablet = await suite.tablet('admin-desk');
    const current = await storedSettings();
    const { transport } = tablet.network;
    const noThreshold = {
      id: '0193a1c0-7a00-7000-8000-0000000000f3' as KitId,
      name: 'Без порога',
      antibodyClass: 'IgG',
      target: 'S',
      method: 'ELISA',
      kind: 'quantitative',
      unit: 'BAU/ml',
      withdrawn: false,
    } as const;
    const refused = await saveClinicSettings(tablet.db, transport, {
      staffToken: suite.adminToken,
      settings: { ...current, kits: [...current.kits, noThreshold] },
    });
    expect(refused).toMatchObject({
      ok: false,
      reason: 'invalid-settings',
      issues: [
        { path: `kits.${String(current.kits.length)}.threshold`, message: 'kit-threshold-missing' },
      ],
    });
    const byRegistrar = await saveClinicSettings(tablet.db, transport, {
      staffToken: suite.registrarToken,
      settings: current,
    });
    expect(byRegistrar).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(byRegistrar.ok || byRegistrar.said?.ru).toContain('роль');

    const renamed = { ...current, cardName: 'ГП № 3 (с планшета)' };
    const saved = await saveClinicSettings(tablet.db, transport, {
      staffToken: suite.adminToken,
      settings: renamed,
    });
    expect(saved.ok).toBe(true);
    expect((await loadClinic(tablet.db))?.settings).toEqual(renamed);
  });

  it('reports a run whose directory answer is lost as failed, like any other request', async () => {
    const tablet = await suite.tablet('directory-lost');
    // An empty outbox: the directory is asked for beside the pull, and its answer is lost.
    tablet.network.loseAnswerTo('/api/clinic/directory');
    const status = await tablet.engine.syncNow();
    expect([...tablet.network.requests].sort()).toEqual([
      '/api/clinic/directory',
      '/api/sync/pull',
    ]);
    expect(status.lastError?.reason).toBe('network');
    expect(status.lastSuccessAt).toBeNull();
  });
});
