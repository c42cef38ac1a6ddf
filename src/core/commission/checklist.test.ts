import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../records/calendarDate';
import {
  EXAMPLE_IDS,
  exampleApplication,
  exampleContract,
  exampleKit,
  exampleResult,
  exampleSample,
} from '../records/examples';
import type { ChecklistInput, ChecklistItem } from './checklist';
import {
  canIssue,
  CHECKLIST_ITEM_LABELS,
  CHECKLIST_REASON_MESSAGES,
  evaluateChecklist,
} from './checklist';

const complete: ChecklistInput = {
  application: exampleApplication(),
  contract: exampleContract(),
  sample: exampleSample(),
  result: exampleResult(),
  kit: exampleKit(),
  policy: { maxSampleAgeDays: 14, acceptedKitIds: [EXAMPLE_IDS.kit], utcOffsetMinutes: 720 },
  today: '2026-11-21' as CalendarDate,
};

function failures(input: ChecklistInput) {
  return evaluateChecklist(input)
    .filter((entry) => !entry.passed)
    .map(({ item, reason }) => ({ item, reason }));
}

describe('the commission check-list', () => {
  it('passes every item for a complete, consistent case, and the certificate can be issued', () => {
    const entries = evaluateChecklist(complete);
    expect(entries.map((entry) => entry.item)).toEqual([
      'identity-document-checked',
      'statement-signed',
      'contract-paid',
      'result-final',
      'sample-recent',
      'kit-accepted',
      'result-unambiguous',
      'records-match',
    ]);
    expect(entries.every((entry) => entry.passed && entry.reason === undefined)).toBe(true);
    expect(canIssue(entries)).toBe(true);
  });

  it('fails when the identity document is not marked checked', () => {
    const input = {
      ...complete,
      application: exampleApplication({ identityDocumentChecked: false }),
    };
    expect(failures(input)).toEqual([
      { item: 'identity-document-checked', reason: 'identity-not-checked' },
    ]);
    expect(canIssue(evaluateChecklist(input))).toBe(false);
  });

  it('fails when the statement is not signed, or was cancelled', () => {
    const draft = {
      ...complete,
      application: exampleApplication({ status: 'draft', signedAt: undefined }),
    };
    expect(failures(draft)).toEqual([{ item: 'statement-signed', reason: 'statement-not-signed' }]);
    const cancelled = { ...complete, application: exampleApplication({ status: 'cancelled' }) };
    expect(failures(cancelled)).toEqual([
      { item: 'statement-signed', reason: 'statement-cancelled' },
    ]);
  });

  it.each([
    ['draft', 'contract-not-paid'],
    ['cancelled', 'contract-cancelled'],
    ['refunded', 'contract-refunded'],
  ] as const)('fails when the contract is %s', (status, reason) => {
    const input = { ...complete, contract: exampleContract({ status, cancelReason: 'отказ' }) };
    expect(failures(input)).toEqual([{ item: 'contract-paid', reason }]);
  });

  it('fails when the result is not final yet', () => {
    const input = { ...complete, result: exampleResult({ final: false }) };
    expect(failures(input)).toEqual([{ item: 'result-final', reason: 'result-not-final' }]);
  });

  it('accepts a sample exactly the maximum number of days old and fails it one day later', () => {
    // Sample taken on 20 November, Kamchatka time.
    expect(failures({ ...complete, today: '2026-12-04' as CalendarDate })).toEqual([]);
    expect(failures({ ...complete, today: '2026-12-05' as CalendarDate })).toEqual([
      { item: 'sample-recent', reason: 'sample-too-old' },
    ]);
  });

  it('dates the sample in the clinic’s time zone, not UTC', () => {
    // 21:30 UTC on 19 November is 09:30 on 20 November in Kamchatka: 0 days old on the 20th.
    expect(failures({ ...complete, today: '2026-11-20' as CalendarDate })).toEqual([]);
    expect(failures({ ...complete, today: '2026-11-19' as CalendarDate })).toEqual([
      { item: 'sample-recent', reason: 'sample-in-future' },
    ]);
  });

  it('fails a kit that is withdrawn, not on the clinic’s list, or not the sample’s kit', () => {
    expect(failures({ ...complete, kit: exampleKit({ withdrawn: true }) })).toEqual([
      { item: 'kit-accepted', reason: 'kit-withdrawn' },
    ]);
    expect(failures({ ...complete, policy: { ...complete.policy, acceptedKitIds: [] } })).toEqual([
      { item: 'kit-accepted', reason: 'kit-not-accepted' },
    ]);
    const otherKit = exampleKit({ id: EXAMPLE_IDS.person as unknown as typeof EXAMPLE_IDS.kit });
    expect(failures({ ...complete, kit: otherKit })).toEqual([
      { item: 'kit-accepted', reason: 'kit-mismatch' },
    ]);
  });

  it('fails an equivocal result: a retest, never a certificate', () => {
    const input = {
      ...complete,
      result: exampleResult({ interpretation: 'equivocal', value: 10 }),
    };
    expect(failures(input)).toEqual([{ item: 'result-unambiguous', reason: 'result-equivocal' }]);
  });

  it('fails records that belong to different applications', () => {
    const input = {
      ...complete,
      result: exampleResult({ sampleId: EXAMPLE_IDS.contract as never }),
    };
    expect(failures(input)).toEqual([{ item: 'records-match', reason: 'records-mismatch' }]);
  });

  it('names each missing record on its own item', () => {
    const input: ChecklistInput = { policy: complete.policy, today: complete.today };
    expect(failures(input)).toEqual([
      { item: 'identity-document-checked', reason: 'application-missing' },
      { item: 'statement-signed', reason: 'application-missing' },
      { item: 'contract-paid', reason: 'contract-missing' },
      { item: 'result-final', reason: 'result-missing' },
      { item: 'sample-recent', reason: 'sample-missing' },
      { item: 'kit-accepted', reason: 'kit-missing' },
      { item: 'result-unambiguous', reason: 'result-missing' },
      { item: 'records-match', reason: 'records-incomplete' },
    ]);
  });

  it('cannot issue from an incomplete list', () => {
    const entries = evaluateChecklist(complete).slice(0, 7);
    expect(canIssue(entries)).toBe(false);
  });

  it('labels every item and every reason in Russian and English', () => {
    const items = evaluateChecklist(complete).map((entry) => entry.item);
    for (const item of items) {
      const label = CHECKLIST_ITEM_LABELS[item satisfies ChecklistItem];
      expect(label.ru).not.toBe(label.en);
    }
    for (const message of Object.values(CHECKLIST_REASON_MESSAGES)) {
      expect(message.ru).toMatch(/[а-яё]/i);
      expect(message.en).toMatch(/^[A-Z]/);
    }
  });
});
