import { describe, expect, it } from 'vitest';
import type { ClinicSettings } from '../../../core/clinic/settings';
import { DEFAULT_CLINIC_POLICY } from '../../../core/clinic/settings';
import type { KitId } from '../../../core/ids';
import { EMPTY_KIT_FORM } from './kitForm';
import type { SettingsDraft } from './settingsDraft';
import { draftOf, fieldErrorsOf, kopecksOf, settingsOf } from './settingsDraft';

const kitId = '0193a1c0-7a00-7000-8000-000000000001' as KitId;

const settings: ClinicSettings = {
  cardName: 'ГП № 3',
  priceList: [
    {
      code: 'igg',
      nameRu: 'Антитела IgG',
      nameEn: 'IgG antibodies',
      priceKopecks: 95_050,
      kind: 'antibody-test',
    },
  ],
  kits: [
    {
      id: kitId,
      name: 'Вектор IgG',
      nameEn: 'Vector IgG',
      manufacturer: 'АО «Вектор-Бест»',
      antibodyClass: 'IgG',
      target: 'S',
      method: 'ELISA',
      kind: 'quantitative',
      unit: 'BAU/ml',
      threshold: 10,
      greyZone: { low: 8, high: 10 },
      loinc: '94563-4',
      withdrawn: false,
    },
  ],
  policy: DEFAULT_CLINIC_POLICY,
};

function firstPrice(draft: SettingsDraft) {
  const [first] = draft.priceList;
  if (first === undefined) throw new Error('the example has a price list');
  return first;
}

describe("the admin's settings draft", () => {
  it('gives back the very settings it was made from, extras and policy included', () => {
    expect(settingsOf(draftOf(settings), settings)).toEqual({ ok: true, value: settings });
  });

  it('reads prices in roubles with a comma, a point or spaces, and refuses anything else', () => {
    expect(kopecksOf('950')).toBe(95_000);
    expect(kopecksOf('950,5')).toBe(95_050);
    expect(kopecksOf('1 200.00')).toBe(120_000);
    expect(kopecksOf('девятьсот')).toBeNaN();
    expect(kopecksOf('-5')).toBeNaN();
  });

  it('names the price that is not money and the code left empty, at their fields', () => {
    const draft = draftOf(settings);
    const bad: SettingsDraft = {
      ...draft,
      priceList: [...draft.priceList, { ...firstPrice(draft), code: '', price: '9 рублей' }],
    };
    const checked = settingsOf(bad, settings);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors['priceList.1.price']?.ru).toContain('Цена');
    expect(checked.errors['priceList.1.code']?.en).toBe('Fill in this field');
  });

  it("names a new kit's missing threshold and a repeated code as the register would", () => {
    const draft = draftOf(settings);
    const bad: SettingsDraft = {
      priceList: [...draft.priceList, firstPrice(draft)],
      kits: [
        ...draft.kits,
        {
          id: '0193a1c0-7a00-7000-8000-000000000009',
          saved: false,
          withdrawn: false,
          extras: {},
          form: { ...EMPTY_KIT_FORM, name: 'Новый' },
        },
      ],
    };
    const checked = settingsOf(bad, settings);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(['kits.1.threshold', 'priceList.1.code']);
    expect(checked.errors['priceList.1.code']?.ru).toBe('Такой код уже есть в прейскуранте');
  });

  it('puts the register’s issues on the form’s fields', () => {
    expect(
      fieldErrorsOf([
        { path: 'kits.2.greyZone.low', message: 'kit-grey-zone-inverted' },
        { path: 'priceList.0.priceKopecks', message: 'Too small' },
        { path: 'kits', message: 'kit-removed' },
      ]),
    ).toEqual({
      'kits.2.greyZone': {
        ru: 'Нижняя граница серой зоны должна быть меньше верхней',
        en: 'The grey zone lower bound must be below its upper bound',
      },
      'priceList.0.price': {
        ru: 'Цена — сумма в рублях, например 950 или 950,50',
        en: 'The price is an amount in roubles, e.g. 950 or 950.50',
      },
      kits: {
        ru: 'Сохранённую тест-систему нельзя удалить (на неё ссылаются образцы) — выведите её из употребления',
        en: 'A saved test kit cannot be removed (samples refer to it); withdraw it instead',
      },
    });
  });
});
