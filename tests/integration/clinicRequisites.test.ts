import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicRequisitesSchema } from '../../src/core/clinic/requisites';
import { clinicDirectorySchema, settingsSavedSchema } from '../../src/core/protocol/clinic';
import { DEMO_CLINIC_SETTINGS } from '../../src/register/seed';
import { loadClinic } from '../../src/storage/clinic';
import { testDatabases } from '../support/databases';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite } from '../support/syncSuite';
import { exampleRequisites } from '../../src/core/clinic/examples';

// The clinic's requisites (issue #11) ride in the settings document: the register stores them
// unchanged, refuses a wrong check digit naming the field, and a tablet gets them on sync.

const requisites = clinicRequisitesSchema.parse(exampleRequisites());

describe.each(testDatabases())('clinic requisites at the register on $engine', (database) => {
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

  it('stores the requisites, serves them in the directory and brings them to a tablet', async () => {
    const tablet = await suite.tablet('requisites-reader');
    const settings = { ...DEMO_CLINIC_SETTINGS, requisites };
    const saved = await call('PUT', '/api/clinic/settings', suite.adminToken, { settings });
    expect(saved.status).toBe(200);
    expect(settingsSavedSchema.parse(saved.json).clinic.settings.requisites).toEqual(requisites);
    const directory = await call('GET', '/api/clinic/directory', suite.adminToken);
    expect(clinicDirectorySchema.parse(directory.json).clinic.settings.requisites).toEqual(
      requisites,
    );
    await tablet.engine.syncNow();
    expect((await loadClinic(tablet.db))?.settings.requisites).toEqual(requisites);
  });

  it('refuses a wrong ОГРН check digit with 400 naming the field', async () => {
    const settings = {
      ...DEMO_CLINIC_SETTINGS,
      requisites: { ...requisites, ogrn: '1027700132196' },
    };
    const answer = await call('PUT', '/api/clinic/settings', suite.adminToken, { settings });
    expect(answer.status).toBe(400);
    expect((answer.json as { error: { issues: unknown[] } }).error.issues).toContainEqual({
      path: 'settings.requisites.ogrn',
      message: 'ogrn-checksum',
    });
  });
});
