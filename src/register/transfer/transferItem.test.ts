import { describe, expect, it } from 'vitest';
import type { CertificateId } from '../../core/ids';
import { exampleCertificate, examplePerson, exampleRevocation } from '../../core/records/examples';
import { idempotencyKeyOf, transferCauseOf } from './transferItem';

const earlier = '0193a0b0-0000-7000-8000-0000000000c0' as CertificateId;

describe('what enters the transfer queue', () => {
  it('an original certificate as issued', () => {
    const certificate = exampleCertificate();
    expect(transferCauseOf(certificate)).toEqual({
      certificateId: certificate.id,
      event: 'issued',
      recordId: certificate.id,
      clinicId: certificate.clinicId,
    });
  });

  it('a certificate that supersedes another as corrected', () => {
    expect(transferCauseOf(exampleCertificate({ supersedes: earlier }))?.event).toBe('corrected');
  });

  it('a revocation as the revoked event of the certificate it names', () => {
    const revocation = exampleRevocation();
    expect(transferCauseOf(revocation)).toEqual({
      certificateId: revocation.certificateId,
      event: 'revoked',
      recordId: revocation.id,
      clinicId: revocation.clinicId,
    });
  });

  it('neither a duplicate (reprint) nor any other kind of record', () => {
    expect(
      transferCauseOf(exampleCertificate({ duplicateOf: earlier, duplicateReason: 'Утеря' })),
    ).toBeUndefined();
    expect(transferCauseOf(examplePerson())).toBeUndefined();
  });

  it('keys an item by certificate and event, the same on every attempt', () => {
    expect(idempotencyKeyOf({ certificate_id: earlier, event: 'revoked' })).toBe(
      `${earlier}:revoked`,
    );
  });
});
