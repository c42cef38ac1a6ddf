import { describe, expect, it } from 'vitest';
import type { PriceItem } from '../core/clinic/settings';
import { CURRENT_CONTRACT_TEMPLATE_VERSION } from '../core/contract/templates';
import {
  EXAMPLE_IDS,
  exampleApplication,
  examplePerson,
  exampleReceipt,
} from '../core/records/examples';
import { readRecord } from '../storage/records';
import { recordContract, recordPayment } from './contract';
import { openDeskFixture } from './deskFixture';

// A contract prints with the template version it recorded, so a reprint is the same text
// (issue #11, item 2): the desk writes the current version on every new contract, and the
// payment recorded later keeps it.

const NOW = new Date('2026-11-20T01:10:00.000Z');
const SERVICE: PriceItem = {
  code: 'AB-IGG',
  nameRu: 'Определение антител IgG к SARS-CoV-2',
  nameEn: 'SARS-CoV-2 IgG antibody test',
  priceKopecks: 95000,
  kind: 'antibody-test',
};
const STATEMENT = { applicationId: EXAMPLE_IDS.application, personId: EXAMPLE_IDS.person };

describe('the template version of a new contract', () => {
  it('is the current version, stored, and kept when the payment is recorded later', async () => {
    const desk = await openDeskFixture('registrar', [examplePerson(), exampleApplication()], NOW);
    const written = await recordContract(desk.env, STATEMENT, {
      service: SERVICE,
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
