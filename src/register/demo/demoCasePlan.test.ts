import { describe, expect, it } from 'vitest';
import { calendarDateAt } from '../../core/records/calendarDate';
import type { CalendarDate } from '../../core/records/calendarDate';
import { DEMO_CLINIC_SETTINGS } from '../seed';
import type { PlanSettings } from './demoCasePlan';
import { planCase } from './demoCasePlan';
import { demoRandom } from './demoRandom';

const OFFSET = 720;

function settings(now: Date): PlanSettings {
  return {
    from: '2026-11-02' as CalendarDate,
    days: 30,
    utcOffsetMinutes: OFFSET,
    services: DEMO_CLINIC_SETTINGS.priceList.filter((item) => item.kind === 'antibody-test'),
    kits: DEMO_CLINIC_SETTINGS.kits,
    grounds: (kit) => kit.antibodyClass === 'IgG',
    now,
  };
}

describe('a demo case plan', () => {
  it('puts every visit in the period and before the horizon, on desk hours or just before now', () => {
    // The horizon at 10:00 Kamchatka time on the period's last day: that day's visits move earlier.
    const horizon = new Date('2026-11-30T22:00:00.000Z');
    const random = demoRandom(5);
    for (let i = 0; i < 2000; i++) {
      const plan = planCase(random, settings(horizon));
      const day = calendarDateAt(plan.arrival, OFFSET);
      expect(day >= '2026-11-02' && day <= '2026-12-01').toBe(true);
      expect(plan.arrival.getTime()).toBeLessThanOrEqual(horizon.getTime() - 90 * 60_000);
      expect(plan.closedAt > plan.arrival && plan.resultAt > plan.arrival).toBe(true);
      expect(plan.issueAt > plan.resultAt && plan.extraAt > plan.issueAt).toBe(true);
    }
  });

  it('picks a kit the service names: rapid for the rapid test, IgM for the IgM test', () => {
    const random = demoRandom(6);
    for (let i = 0; i < 500; i++) {
      const plan = planCase(random, settings(new Date('2026-12-01T00:00:00.000Z')));
      expect(plan.service.kitIds).toContain(plan.kit.id);
      const rapid = plan.service.nameRu.includes('экспресс');
      expect(plan.kit.method === 'rapid').toBe(rapid);
      if (plan.service.code === 'igm') expect(plan.kit.antibodyClass).toBe('IgM');
      expect(plan.kit.kind === 'qualitative' ? plan.entry.reading : plan.entry.value).toBeDefined();
    }
  });

  it('ends most cases in a certificate, some in a refund or a withdrawal', () => {
    const random = demoRandom(7);
    const outcomes = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const { outcome } = planCase(random, settings(new Date('2026-12-01T00:00:00.000Z')));
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect(outcomes.get('certificate')).toBeGreaterThan(1700);
    expect(outcomes.get('refund')).toBeGreaterThan(40);
    expect(outcomes.get('withdrawn')).toBeGreaterThan(20);
  });
});
