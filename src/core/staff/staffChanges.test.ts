import { describe, expect, it } from 'vitest';
import type { MemberState, StaffChange } from './staffChanges';
import {
  checkNewMember,
  checkStaffChange,
  commissionIdsOf,
  STAFF_RULE_MESSAGES,
} from './staffChanges';

const admin: MemberState = { id: 'a1', role: 'admin', disabled: false };
const secondAdmin: MemberState = { id: 'a2', role: 'admin', disabled: false };
const chair: MemberState = { id: 'c1', role: 'commission', disabled: false };
const clerk: MemberState = { id: 'r1', role: 'registrar', disabled: false };

function check(
  actorId: string,
  target: MemberState,
  change: StaffChange,
  staff: readonly MemberState[],
  commissionIds: ReadonlySet<string> = new Set(),
) {
  return checkStaffChange({
    actorId,
    target,
    change,
    staff,
    commissionIds,
    organisation: 'clinic',
  });
}

describe('a new member of a clinic', () => {
  it('accepts a lowercase login, a full name and a desk role', () => {
    expect(
      checkNewMember(
        { login: 'petrova.a', displayName: 'Петрова Анна', role: 'registrar' },
        'clinic',
      ),
    ).toEqual([]);
  });

  it('names every bad field at once: login format, missing name, a regional role', () => {
    expect(
      checkNewMember({ login: 'Петрова', displayName: '  ', role: 'regional' }, 'clinic'),
    ).toEqual([
      { field: 'login', reason: 'login-format' },
      { field: 'displayName', reason: 'name-missing' },
      { field: 'role', reason: 'role-not-in-clinic' },
    ]);
  });

  it('refuses logins with spaces, capitals, a leading digit, or longer than 32', () => {
    for (const login of ['a b', 'Admin', '1admin', 'a', `a${'b'.repeat(32)}`]) {
      expect(checkNewMember({ login, displayName: 'И', role: 'lab' }, 'clinic')).toEqual([
        { field: 'login', reason: 'login-format' },
      ]);
    }
  });

  it('refuses a name longer than 200 characters', () => {
    expect(
      checkNewMember({ login: 'lab2', displayName: 'Я'.repeat(201), role: 'lab' }, 'clinic'),
    ).toEqual([{ field: 'displayName', reason: 'name-too-long' }]);
  });
});

describe('changing a member of staff', () => {
  it('refuses an administrator disabling themselves', () => {
    const answer = check('a1', admin, { kind: 'disabled', disabled: true }, [admin, secondAdmin]);
    expect(answer).toMatchObject({ ok: false, reason: 'self-disable' });
  });

  it('refuses an administrator demoting themselves', () => {
    const answer = check('a1', admin, { kind: 'role', role: 'registrar' }, [admin, secondAdmin]);
    expect(answer).toMatchObject({ ok: false, reason: 'self-demote' });
  });

  it('lets an administrator disable another administrator while one enabled remains', () => {
    expect(
      check('a1', secondAdmin, { kind: 'disabled', disabled: true }, [admin, secondAdmin]).ok,
    ).toBe(true);
  });

  it('refuses to leave the clinic without an enabled administrator, even for the region', () => {
    const disabledAdmin = { ...secondAdmin, disabled: true };
    const staff = [admin, disabledAdmin, clerk];
    expect(check('regional', admin, { kind: 'disabled', disabled: true }, staff)).toMatchObject({
      ok: false,
      reason: 'last-admin',
    });
    expect(check('regional', admin, { kind: 'role', role: 'lab' }, staff)).toMatchObject({
      ok: false,
      reason: 'last-admin',
    });
  });

  it('lets the region disable any one administrator when another is enabled', () => {
    expect(
      check('regional', admin, { kind: 'disabled', disabled: true }, [admin, secondAdmin]).ok,
    ).toBe(true);
  });

  it('refuses to disable or move out a member the commission order names, with the way out', () => {
    const named = commissionIdsOf({
      orderNumber: '41-од',
      orderDate: '2026-01-12',
      chairId: 'c1',
      memberIds: ['c2', 'c3'],
    } as Parameters<typeof commissionIdsOf>[0]);
    const staff = [admin, chair];
    expect(check('a1', chair, { kind: 'disabled', disabled: true }, staff, named)).toMatchObject({
      ok: false,
      reason: 'commission-member-named',
    });
    expect(check('a1', chair, { kind: 'role', role: 'lab' }, staff, named)).toMatchObject({
      ok: false,
      reason: 'commission-member-named',
    });
    expect(STAFF_RULE_MESSAGES['commission-member-named'].en).toMatch(/change the commission/i);
  });

  it('lets a commission member the order does not name be disabled', () => {
    expect(
      check('a1', chair, { kind: 'disabled', disabled: true }, [admin, chair], new Set(['c9'])).ok,
    ).toBe(true);
  });

  it('refuses the regional role in a clinic', () => {
    expect(check('a1', clerk, { kind: 'role', role: 'regional' }, [admin, clerk])).toMatchObject({
      ok: false,
      reason: 'role-not-in-clinic',
    });
  });

  it('lets a disabled administrator be enabled again by anyone who may administer', () => {
    const disabledAdmin = { ...secondAdmin, disabled: true };
    expect(
      check('a1', disabledAdmin, { kind: 'disabled', disabled: false }, [admin, disabledAdmin]).ok,
    ).toBe(true);
  });
});
