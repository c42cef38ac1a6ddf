import { describe, expect, it } from 'vitest';
import { examplePerson } from '../../../core/records/examples';
import type { RejectedProblem } from '../../../desk/problems';
import { refusedRecordFile } from './saveRecordFile';

describe('the file a refused record is saved to before a discard', () => {
  it('holds what was sent, the reason and the register’s version, named by kind and id', () => {
    const person = examplePerson();
    const problem: RejectedProblem = {
      type: 'rejected',
      kind: 'person',
      recordId: person.id,
      reason: 'unknown-author',
      reasonCode: 'unknown-author',
      sent: { ...person, phone: '+79140000005' },
      record: { ...person, phone: '+79140000005' },
      registerRecord: person,
      queuedAt: '2026-11-26T09:00:00.000Z',
      mayPassAfterFix: true,
    };
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
});
