import { describe, expect, it } from 'vitest';
import type { ClinicId } from '../ids';
import { exampleCertificate, examplePerson, exampleRevocation } from './examples';
import { checkRevocationTarget } from './revocationTarget';

// A clinic revokes only its own certificates, under their own rid.

const certificate = exampleCertificate({ rid: 'AQPCj4wwk6Mt', shcJws: 'h.p.s' });
const revocation = exampleRevocation({ certificateId: certificate.id, rid: 'AQPCj4wwk6Mt' });

describe('what a revocation may revoke', () => {
  it('revokes a certificate of its own clinic under the certificate’s rid', () => {
    expect(checkRevocationTarget(revocation, { found: 'record', record: certificate })).toEqual({
      ok: true,
      value: 'certificate',
    });
  });

  it('waits for a certificate that has not reached the register yet', () => {
    expect(checkRevocationTarget(revocation, { found: 'none' })).toEqual({
      ok: true,
      value: 'waiting',
    });
  });

  it('refuses a certificate held by another clinic instead of waiting for ever', () => {
    expect(checkRevocationTarget(revocation, { found: 'other-clinic' })).toMatchObject({
      ok: false,
      reason: 'revocation-foreign-certificate',
    });
  });

  it('refuses a record of another clinic or of another kind handed to it by mistake', () => {
    const foreign = {
      ...certificate,
      clinicId: '0193a0b0-0000-7000-8000-0000000000c9' as ClinicId,
    };
    for (const record of [foreign, examplePerson()]) {
      expect(checkRevocationTarget(revocation, { found: 'record', record })).toMatchObject({
        reason: 'revocation-foreign-certificate',
      });
    }
  });

  it('refuses a rid that is not the certificate’s', () => {
    const other = { ...revocation, rid: 'SomeoneElses' };
    expect(checkRevocationTarget(other, { found: 'record', record: certificate })).toMatchObject({
      reason: 'revocation-rid-mismatch',
    });
  });
});
