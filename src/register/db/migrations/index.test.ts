import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from './index';

describe('the migration list', () => {
  it('is numbered 0001, 0002, … in order, so Kysely applies it in the order written', () => {
    const numbers = MIGRATIONS.map(([name]) => name.slice(0, 5));
    expect(numbers).toEqual(MIGRATIONS.map((_, index) => `${String(index + 1).padStart(4, '0')}_`));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });
});
