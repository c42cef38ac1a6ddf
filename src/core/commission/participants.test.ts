import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../records/calendarDate';
import { EXAMPLE_IDS, exampleCommission, exampleCommissionTaken } from '../records/examples';
import { checkCommissionClaim, COMMISSION_RULE_MESSAGES } from './participants';

const ISSUED_ON = '2026-11-21' as CalendarDate;

function claim(overrides: Partial<Parameters<typeof checkCommissionClaim>[0]> = {}) {
  return {
    protocolDate: ISSUED_ON,
    commission: exampleCommissionTaken(),
    commissionMemberId: EXAMPLE_IDS.commissionMember2,
    ...overrides,
  };
}

function reasonOf(result: ReturnType<typeof checkCommissionClaim>): string {
  return result.ok ? 'ok' : result.reason;
}

describe('a certificate’s commission against the clinic’s order', () => {
  it('passes the chair and two members, issued by one of them', () => {
    expect(reasonOf(checkCommissionClaim(claim(), exampleCommission(), ISSUED_ON))).toBe('ok');
  });

  it('is refused while the clinic has no commission, telling the admin to enter the order', () => {
    const refused = checkCommissionClaim(claim(), undefined, ISSUED_ON);
    expect(reasonOf(refused)).toBe('commission-not-configured');
    expect(COMMISSION_RULE_MESSAGES['commission-not-configured'].ru).toContain('администратор');
  });

  it('accepts a protocol of the day of issue or earlier, never later', () => {
    const earlier = claim({ protocolDate: '2026-11-20' as CalendarDate });
    expect(reasonOf(checkCommissionClaim(earlier, exampleCommission(), ISSUED_ON))).toBe('ok');
    const later = claim({ protocolDate: '2026-11-22' as CalendarDate });
    expect(reasonOf(checkCommissionClaim(later, exampleCommission(), ISSUED_ON))).toBe(
      'certificate-protocol-date-after-issue',
    );
  });

  it('judges members by the current order: a member removed since is a stranger', () => {
    const current = exampleCommission({
      memberIds: [EXAMPLE_IDS.commissionMember2, EXAMPLE_IDS.clerk],
    });
    expect(reasonOf(checkCommissionClaim(claim(), current, ISSUED_ON))).toBe(
      'certificate-commission-stranger',
    );
  });

  it('counts a member listed twice once', () => {
    const taken = exampleCommissionTaken();
    const [chair, first] = taken.members;
    if (chair === undefined || first === undefined) throw new Error('example commission');
    const twice = claim({ commission: { ...taken, members: [chair, first, first] } });
    expect(reasonOf(checkCommissionClaim(twice, exampleCommission(), ISSUED_ON))).toBe(
      'certificate-commission-stranger',
    );
  });

  it('refuses an order date that differs from the settings’', () => {
    const other = exampleCommission({ orderDate: '2025-01-12' as CalendarDate });
    expect(reasonOf(checkCommissionClaim(claim(), other, ISSUED_ON))).toBe(
      'certificate-commission-order-differs',
    );
  });
});
