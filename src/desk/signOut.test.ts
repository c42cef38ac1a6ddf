import { describe, expect, it } from 'vitest';
import { exampleApplication, examplePerson } from '../core/records/examples';
import { openDeskFixture } from './deskFixture';
import { SIGN_OUT_MESSAGES, signOutIfSynced } from './signOut';

const NOW = new Date('2026-11-20T01:10:00.000Z');

describe('signing out of the tablet', () => {
  it('is refused while records wait for the register, and says how many', async () => {
    const desk = await openDeskFixture('registrar', [examplePerson(), exampleApplication()], NOW);
    let signedOut = false;
    const outcome = await signOutIfSynced(desk.env.db, () => {
      signedOut = true;
      return Promise.resolve();
    });
    expect(signedOut).toBe(false);
    if (outcome.ok) throw new Error('signed out with unsynced work');
    expect(outcome.reason).toBe('unsynced-work');
    expect(outcome.counts).toEqual({ waiting: 2, rejected: 0, conflicts: 0 });
    expect(SIGN_OUT_MESSAGES[outcome.reason].en).toContain('register');
  });

  it('signs out when the register holds everything', async () => {
    const desk = await openDeskFixture('registrar', [], NOW);
    let signedOut = false;
    const outcome = await signOutIfSynced(desk.env.db, () => {
      signedOut = true;
      return Promise.resolve();
    });
    expect(outcome.ok).toBe(true);
    expect(signedOut).toBe(true);
  });
});
