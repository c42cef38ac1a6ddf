import { describe, expect, it } from 'vitest';
import type { StaffId } from '../core/ids';
import { exampleCertificate, exampleRevocation } from '../core/records/examples';
import { checkWrite } from '../core/records/permissions';
import { duplicateOf, mayIssueDuplicate } from './issueDuplicate';

const env = {
  now: () => new Date('2026-12-01T00:00:00Z'),
  random: (n: number) => new Uint8Array(n).fill(7),
  recordBase: () => ({
    clinicId: exampleCertificate().clinicId,
    createdBy: '0193a0b0-0000-7000-8000-0000000000cc' as StaffId,
    createdAt: '2026-12-01T00:00:00.000Z',
    version: 0 as const,
  }),
};

describe('a duplicate certificate', () => {
  it('keeps the number and the signed card, is a new record, and a registrar may write it', () => {
    const original = exampleCertificate({ shcJws: 'header.payload.signature', rid: 'AQPCj4wwk6M' });
    const copy = duplicateOf(original, env);
    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({
      number: original.number,
      shcJws: original.shcJws,
      rid: original.rid,
    });
    expect(copy.duplicateOf).toBe(original.id);
    expect(copy.createdBy).toBe('0193a0b0-0000-7000-8000-0000000000cc');
    expect(checkWrite('registrar', copy).ok).toBe(true);
  });

  it('points a duplicate of a duplicate at the original', () => {
    const original = exampleCertificate();
    const second = duplicateOf(duplicateOf(original, env), env);
    expect(second.duplicateOf).toBe(original.id);
  });

  it('is offered only for an original in force, never for a revoked card or a copy', () => {
    const original = exampleCertificate({ shcJws: 'header.payload.signature', rid: 'AQPCj4wwk6M' });
    const registrar = { ...env, staff: { role: 'registrar' as const } };
    const waiting = {
      record: exampleRevocation(),
      sync: { state: 'pending' as const, version: 0 },
    };
    expect(mayIssueDuplicate(registrar, original, [])).toBe(true);
    // Revoked on this tablet, even before the register has it: no new paper for a void card.
    expect(mayIssueDuplicate(registrar, original, [waiting])).toBe(false);
    expect(mayIssueDuplicate(registrar, duplicateOf(original, env), [])).toBe(false);
    expect(mayIssueDuplicate({ ...env, staff: { role: 'lab' as const } }, original, [])).toBe(
      false,
    );
  });
});
