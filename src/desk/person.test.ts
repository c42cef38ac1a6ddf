import { describe, expect, it } from 'vitest';
import type { PersonDetails } from '../core/person/person';
import { personDetailsSchema } from '../core/person/person';
import { examplePerson } from '../core/records/examples';
import { readRecord } from '../storage/records';
import { openDeskFixture } from './deskFixture';
import { correctPerson, possibleDuplicates, registerPerson } from './person';

const NOW = new Date('2026-11-20T01:10:00.000Z');

/** The example person's details as the form checks them (record fields stripped). */
function detailsOf(): PersonDetails {
  return personDetailsSchema.parse(examplePerson());
}

describe('registering a person', () => {
  it('finds the person already stored before a second record is written', async () => {
    const desk = await openDeskFixture('registrar', [examplePerson()], NOW);
    const matches = await possibleDuplicates(desk.env, detailsOf());
    expect(matches.map((m) => m.personId)).toEqual([examplePerson().id]);
    // Editing that very person is no duplicate of itself.
    expect(await possibleDuplicates(desk.env, detailsOf(), examplePerson().id)).toEqual([]);
  });

  it('writes a new person with a new id, and a correction keeps the identity', async () => {
    const desk = await openDeskFixture('registrar', [], NOW);
    const registered = await registerPerson(desk.env, detailsOf());
    if (!registered.ok) throw new Error(registered.reason);
    expect(registered.value).toMatchObject({ kind: 'person', createdAt: NOW.toISOString() });

    const corrected = await correctPerson(desk.env, registered.value, {
      ...detailsOf(),
      surname: 'Петрова',
    });
    if (!corrected.ok) throw new Error(corrected.reason);
    expect(corrected.value.id).toBe(registered.value.id);
    const stored = await readRecord(desk.env.db, 'person', registered.value.id);
    expect(stored?.record.surname).toBe('Петрова');
  });
});
