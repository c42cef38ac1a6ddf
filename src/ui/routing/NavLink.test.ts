import { describe, expect, it } from 'vitest';
import { isOpen } from './NavLink';

describe('a navigation link is marked open', () => {
  it('on its own address, with or without `end`', () => {
    expect(isOpen('/desk', '/desk', true)).toBe(true);
    expect(isOpen('/desk/journal', '/desk/journal', false)).toBe(true);
  });

  it('on an address under it unless it is the end of its section', () => {
    expect(isOpen('/admin/clinics', '/admin/clinics/0193a1b2', false)).toBe(true);
    // The desk's search link is `end`: it is not open while the journal is.
    expect(isOpen('/desk', '/desk/journal', true)).toBe(false);
  });

  it('not on an address that merely begins with the same letters', () => {
    expect(isOpen('/desk/tablets', '/desk/tabletsx', false)).toBe(false);
    expect(isOpen('/desk', '/desktop', false)).toBe(false);
  });

  it('whatever the letter case, as the routes match', () => {
    expect(isOpen('/desk/journal', '/DESK/Journal', false)).toBe(true);
  });
});
