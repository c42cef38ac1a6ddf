import { describe, expect, it } from 'vitest';
import type { AdmissionPolicy } from '../admission/policy';
import { DEFAULT_ADMISSION_POLICY } from '../admission/policy';
import type { ApplicationId, KitId, PersonId, SampleId } from '../ids';
import { newId } from '../ids';
import type { CalendarDate } from '../records/calendarDate';
import {
  EXAMPLE_IDS,
  exampleApplication,
  exampleContract,
  exampleResult,
  exampleSample,
} from '../records/examples';
import { exampleKit } from '../clinic/examples';
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
  admissionPolicy: DEFAULT_ADMISSION_POLICY,
  today: '2026-11-21' as CalendarDate,
};

/** Ids no example record has, one of each type a cross-record link names. */
const stamp = () => new Date('2026-11-20T00:00:00Z');
const bytes = (n: number) => new Uint8Array(n).fill(0xee);
const OTHER = {
  sample: newId<SampleId>(stamp, bytes),
  application: newId<ApplicationId>(stamp, bytes),
  person: newId<PersonId>(stamp, bytes),
  kit: newId<KitId>(stamp, bytes),
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
      'presence-admitted',
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

  it('refuses a presence conclusion from an IgM kit under the default IgG-only policy, in words', () => {
    const igm = exampleKit({ antibodyClass: 'IgM', target: 'N' });
    const entries = evaluateChecklist({ ...complete, kit: igm });
    const failed = entries.filter((entry) => !entry.passed);
    expect(failed.map(({ item, reason }) => ({ item, reason }))).toEqual([
      { item: 'presence-admitted', reason: 'presence-class-not-admitted' },
    ]);
    expect(failed[0]?.words?.ru).toContain('определяет IgM');
    expect(failed[0]?.words?.ru).toContain('признают только IgG');
    expect(failed[0]?.words?.en).toContain('admit only IgG');
    expect(canIssue(entries)).toBe(false);
  });

  it('lets the same IgM kit ground an absence certificate: it admits nobody', () => {
    const igm = exampleKit({ antibodyClass: 'IgM', target: 'N' });
    const absent = exampleResult({ interpretation: 'not-detected', value: 2 });
    expect(failures({ ...complete, kit: igm, result: absent })).toEqual([]);
  });

  it('admits an IgM presence conclusion once the region admits IgM', () => {
    const igm = exampleKit({ antibodyClass: 'IgM', target: 'N' });
    const admissionPolicy: AdmissionPolicy = {
      ...DEFAULT_ADMISSION_POLICY,
      version: 2,
      admittedClasses: ['IgG', 'IgM'],
    };
    expect(failures({ ...complete, kit: igm, admissionPolicy })).toEqual([]);
  });

  it('fails records that belong to different applications', () => {
    const input = {
      ...complete,
      result: exampleResult({ sampleId: EXAMPLE_IDS.contract as never }),
    };
    expect(failures(input)).toEqual([{ item: 'records-match', reason: 'records-mismatch' }]);
  });

  // Each link between the records broken on its own: a mis-tapped record on a busy desk must
  // fail the list whichever link it breaks, and only that item.
  it.each([
    ['the result is of another sample', { result: exampleResult({ sampleId: OTHER.sample }) }],
    [
      'the sample is of another application',
      { sample: exampleSample({ applicationId: OTHER.application }) },
    ],
    ['the sample is of another person', { sample: exampleSample({ personId: OTHER.person }) }],
    [
      'the contract is of another application',
      { contract: exampleContract({ applicationId: OTHER.application }) },
    ],
    [
      'the contract is of another person',
      { contract: exampleContract({ personId: OTHER.person }) },
    ],
    [
      'the application is of another person',
      { application: exampleApplication({ personId: OTHER.person }) },
    ],
  ] as const)('fails the records-match item when %s', (_link, broken) => {
    expect(failures({ ...complete, ...broken })).toEqual([
      { item: 'records-match', reason: 'records-mismatch' },
    ]);
  });

  it.each([
    ['the sample names another kit', { sample: exampleSample({ kitId: OTHER.kit }) }],
    ['the result names another kit', { result: exampleResult({ kitId: OTHER.kit }) }],
  ] as const)('fails the kit item when %s than the one checked', (_link, broken) => {
    expect(failures({ ...complete, ...broken })).toEqual([
      { item: 'kit-accepted', reason: 'kit-mismatch' },
    ]);
  });

  it('names each missing record on its own item', () => {
    const input: ChecklistInput = {
      policy: complete.policy,
      admissionPolicy: complete.admissionPolicy,
      today: complete.today,
    };
    expect(failures(input)).toEqual([
      { item: 'identity-document-checked', reason: 'application-missing' },
      { item: 'statement-signed', reason: 'application-missing' },
      { item: 'contract-paid', reason: 'contract-missing' },
      { item: 'result-final', reason: 'result-missing' },
      { item: 'sample-recent', reason: 'sample-missing' },
      { item: 'kit-accepted', reason: 'kit-missing' },
      { item: 'result-unambiguous', reason: 'result-missing' },
      { item: 'presence-admitted', reason: 'kit-missing' },
      { item: 'records-match', reason: 'records-incomplete' },
    ]);
  });

  it('cannot issue from an incomplete list', () => {
    const entries = evaluateChecklist(complete).slice(0, 8);
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
