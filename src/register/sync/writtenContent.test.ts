import { describe, expect, it } from 'vitest';
import type { PersonId } from '../../core/ids';
import type { PushOp } from '../../core/protocol/sync';
import { examplePerson } from '../../core/records/examples';
import type { ClinicRecord } from '../../core/records/record';
import { safeParseRecord } from './recordCheck';
import { sameWrittenContent } from './writtenContent';

// A repeat of an op that wrote a new record is compared with the version it wrote
// (writtenContent.ts): the same record but for its version, as sent or as the check makes it.

const written = examplePerson({
  version: 1,
  document: {
    type: 'ru-passport',
    series: '3005',
    number: '123456',
    issuedBy: 'УМВД России по Камчатскому краю',
  },
});
const body = JSON.stringify(written);

function op(record: unknown, kind: PushOp['kind'] = 'person'): PushOp {
  return {
    opId: '0193a0b0-0000-7000-8000-0000000000a1' as PushOp['opId'],
    kind,
    baseVersion: 0,
    record,
  };
}

function checkedOf(record: unknown): ClinicRecord | undefined {
  const parsed = safeParseRecord(record);
  return parsed.success ? parsed.data : undefined;
}

describe('a repeated op compared with the version it wrote', () => {
  it('is the same content whatever its key order and the version it was sent with', () => {
    const sent = Object.fromEntries(Object.entries({ ...written, version: 0 }).reverse());
    expect(sameWrittenContent(op(sent), checkedOf(sent), body)).toBe(true);
  });

  it('is the same content when only what the check normalises differs', () => {
    const sent = {
      ...written,
      version: 0,
      document: { ...written.document, issuedBy: ' УМВД России по Камчатскому краю ' },
    };
    expect(sameWrittenContent(op(sent), checkedOf(sent), body)).toBe(true);
    // Without the check's reading (an op it refuses), only the record as sent counts.
    expect(sameWrittenContent(op(sent), undefined, body)).toBe(false);
  });

  it('is other content for another value, another record or another kind', () => {
    const edited = { ...written, phone: '+79140000777' };
    expect(sameWrittenContent(op(edited), checkedOf(edited), body)).toBe(false);
    const other = examplePerson({
      id: '0193a0b0-0000-7000-8000-0000000000f2' as PersonId,
    });
    expect(sameWrittenContent(op(other), checkedOf(other), body)).toBe(false);
    expect(sameWrittenContent(op(written, 'application'), undefined, body)).toBe(false);
    expect(sameWrittenContent(op('not a record'), undefined, body)).toBe(false);
  });

  it('matches a stored body the check now refuses only as sent', () => {
    const old = { ...written, document: { ...written.document, number: 'x' } };
    const oldBody = JSON.stringify(old);
    expect(sameWrittenContent(op({ ...old, version: 0 }), undefined, oldBody)).toBe(true);
    expect(sameWrittenContent(op(written), checkedOf(written), oldBody)).toBe(false);
  });
});
