import { describe, expect, it } from 'vitest';
import { examplePerson } from '../../../core/records/examples';
import type { PersonRecord } from '../../../core/records/person';
import type { RejectedProblem } from '../../../desk/problems';
import { refusedRecordFile } from './saveRecordFile';

/** A person's edit the register refused for its unknown author, the phone changed. */
function refusedPerson(person: PersonRecord): RejectedProblem {
  return {
    type: 'rejected',
    kind: 'person',
    recordId: person.id,
    reason: 'unknown-author',
    reasonCode: 'unknown-author',
    detail: undefined,
    sent: { ...person, phone: '+79140000005' },
    record: { ...person, phone: '+79140000005' },
    registerRecord: person,
    queuedAt: '2026-11-26T09:00:00.000Z',
    mayPassAfterFix: true,
    cardVoided: false,
    correctReceipt: undefined,
  };
}

describe('the file a refused record is saved to before a discard', () => {
  it('holds what was sent, the reason and the register’s version, named by kind and id', () => {
    const person = examplePerson();
    const problem = refusedPerson(person);
    const file = refusedRecordFile(problem, new Date('2026-11-26T10:00:00.000Z'));
    expect(file.name).toBe(`serodesk-person-${person.id}.json`);
    expect(JSON.parse(file.text)).toEqual({
      savedAt: '2026-11-26T10:00:00.000Z',
      kind: 'person',
      recordId: person.id,
      reason: 'unknown-author',
      sent: { ...person, phone: '+79140000005' },
      registerRecord: person,
    });
  });

  it('keeps the register’s detail of the refusal with it', () => {
    const person = examplePerson();
    const problem: RejectedProblem = {
      ...refusedPerson(person),
      reason: 'statement-unknown',
      reasonCode: 'statement-unknown',
      detail: '0193a0b0-0000-7000-8000-0000000000a1',
    };
    const file = refusedRecordFile(problem, new Date('2026-11-26T10:00:00.000Z'));
    expect(JSON.parse(file.text)).toMatchObject({
      reason: 'statement-unknown',
      detail: '0193a0b0-0000-7000-8000-0000000000a1',
    });
  });
});
