import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { unreadableDetail } from './unreadable';

// An answer the tablet cannot read is described by where and what, not by zod's message
// (multi-line JSON, and in zod/mini "Invalid input" for every fault).

describe('the detail of an unreadable answer', () => {
  it('names each field and what was wrong, the same for zod/mini and zod', () => {
    const answer = { user: { role: 'owner' } };
    const mini = zm.object({ user: zm.object({ role: zm.enum(['a', 'b']) }), token: zm.string() });
    const classic = z.object({ user: z.object({ role: z.enum(['a', 'b']) }), token: z.string() });
    const fromMini = mini.safeParse(answer);
    const fromClassic = classic.safeParse(answer);
    if (fromMini.success || fromClassic.success) throw new Error('both must refuse');
    const expected = 'user.role: invalid_value; token: invalid_type (expected string)';
    expect(unreadableDetail(fromMini.error)).toBe(expected);
    expect(unreadableDetail(fromClassic.error)).toBe(expected);
  });

  it('says the whole answer was wrong when it is not JSON of the expected shape', () => {
    const parsed = zm.object({ token: zm.string() }).safeParse('<html>502 Bad Gateway</html>');
    if (parsed.success) throw new Error('must refuse');
    expect(unreadableDetail(parsed.error)).toBe('(the answer): invalid_type (expected object)');
  });

  it('shows five issues and counts the rest', () => {
    const parsed = z.array(z.string()).safeParse([1, 2, 3, 4, 5, 6, 7]);
    if (parsed.success) throw new Error('must refuse');
    expect(unreadableDetail(parsed.error)).toBe(
      [0, 1, 2, 3, 4].map((i) => `${i}: invalid_type (expected string)`).join('; ') +
        '; and 2 more',
    );
  });
});
