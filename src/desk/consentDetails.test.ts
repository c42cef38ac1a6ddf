import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../core/records/calendarDate';
import { examplePerson, exampleRepresentative } from '../core/records/examples';
import { consentDetailGaps } from './consentDetails';

const issued = {
  type: 'ru-passport' as const,
  series: '3005',
  number: '123456',
  issuedOn: '2015-04-20' as CalendarDate,
  issuedBy: 'УМВД России по Камчатскому краю',
};

describe('what the personal-data consent still lacks', () => {
  it('lacks nothing for a card with the address and the document’s issue', () => {
    expect(
      consentDetailGaps(examplePerson({ address: 'Елизово', document: issued }), undefined),
    ).toEqual([]);
  });

  it('names the address and the issue of a card registered before issue #11', () => {
    expect(consentDetailGaps(examplePerson(), undefined)).toEqual([
      'person-address-missing',
      'person-document-issue-missing',
    ]);
  });

  it('counts a document with a date but no issuer as lacking its issue', () => {
    const halfIssued = { ...issued, issuedBy: undefined };
    expect(
      consentDetailGaps(examplePerson({ address: 'Елизово', document: halfIssued }), undefined),
    ).toEqual(['person-document-issue-missing']);
  });

  it('asks the same of the representative who is on the statement', () => {
    const person = examplePerson({ address: 'Елизово', document: issued });
    const representative = exampleRepresentative({
      address: undefined,
      document: { type: 'ru-passport', series: '3005', number: '654321' },
    });
    expect(consentDetailGaps(person, representative)).toEqual([
      'representative-address-missing',
      'representative-document-issue-missing',
    ]);
  });
});
