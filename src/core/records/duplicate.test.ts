import { describe, expect, it } from 'vitest';
import type { CertificateId, ClinicId, PersonId, StaffId } from '../ids';
import type { SerialNumber } from '../contract/number';
import { FIELD_TOO_LONG, TEXT_LIMITS } from './base';
import { checkDuplicate } from './duplicate';
import { exampleCertificate, examplePerson } from './examples';
import { clinicRecordSchema } from './record';

// A duplicate is the original again: the register applies this rule to every pushed
// certificate that names `duplicateOf`, which is all that lets a registrar write one.

const original = exampleCertificate({
  shcJws: 'eyJhbGciOiJFUzI1NiJ9.cGF5bG9hZA.c2ln',
  rid: 'MKyCxh7p6uQ',
  updatedBy: '0193a0b0-0000-7000-8000-0000000000aa' as StaffId,
  updatedAt: '2026-11-21T05:00:00.000Z',
});

function reprint(overrides: Parameters<typeof exampleCertificate>[0] = {}) {
  return exampleCertificate({
    ...original,
    id: '0193a0b0-0000-7000-8000-0000000000d1' as CertificateId,
    duplicateOf: original.id,
    number: 'KAM01-T01-2026-000004' as SerialNumber,
    issuedAt: '2026-12-01T03:00:00.000Z',
    createdBy: '0193a0b0-0000-7000-8000-000000000002' as StaffId,
    createdAt: '2026-12-01T03:00:00.000Z',
    updatedBy: undefined,
    updatedAt: undefined,
    version: 0,
    ...overrides,
  });
}

describe('a duplicate certificate', () => {
  it('passes when it carries the original’s content, with its own number and date', () => {
    expect(checkDuplicate(reprint(), original)).toEqual({ ok: true, value: undefined });
  });

  it('passes with the reason it was reprinted, which the original does not carry', () => {
    expect(checkDuplicate(reprint({ duplicateReason: 'Утеря' }), original)).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it('passes with the original’s very number, as the desk prints it', () => {
    expect(checkDuplicate(reprint({ number: original.number }), original).ok).toBe(true);
  });

  it('is refused when it names no stored record, or a record that is not a certificate', () => {
    expect(checkDuplicate(reprint(), undefined)).toMatchObject({
      ok: false,
      reason: 'duplicate-original-unknown',
    });
    expect(checkDuplicate(reprint(), examplePerson())).toMatchObject({
      reason: 'duplicate-original-unknown',
    });
  });

  it('is refused when the record found is another certificate than the one it names', () => {
    const other = exampleCertificate({
      id: '0193a0b0-0000-7000-8000-0000000000e1' as CertificateId,
    });
    expect(checkDuplicate(reprint(), other)).toMatchObject({
      reason: 'duplicate-original-unknown',
    });
  });

  it('is refused when the original belongs to another clinic, however it was looked up', () => {
    const foreign = { ...original, clinicId: '0193a0b0-0000-7000-8000-0000000000c9' as ClinicId };
    expect(checkDuplicate(reprint(), foreign)).toMatchObject({
      reason: 'duplicate-original-unknown',
    });
  });

  it('is refused when it is made out to another person', () => {
    const person = '0193a0b0-0000-7000-8000-0000000000f1' as PersonId;
    expect(checkDuplicate(reprint({ personId: person }), original)).toMatchObject({
      reason: 'duplicate-other-person',
    });
  });

  it('is refused, naming the fields, when any content beyond number and date changed', () => {
    const changed = reprint({
      decision: 'absence',
      validUntil: undefined,
      rid: 'OtherRid0001',
    });
    expect(checkDuplicate(changed, original)).toEqual({
      ok: false,
      reason: 'duplicate-content-changed',
      detail: 'decision,validUntil,rid',
    });
    const forged = reprint({ shcJws: 'eyJhbGciOiJFUzI1NiJ9.b3RoZXI.c2ln' });
    expect(checkDuplicate(forged, original)).toMatchObject({
      reason: 'duplicate-content-changed',
      detail: 'shcJws',
    });
    const retested = reprint({ test: { ...original.test, value: 9.5 } });
    expect(checkDuplicate(retested, original)).toMatchObject({ detail: 'test' });
  });

  it('carries the commission who took part and the protocol date unchanged (issue #11)', () => {
    const taken = original.commission;
    if (taken === undefined) throw new Error('the example names its commission');
    const fewer = reprint({ commission: { ...taken, members: taken.members.slice(0, 2) } });
    expect(checkDuplicate(fewer, original)).toMatchObject({ detail: 'commission' });
    const redated = reprint({ protocolDate: undefined });
    expect(checkDuplicate(redated, original)).toMatchObject({ detail: 'protocolDate' });
  });

  it('is refused when it names no original at all', () => {
    const plain = reprint({ duplicateOf: undefined });
    expect(checkDuplicate(plain, original)).toMatchObject({
      reason: 'duplicate-original-unknown',
    });
  });
});

describe('the reason of a duplicate in the certificate record', () => {
  /** The issues of a record that fails, as "path: message". */
  function issuesOf(record: unknown): string[] {
    const parsed = clinicRecordSchema.safeParse(record);
    return parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  }

  it('is accepted on a duplicate, trimmed', () => {
    const parsed = clinicRecordSchema.parse(reprint({ duplicateReason: '  Порча  ' }));
    expect(parsed).toMatchObject({ kind: 'certificate', duplicateReason: 'Порча' });
  });

  it('is refused on a certificate that is not a duplicate', () => {
    expect(issuesOf({ ...original, duplicateReason: 'Утеря' })).toEqual([
      'duplicateReason: duplicate-reason-without-duplicate',
    ]);
  });

  it('is refused when blank or longer than a reason may be', () => {
    expect(issuesOf(reprint({ duplicateReason: '   ' }))).toHaveLength(1);
    expect(issuesOf(reprint({ duplicateReason: 'я'.repeat(TEXT_LIMITS.reason + 1) }))).toEqual([
      `duplicateReason: ${FIELD_TOO_LONG}`,
    ]);
  });
});
