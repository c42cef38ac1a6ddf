import { describe, expect, it } from 'vitest';
import { MAX_SINGLE_QR_JWS_LENGTH } from '../shc/qrSegments';
import { FIELD_TOO_LONG, TEXT_LIMITS } from './base';
import {
  exampleApplication,
  exampleCertificate,
  exampleContract,
  exampleRevocation,
  exampleSample,
} from './examples';
import { clinicRecordSchema } from './record';

// Every string field of every record has a maximum (issue #13): 36 certificates with a
// 16 MB `shcJws` once made every later pull page fail at 2.6 GiB of memory.

/** The issues of a record that fails, as "path: message". */
function issuesOf(record: unknown): string[] {
  const parsed = clinicRecordSchema.safeParse(record);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const certificate = exampleCertificate();

describe('record field limits', () => {
  it('accepts a signed card of exactly the single-QR maximum and refuses one character more', () => {
    expect(issuesOf({ ...certificate, shcJws: 'a'.repeat(MAX_SINGLE_QR_JWS_LENGTH) })).toEqual([]);
    expect(issuesOf({ ...certificate, shcJws: 'a'.repeat(MAX_SINGLE_QR_JWS_LENGTH + 1) })).toEqual([
      `shcJws: ${FIELD_TOO_LONG}`,
    ]);
  });

  it('refuses a 16 MB signed card by its length, naming the field', () => {
    expect(issuesOf({ ...certificate, shcJws: 'a'.repeat(16 * 1024 * 1024) })).toEqual([
      `shcJws: ${FIELD_TOO_LONG}`,
    ]);
  });

  const overLong = (limit: number) => 'я'.repeat(limit + 1);

  it.each([
    [
      'a certificate kit name',
      { ...certificate, test: { ...certificate.test, kitName: overLong(TEXT_LIMITS.kitName) } },
      'test.kitName',
    ],
    [
      'a certificate protocol number',
      { ...certificate, protocolNumber: overLong(TEXT_LIMITS.code) },
      'protocolNumber',
    ],
    [
      'a contract service code',
      exampleContract({ serviceCode: overLong(TEXT_LIMITS.code) }),
      'serviceCode',
    ],
    [
      'a contract service name',
      exampleContract({ serviceName: overLong(TEXT_LIMITS.name) }),
      'serviceName',
    ],
    [
      'a contract payer name',
      exampleContract({ payer: { kind: 'other', name: overLong(TEXT_LIMITS.name) } }),
      'payer.name',
    ],
    [
      'a contract receipt number',
      exampleContract({ receiptNumber: overLong(TEXT_LIMITS.receipt) }),
      'receiptNumber',
    ],
    [
      'a sample tube label',
      exampleSample({ tubeLabel: overLong(TEXT_LIMITS.tubeLabel) }),
      'tubeLabel',
    ],
    ['a revocation note', exampleRevocation({ note: overLong(TEXT_LIMITS.reason) }), 'note'],
    [
      'a statement cancellation reason',
      exampleApplication({
        status: 'cancelled',
        cancelReason: overLong(TEXT_LIMITS.reason),
        cancelledAt: '2026-11-20T01:10:00.000Z',
      }),
      'cancelReason',
    ],
  ])('refuses %s one character over its limit as field-too-long', (_name, record, path) => {
    expect(issuesOf(record)).toContain(`${path}: ${FIELD_TOO_LONG}`);
  });

  it('accepts each of those fields at exactly its limit', () => {
    const atLimit = (limit: number) => 'я'.repeat(limit);
    expect(
      issuesOf({
        ...certificate,
        test: { ...certificate.test, kitName: atLimit(TEXT_LIMITS.kitName) },
      }),
    ).toEqual([]);
    expect(issuesOf(exampleContract({ serviceName: atLimit(TEXT_LIMITS.name) }))).toEqual([]);
    expect(issuesOf(exampleSample({ tubeLabel: atLimit(TEXT_LIMITS.tubeLabel) }))).toEqual([]);
    expect(issuesOf(exampleRevocation({ note: atLimit(TEXT_LIMITS.reason) }))).toEqual([]);
  });
});
