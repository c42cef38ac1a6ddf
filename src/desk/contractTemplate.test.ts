import { describe, expect, it } from 'vitest';
import { CURRENT_CONTRACT_TEMPLATE_VERSION } from '../core/contract/templates';
import { exampleReceipt } from '../core/records/examples';
import { readRecord } from '../storage/records';
import { recordContract, recordPayment } from './contract';
import { FIXTURE_SERVICE, FIXTURE_STATEMENT, openCashierDesk } from './deskFixture';

// A contract prints with the template version it recorded, so a reprint is the same text
// (issue #11, item 2): the desk writes the current version on every new contract, and the
// payment recorded later keeps it.

const NOW = new Date('2026-11-20T01:10:00.000Z');

describe('the template version of a new contract', () => {
  it('is the current version, stored, and kept when the payment is recorded later', async () => {
    const desk = await openCashierDesk(NOW);
    const written = await recordContract(desk.env, FIXTURE_STATEMENT, {
      service: FIXTURE_SERVICE,
      payer: { kind: 'self' },
      method: undefined,
    });
    if (!written.ok) throw new Error(written.reason);
    expect(CURRENT_CONTRACT_TEMPLATE_VERSION).toBe('ru-default-2026-12');
    expect(written.value.templateVersion).toBe(CURRENT_CONTRACT_TEMPLATE_VERSION);
    const payment = {
      method: 'card' as const,
      receipt: exampleReceipt(),
      paidAt: NOW.toISOString(),
    };
    const paid = await recordPayment(desk.env, written.value, payment);
    if (!paid.ok) throw new Error(paid.reason);
    const stored = await readRecord(desk.env.db, 'contract', written.value.id);
    expect(stored?.record).toMatchObject({ status: 'paid', templateVersion: 'ru-default-2026-12' });
  });
});
