import { describe, expect, it } from 'vitest';
import { exampleCertificate } from './examples';
import { checkWrite, mayWrite } from './permissions';

describe('who may write which record', () => {
  it('lets the lab write results but not certificates', () => {
    expect(mayWrite('lab', 'result')).toBe(true);
    expect(mayWrite('lab', 'certificate')).toBe(false);
  });

  it('lets the commission issue certificates and revoke them, nothing else', () => {
    expect(mayWrite('commission', 'certificate')).toBe(true);
    expect(mayWrite('commission', 'revocation')).toBe(true);
    expect(mayWrite('commission', 'contract')).toBe(false);
  });

  it('gives a verifier account no writes at all', () => {
    for (const kind of ['person', 'result', 'certificate'] as const) {
      expect(mayWrite('verifier', kind)).toBe(false);
    }
  });

  it('lets no admin issue a certificate, only reprint a duplicate and revoke (issue #11)', () => {
    expect(mayWrite('admin', 'certificate')).toBe(false);
    expect(mayWrite('admin', 'revocation')).toBe(true);
    const original = exampleCertificate();
    expect(checkWrite('admin', original)).toMatchObject({
      ok: false,
      reason: 'role-may-not-write',
    });
    expect(checkWrite('admin', exampleCertificate({ supersedes: original.id })).ok).toBe(false);
    expect(checkWrite('admin', exampleCertificate({ duplicateOf: original.id })).ok).toBe(true);
  });

  it('lets a registrar write a certificate only as a duplicate', () => {
    const original = exampleCertificate();
    expect(checkWrite('registrar', original)).toMatchObject({
      ok: false,
      reason: 'role-may-not-write',
    });
    const duplicate = exampleCertificate({ duplicateOf: original.id });
    expect(checkWrite('registrar', duplicate)).toEqual({ ok: true, value: undefined });
  });
});
