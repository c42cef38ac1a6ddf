import { describe, expect, it } from 'vitest';
import type { KitId } from '../../../core/ids';
import { checkKitForm, EMPTY_KIT_FORM } from './kitForm';

const id = '0193a0b0-0000-7000-8000-000000000015' as KitId;

describe('the kit form', () => {
  it('says a quantitative kit needs its threshold', () => {
    expect(checkKitForm({ ...EMPTY_KIT_FORM, name: 'Вектор IgG' }, id)).toEqual({
      ok: false,
      errors: { threshold: 'kit-threshold-missing' },
    });
  });

  it('reads a threshold with a comma and checks the grey zone around it', () => {
    const good = checkKitForm(
      { ...EMPTY_KIT_FORM, name: 'Вектор IgG', threshold: '1,1', greyLow: '0,8', greyHigh: '1,2' },
      id,
    );
    expect(good.ok && good.value.threshold).toBe(1.1);
    expect(
      checkKitForm(
        { ...EMPTY_KIT_FORM, name: 'X', threshold: '10', greyLow: '12', greyHigh: '8' },
        id,
      ),
    ).toEqual({ ok: false, errors: { greyZone: 'kit-grey-zone-inverted' } });
  });

  it('names a missing name and a threshold that is not a number', () => {
    expect(checkKitForm({ ...EMPTY_KIT_FORM, threshold: 'десять' }, id)).toEqual({
      ok: false,
      errors: { name: 'kit-name-missing', threshold: 'kit-not-a-number' },
    });
  });

  it('needs no threshold for a qualitative kit', () => {
    expect(
      checkKitForm({ ...EMPTY_KIT_FORM, name: 'Кассета', kind: 'qualitative', method: 'rapid' }, id)
        .ok,
    ).toBe(true);
  });
});
