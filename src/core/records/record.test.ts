import { describe, expect, it } from 'vitest';
import type { StaffId } from '../ids';
import {
  exampleApplication,
  exampleCertificate,
  exampleContract,
  examplePerson,
  exampleResult,
  exampleRevocation,
  exampleSample,
} from './examples';
import { checkUpdate, clinicRecordSchema, isImmutable } from './record';

const all = [
  examplePerson(),
  exampleApplication(),
  exampleContract(),
  exampleSample(),
  exampleResult(),
  exampleCertificate(),
  exampleRevocation(),
];

describe('record schemas', () => {
  it.each(all.map((record) => [record.kind, record] as const))(
    'accepts a valid %s',
    (_kind, record) => {
      const parsed = clinicRecordSchema.safeParse(JSON.parse(JSON.stringify(record)));
      expect(parsed.error?.issues).toBeUndefined();
      expect(parsed.data).toEqual(record);
    },
  );

  it('rejects an unknown kind and a missing id', () => {
    expect(clinicRecordSchema.safeParse({ ...examplePerson(), kind: 'invoice' }).success).toBe(
      false,
    );
    const noId = Object.fromEntries(
      Object.entries(examplePerson()).filter(([key]) => key !== 'id'),
    );
    expect(clinicRecordSchema.safeParse(noId).success).toBe(false);
  });

  it('rejects a person with a wrong SNILS checksum or a Latin name in the Cyrillic field', () => {
    expect(clinicRecordSchema.safeParse(examplePerson({ snils: '11223344596' })).success).toBe(
      false,
    );
    expect(clinicRecordSchema.safeParse(examplePerson({ surname: 'Ivanov' })).success).toBe(false);
  });

  it('rejects a signed statement without a signing time', () => {
    expect(clinicRecordSchema.safeParse(exampleApplication({ signedAt: undefined })).success).toBe(
      false,
    );
  });

  it('rejects a paid contract without a receipt, and a refund without a reason', () => {
    expect(
      clinicRecordSchema.safeParse(exampleContract({ receiptNumber: undefined })).success,
    ).toBe(false);
    expect(clinicRecordSchema.safeParse(exampleContract({ status: 'refunded' })).success).toBe(
      false,
    );
  });

  it('rejects a fractional price in kopecks and a non-canonical contract number', () => {
    expect(clinicRecordSchema.safeParse(exampleContract({ priceKopecks: 950.5 })).success).toBe(
      false,
    );
    const number = 'KAM01-T03-2026-0000042' as never;
    expect(clinicRecordSchema.safeParse(exampleContract({ number })).success).toBe(false);
  });

  it('rejects a result with neither value nor reading, and a revocation id outside base64url', () => {
    expect(clinicRecordSchema.safeParse(exampleResult({ value: undefined })).success).toBe(false);
    expect(clinicRecordSchema.safeParse(exampleRevocation({ rid: 'not/base64' })).success).toBe(
      false,
    );
  });
});

describe('isImmutable', () => {
  it('holds for certificates and revocations always', () => {
    expect(isImmutable(exampleCertificate())).toBe(true);
    expect(isImmutable(exampleRevocation())).toBe(true);
  });

  it('holds for a result once final, and for a contract once out of draft', () => {
    expect(isImmutable(exampleResult({ final: false }))).toBe(false);
    expect(isImmutable(exampleResult())).toBe(true);
    expect(isImmutable(exampleContract({ status: 'draft' }))).toBe(false);
    expect(isImmutable(exampleContract())).toBe(true);
  });

  it('does not hold for persons, statements and samples', () => {
    expect(isImmutable(examplePerson())).toBe(false);
    expect(isImmutable(exampleApplication())).toBe(false);
    expect(isImmutable(exampleSample())).toBe(false);
  });
});

describe('checkUpdate', () => {
  it('lets a mutable record change', () => {
    expect(checkUpdate(examplePerson(), examplePerson({ phone: '+74152123456' })).ok).toBe(true);
  });

  it('refuses any change to a final result, naming the fields', () => {
    expect(
      checkUpdate(exampleResult(), exampleResult({ value: 3, interpretation: 'not-detected' })),
    ).toEqual({
      ok: false,
      reason: 'record-immutable',
      detail: 'value,interpretation',
    });
  });

  it('accepts the same final record again, whatever its key order or server version', () => {
    const before = exampleCertificate();
    const reversed = <T extends object>(value: T): T =>
      Object.fromEntries(Object.entries(value).reverse()) as T;
    const reordered = reversed({ ...before, test: reversed(before.test), version: 5 });
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(before)[0]);
    expect(checkUpdate(before, reordered).ok).toBe(true);
  });

  it('lets a paid contract become refunded with a reason, and nothing else', () => {
    const paid = exampleContract();
    const refunded = exampleContract({
      status: 'refunded',
      cancelReason: 'Отказ от услуги до взятия образца',
      cancelledAt: '2026-11-20T01:00:00.000Z',
    });
    expect(checkUpdate(paid, refunded).ok).toBe(true);
    expect(checkUpdate(paid, { ...refunded, priceKopecks: 1 }).ok).toBe(false);
    expect(checkUpdate(paid, exampleContract({ priceKopecks: 1 })).ok).toBe(false);
    expect(checkUpdate(refunded, paid).ok).toBe(false);
  });

  it('does not count who edited as a change of a final record, even with a refund', () => {
    const editor = {
      updatedBy: '0193a0b0-0000-7000-8000-0000000000a2' as StaffId,
      updatedAt: '2026-11-21T09:00:00.000Z',
    };
    expect(checkUpdate(exampleResult(), exampleResult(editor)).ok).toBe(true);
    const refunded = exampleContract({
      ...editor,
      status: 'refunded',
      cancelReason: 'Отказ от услуги до взятия образца',
    });
    expect(checkUpdate(exampleContract(), refunded).ok).toBe(true);
    expect(checkUpdate(exampleResult(), exampleResult({ ...editor, value: 3 }))).toMatchObject({
      ok: false,
      detail: 'value',
    });
  });

  it('refuses a change of kind, id or clinic', () => {
    expect(
      checkUpdate(examplePerson(), examplePerson({ id: exampleSample().id as never })),
    ).toEqual({
      ok: false,
      reason: 'record-identity-changed',
    });
  });
});
