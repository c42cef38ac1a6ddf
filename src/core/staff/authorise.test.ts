import { describe, expect, it } from 'vitest';
import type { StaffId } from '../ids';
import type { DirectoryMember } from './authorise';
import { checkAuthorisation, isAuthorisationFresh, mayAuthorise } from './authorise';

const admin: DirectoryMember = {
  id: '0193a0b0-0000-7000-8000-0000000000d1' as StaffId,
  displayName: 'Соколова Елена Игоревна',
  role: 'admin',
};
const lab: DirectoryMember = {
  id: '0193a0b0-0000-7000-8000-0000000000d4' as StaffId,
  displayName: 'Ким Ольга Сергеевна',
  role: 'lab',
};

describe('who may vouch for a colleague’s first PIN', () => {
  it('is an administrator or a commission member, no one else', () => {
    expect(mayAuthorise('admin')).toBe(true);
    expect(mayAuthorise('commission')).toBe(true);
    expect(mayAuthorise('registrar')).toBe(false);
    expect(mayAuthorise('lab')).toBe(false);
    expect(mayAuthorise('verifier')).toBe(false);
  });

  it('gives the colleague the role the directory names', () => {
    expect(
      checkAuthorisation({
        authoriserId: admin.id,
        authoriser: admin,
        colleague: lab,
        colleagueHasPin: false,
      }),
    ).toEqual({ ok: true, value: lab });
  });

  it('refuses an authoriser the directory does not list, or lists as disabled', () => {
    const base = { authoriserId: admin.id, colleague: lab, colleagueHasPin: false };
    expect(checkAuthorisation({ ...base, authoriser: undefined })).toMatchObject({
      reason: 'authoriser-not-allowed',
    });
    expect(checkAuthorisation({ ...base, authoriser: { ...admin, disabled: true } })).toMatchObject(
      { reason: 'authoriser-not-allowed' },
    );
  });

  it('refuses a disabled colleague when the directory says so', () => {
    expect(
      checkAuthorisation({
        authoriserId: admin.id,
        authoriser: admin,
        colleague: { ...lab, disabled: true },
        colleagueHasPin: false,
      }),
    ).toMatchObject({ reason: 'colleague-disabled' });
  });

  it('lasts five minutes from the authoriser’s PIN, and not from a clock moved back', () => {
    const at = new Date('2026-12-01T05:00:00Z');
    expect(isAuthorisationFresh(at, new Date('2026-12-01T05:05:00Z'))).toBe(true);
    expect(isAuthorisationFresh(at, new Date('2026-12-01T05:05:01Z'))).toBe(false);
    expect(isAuthorisationFresh(at, new Date('2026-12-01T04:59:00Z'))).toBe(false);
  });
});
