import { describe, expect, it } from 'vitest';
import type { StaffId } from '../ids';
import { pinsToForget } from './pinReset';

const kim = '0193a0b0-0000-7000-8000-0000000000d1' as StaffId;
const petrov = '0193a0b0-0000-7000-8000-0000000000d2' as StaffId;
const reset = '2026-12-01T09:00:00.000Z';

describe('which PINs a tablet forgets when the clinic directory arrives', () => {
  it('forgets the PIN of a member whose reset stamp is new to this tablet', () => {
    expect(
      pinsToForget([{ id: kim }, { id: petrov }], [{ id: kim, pinResetAt: reset }, { id: petrov }]),
    ).toEqual([kim]);
  });

  it('keeps a PIN set after the reset was applied, when the same stamp comes again', () => {
    expect(
      pinsToForget([{ id: kim, pinResetAt: reset }], [{ id: kim, pinResetAt: reset }]),
    ).toEqual([]);
  });

  it('applies a second reset of the same member', () => {
    const later = '2026-12-02T09:00:00.000Z';
    expect(
      pinsToForget([{ id: kim, pinResetAt: reset }], [{ id: kim, pinResetAt: later }]),
    ).toEqual([kim]);
  });

  it('forgets the PIN of a disabled member at every directory', () => {
    const disabled = { id: petrov, disabled: true };
    expect(pinsToForget([disabled], [disabled])).toEqual([petrov]);
  });

  it('applies a reset on the first directory a tablet keeps', () => {
    expect(pinsToForget([], [{ id: kim, pinResetAt: reset }])).toEqual([kim]);
  });

  it('forgets nothing for members never reset nor disabled', () => {
    expect(pinsToForget([], [{ id: kim }, { id: petrov, disabled: false }])).toEqual([]);
  });
});
