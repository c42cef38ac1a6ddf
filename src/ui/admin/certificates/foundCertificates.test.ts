import { describe, expect, it } from 'vitest';
import type { FoundCertificate } from '../../../core/protocol/adminCertificates';
import { isRevocable, withRevocation } from './foundCertificates';

const original: FoundCertificate = {
  id: 'c1',
  number: 'KAM01-T03-2026-000017',
  clinic: { id: 'k1', code: 'KAM01', nameRu: 'Клиника' },
  person: { fullName: 'Иванов Иван Иванович', birthDate: '1980-02-03' },
  issuedAt: '2026-11-26T10:00:00.000Z',
  decision: 'presence',
  validUntil: '2027-05-25',
  duplicateOf: null,
  revocation: null,
  supersededBy: null,
  state: 'valid',
  transfer: [],
};
const reprint: FoundCertificate = { ...original, id: 'c2', duplicateOf: 'c1' };
const other: FoundCertificate = { ...original, id: 'c3', number: 'KAM01-T03-2026-000018' };

describe('the rows of a certificate search', () => {
  it('offers revocation of an original in force, never of a reprint or a revoked one', () => {
    expect(isRevocable(original)).toBe(true);
    expect(isRevocable(reprint)).toBe(false);
    expect(isRevocable({ ...original, revocation: { reason: 'fraud', note: null, at: 'x' } })).toBe(
      false,
    );
  });

  it('shows the revoked certificate and its reprints revoked, and leaves the others', () => {
    const rows = withRevocation([original, reprint, other], {
      certificateId: 'c1' as never,
      reason: 'fraud',
      note: 'Подложный паспорт',
      at: '2026-12-01T09:00:00.000Z',
    });
    expect(rows.map((row) => row.state)).toEqual(['revoked', 'revoked', 'valid']);
    expect(rows[1]?.revocation).toEqual({
      reason: 'fraud',
      note: 'Подложный паспорт',
      at: '2026-12-01T09:00:00.000Z',
    });
  });
});
