import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { FIELD_TOO_LONG, TEXT_LIMITS } from '../../core/records/base';
import {
  exampleApplication,
  exampleCertificate,
  exampleCommissionTaken,
  exampleContract,
  examplePerson,
  exampleRepresentative,
  exampleResult,
  exampleRevocation,
  exampleSample,
} from '../../core/records/examples';
import { clinicRecordSchema, RECORD_KINDS } from '../../core/records/record';
import { parseRecord, safeParseRecord } from './recordCheck';

// The register checks records with each kind's schema compiled by zod (recordCheck.ts). These
// hold it to compiling — zod would otherwise hand the schema back as it is, and the register
// would walk it again without a word — and to answering exactly as the schema does.

/** What the check answers, as comparable data: the value, or each issue's path and message. */
function answerOf(parsed: z.ZodSafeParseResult<unknown>) {
  return parsed.success
    ? { value: parsed.data }
    : { issues: parsed.error.issues.map(({ path, message }) => ({ path, message })) };
}

const person = examplePerson({
  declined: { genitive: 'Ивановой Марии Петровны', dative: 'Ивановой Марии Петровне' },
});

const valid = [
  person,
  examplePerson({ patronymic: undefined, snils: undefined, oms: undefined }),
  exampleApplication({ representative: exampleRepresentative() }),
  exampleApplication(),
  exampleContract(),
  exampleSample(),
  exampleResult(),
  exampleCertificate(),
  exampleCertificate({ commission: exampleCommissionTaken() }),
  exampleRevocation(),
];

const invalid: readonly (readonly [string, unknown])[] = [
  ['a SNILS with a wrong checksum', { ...person, snils: '12345678901' }],
  ['a Latin surname in the Cyrillic field', { ...person, surname: 'Smith' }],
  ['a person without a birth date', { ...person, birthDate: undefined }],
  ['a declined form in Latin letters', { ...person, declined: { genitive: 'Ivanovoi' } }],
  [
    'a document whose number is not the type’s',
    { ...person, document: { type: 'ru-passport', number: '12' } },
  ],
  [
    'a certificate protocol number too long',
    { ...exampleCertificate(), protocolNumber: 'я'.repeat(TEXT_LIMITS.code + 1) },
  ],
  [
    'a commission with no members',
    { ...exampleCertificate(), commission: { ...exampleCommissionTaken(), members: [] } },
  ],
  ['an unknown kind', { ...person, kind: 'visit' }],
  ['no kind', { ...person, kind: undefined }],
  ['a record that is not an object', 'person'],
  ['null', null],
];

describe('the register’s compiled record check', () => {
  // Each in modules loaded afresh: compiling one kind builds z.lazys another kind shares,
  // which would let that one compile here and not in a register whose first push is of it.
  it.each(RECORD_KINDS.map((kind) => [kind]))(
    'compiles the %s schema first of all',
    async (kind) => {
      vi.resetModules();
      const fresh = await import('./recordCheck');
      expect(() => fresh.compiledRecordSchema(kind, true)).not.toThrow();
    },
  );

  it('compiles the push body’s schema first of all', async () => {
    vi.resetModules();
    const fresh = await import('../../core/protocol/sync');
    const { z: freshZod } = await import('zod');
    expect(() =>
      freshZod.compile(fresh.pushRequestSchema.unwrap(), { strict: true }),
    ).not.toThrow();
  });

  it.each(valid.map((record) => [record.kind, record] as const))(
    'parses a valid %s to the value the schema gives',
    (_kind, record) => {
      const parsed = safeParseRecord(record);
      expect(parsed.success).toBe(true);
      expect(answerOf(parsed)).toEqual(answerOf(clinicRecordSchema.safeParse(record)));
      expect(parseRecord(record)).toEqual(clinicRecordSchema.parse(record));
    },
  );

  it('drops a key no schema names, as the schema does', () => {
    const parsed = safeParseRecord({ ...person, nickname: 'Маша' });
    expect(parsed.success && 'nickname' in parsed.data).toBe(false);
  });

  it.each(invalid)('refuses %s with the schema’s own issues', (_what, record) => {
    const parsed = safeParseRecord(record);
    expect(parsed.success).toBe(false);
    expect(answerOf(parsed)).toEqual(answerOf(clinicRecordSchema.safeParse(record)));
    expect(() => parseRecord(record)).toThrow(z.ZodError);
  });

  it('still names an over-long field as too long', () => {
    const parsed = safeParseRecord({
      ...exampleContract(),
      serviceCode: 'я'.repeat(TEXT_LIMITS.code + 1),
    });
    expect(answerOf(parsed)).toEqual({
      issues: [{ path: ['serviceCode'], message: FIELD_TOO_LONG }],
    });
  });
});
