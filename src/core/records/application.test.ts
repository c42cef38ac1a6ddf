import { describe, expect, it } from 'vitest';
import { applicationRecordSchema } from './application';
import { exampleApplication } from './examples';

const withdrawn = {
  status: 'cancelled',
  cancelReason: 'Передумала до оплаты',
  cancelledAt: '2026-11-20T01:10:00.000Z',
} as const;
const NO_CONSENTS = { personalData: false, paidService: false };

function issuesOf(record: unknown): string[] {
  const parsed = applicationRecordSchema.safeParse(record);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

describe('a withdrawn (cancelled) statement', () => {
  it('is accepted with its reason and time, signed or not before', () => {
    expect(issuesOf(exampleApplication(withdrawn))).toEqual([]);
    expect(
      issuesOf(exampleApplication({ ...withdrawn, signedAt: undefined, consents: NO_CONSENTS })),
    ).toEqual([]);
  });

  it('is refused without a reason, with a blank reason, or without the time', () => {
    expect(issuesOf(exampleApplication({ ...withdrawn, cancelReason: undefined }))).toEqual([
      'application-cancel-reason-missing',
    ]);
    expect(issuesOf(exampleApplication({ ...withdrawn, cancelledAt: undefined }))).toEqual([
      'application-cancel-reason-missing',
    ]);
    expect(issuesOf(exampleApplication({ ...withdrawn, cancelReason: '   ' }))).not.toEqual([]);
  });

  it('is refused with a reason longer than 500 characters', () => {
    expect(
      issuesOf(exampleApplication({ ...withdrawn, cancelReason: 'я'.repeat(501) })),
    ).not.toEqual([]);
    expect(issuesOf(exampleApplication({ ...withdrawn, cancelReason: 'я'.repeat(500) }))).toEqual(
      [],
    );
  });

  it('refuses a withdrawal reason or time on a statement that is not cancelled', () => {
    expect(issuesOf(exampleApplication({ cancelReason: withdrawn.cancelReason }))).toEqual([
      'application-cancel-without-status',
    ]);
    expect(issuesOf(exampleApplication({ cancelledAt: withdrawn.cancelledAt }))).toEqual([
      'application-cancel-without-status',
    ]);
  });

  it('still refuses a signed statement without its signing time', () => {
    expect(issuesOf(exampleApplication({ signedAt: undefined }))).toEqual([
      'application-signed-incomplete',
    ]);
  });
});
