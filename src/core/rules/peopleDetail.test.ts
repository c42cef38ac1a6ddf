import { describe, expect, it } from 'vitest';
import { withPeopleDetail } from './peopleDetail';

describe('a refusal’s detail shown to people', () => {
  const detail = 'ФН 7284440500123456, ФД 501; № KAM01-T09-2026-000123';

  it('follows the message of a receipt already on another contract', () => {
    expect(withPeopleDetail('Этот кассовый чек…', 'receipt-on-another-contract', detail)).toBe(
      `Этот кассовый чек… — ${detail}`,
    );
  });

  it('stays in the log for other refusals and when there is none', () => {
    expect(withPeopleDetail('Сумма…', 'payment-receipt-sum-differs', 'receipt 900,00 ₽')).toBe(
      'Сумма…',
    );
    expect(withPeopleDetail('Этот кассовый чек…', 'receipt-on-another-contract', undefined)).toBe(
      'Этот кассовый чек…',
    );
  });
});
