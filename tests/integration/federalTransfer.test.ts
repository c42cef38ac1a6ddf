import { afterEach, describe, expect, it } from 'vitest';
import { clinicDirectorySchema } from '../../src/core/protocol/clinic';
import { DEMO_STAFF } from '../../src/register/seed';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { signInStaff } from '../support/tablets';

// Whether the register transfers to the federal register (FEDERAL_TRANSFER, issue #11 item
// 10) reaches the tablets with the clinic in its directory, so the printed statement
// promises the transfer only when it happens.

describe('the federal-transfer setting in the clinic directory', () => {
  let register: RunningRegister | undefined;
  afterEach(async () => {
    await register?.stop();
  });

  async function directoryOf(env: Readonly<Record<string, string>>) {
    register = await startRegister({ env });
    const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
    if (admin === undefined) throw new Error('no demo admin');
    const { token } = await signInStaff(register.url, admin.login, admin.password);
    const response = await fetch(`${register.url}/api/clinic/directory`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return clinicDirectorySchema.parse(await response.json());
  }

  it('is off by default, so the statement names no federal register', async () => {
    expect((await directoryOf({})).clinic.federalTransfer).toBe(false);
  });

  it('is on when the register is started with FEDERAL_TRANSFER=on', async () => {
    expect((await directoryOf({ FEDERAL_TRANSFER: 'on' })).clinic.federalTransfer).toBe(true);
  });
});
