import { describe, expect, it } from 'vitest';
import type { StaffId } from '../core/ids';
import { exampleCertificate, exampleRevocation } from '../core/records/examples';
import { checkWrite } from '../core/records/permissions';
import { caseWithResult, openDeskFixture } from './deskFixture';
import {
  duplicateOf,
  duplicateReasonLabel,
  duplicateReasonOf,
  issueDuplicate,
  mayIssueDuplicate,
} from './issueDuplicate';

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

  it('is offered only for an original in force, never for a revoked or voided card or a copy', () => {
    const original = exampleCertificate({ shcJws: 'header.payload.signature', rid: 'AQPCj4wwk6M' });
    const registrar = { ...env, staff: { role: 'registrar' as const } };
    const synced = { state: 'synced' as const, version: 1 };
    const waiting = {
      record: exampleRevocation(),
      sync: { state: 'pending' as const, version: 0 },
    };
    expect(mayIssueDuplicate(registrar, original, synced, [])).toBe(true);
    // Revoked on this tablet, even before the register has it: no new paper for a void card.
    expect(mayIssueDuplicate(registrar, original, synced, [waiting])).toBe(false);
    // Refused for good by the register, which put the card on its CRL.
    const refused = {
      state: 'rejected' as const,
      version: 0,
      reason: 'statement-certificate-revoked',
    };
    expect(mayIssueDuplicate(registrar, original, refused, [])).toBe(false);
    // Refused for a reason a fix may cure: the card stands until it is decided.
    const curable = { ...refused, reason: 'certificate-checklist-failed' };
    expect(mayIssueDuplicate(registrar, original, curable, [])).toBe(true);
    expect(mayIssueDuplicate(registrar, duplicateOf(original, env), synced, [])).toBe(false);
    expect(
      mayIssueDuplicate({ ...env, staff: { role: 'lab' as const } }, original, synced, []),
    ).toBe(false);
  });
});

describe('issuing a duplicate at the desk', () => {
  const NOW = new Date('2026-12-01T03:00:00.000Z');
  const original = exampleCertificate({ shcJws: 'header.payload.signature', rid: 'AQPCj4wwk6M' });
  const seed = [...caseWithResult(), original];

  it('is refused without a reason, and writes nothing', async () => {
    const desk = await openDeskFixture('registrar', seed, NOW);
    expect(await issueDuplicate(desk.env, original, { cause: '', note: '' })).toMatchObject({
      ok: false,
      reason: 'reason-missing',
    });
    expect(await issueDuplicate(desk.env, original, { cause: 'other', note: '   ' })).toMatchObject(
      { ok: false, reason: 'reason-missing' },
    );
    expect((await desk.current()).certificates).toHaveLength(1);
  });

  it('stores a chosen cause as its Russian word, whatever the desk’s language', async () => {
    const desk = await openDeskFixture('registrar', seed, NOW);
    const english = { ...desk.env, language: 'en' as const };
    const written = await issueDuplicate(english, original, { cause: 'lost', note: '' });
    if (!written.ok) throw new Error(written.reason);
    expect(written.value).toMatchObject({
      duplicateOf: original.id,
      duplicateReason: 'Утеря',
      number: original.number,
      shcJws: original.shcJws,
    });
    const stored = (await desk.current()).certificates.map((c) => c.record);
    expect(stored.map((c) => c.duplicateReason)).toEqual([undefined, 'Утеря']);
    expect(duplicateReasonLabel('Утеря')).toEqual({ ru: 'Утеря', en: 'Lost' });
  });

  it('stores a typed reason for "other", trimmed, and shows it as typed in both languages', async () => {
    const desk = await openDeskFixture('registrar', seed, NOW);
    const written = await issueDuplicate(desk.env, original, {
      cause: 'other',
      note: '  Нужна вторая копия для работодателя ',
    });
    expect(written.ok && written.value.duplicateReason).toBe('Нужна вторая копия для работодателя');
    expect(duplicateReasonLabel('Нужна вторая копия для работодателя').en).toBe(
      'Нужна вторая копия для работодателя',
    );
  });

  it('says a typed reason over 500 characters is too long', () => {
    expect(duplicateReasonOf({ cause: 'other', note: 'я'.repeat(501) })).toMatchObject({
      ok: false,
      reason: 'reason-too-long',
    });
    expect(duplicateReasonOf({ cause: 'damaged', note: '' })).toEqual({ ok: true, value: 'Порча' });
  });
});
