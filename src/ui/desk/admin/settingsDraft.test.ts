import { describe, expect, it } from 'vitest';
import type { ClinicSettings } from '../../../core/clinic/settings';
import { DEFAULT_CLINIC_POLICY } from '../../../core/clinic/settings';
import type { KitId } from '../../../core/ids';
import { EXAMPLE_IDS, exampleCommission } from '../../../core/records/examples';
import { EMPTY_COMMISSION_FORM } from './commissionForm';
import { EMPTY_KIT_FORM } from './kitForm';
import { policyFormOf, RUSSIAN_UTC_OFFSETS, utcOffsetText } from './policyForm';
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
          form: {
            ...EMPTY_KIT_FORM,
            name: 'Новый',
            manufacturer: 'АО «Вектор-Бест»',
            registrationNumber: 'РЗН 2020/10393',
          },
        },
      ],
    };
    const checked = settingsOf(bad, settings);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(['kits.1.threshold', 'priceList.1.code']);
    expect(checked.errors['priceList.1.code']?.ru).toBe('Такой код уже есть в прейскуранте');
  });

  it('requires the maker and РУ of a new or edited kit, not of one left as it was saved', () => {
    const draft = draftOf(settings);
    const [saved] = draft.kits;
    if (saved === undefined) throw new Error('the example has a kit');
    const untouched = settingsOf(draft, settings);
    expect(untouched.ok).toBe(true);
    const edited: SettingsDraft = {
      ...draft,
      kits: [{ ...saved, form: { ...saved.form, threshold: '9', manufacturer: '' } }],
    };
    const checked = settingsOf(edited, settings);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual([
      'kits.0.manufacturer',
      'kits.0.registrationNumber',
    ]);
    expect(checked.errors['kits.0.registrationNumber']?.ru).toContain('РЗН');
    const registered: SettingsDraft = {
      ...draft,
      kits: [{ ...saved, form: { ...saved.form, registrationNumber: 'РЗН 2020/10393' } }],
    };
    const ok = settingsOf(registered, settings);
    expect(ok.ok && ok.value.kits[0]).toMatchObject({
      manufacturer: 'АО «Вектор-Бест»',
      registrationNumber: 'РЗН 2020/10393',
    });
  });

  it('keeps the commission and the territory line, and names a commission of one member', () => {
    const withCommission: ClinicSettings = {
      ...settings,
      commission: exampleCommission(),
      certificateTerritory: 'Справка действительна на территории Камчатского края',
    };
    const draft = draftOf(withCommission);
    expect(draft.commission?.orderDate).toBe('12.01.2026');
    expect(settingsOf(draft, withCommission)).toEqual({ ok: true, value: withCommission });
    const alone: SettingsDraft = {
      ...draft,
      commission: {
        ...EMPTY_COMMISSION_FORM,
        orderNumber: '41-од',
        orderDate: '12.01.2026',
        chairId: EXAMPLE_IDS.commissionMember,
        memberIds: [EXAMPLE_IDS.commissionMember2],
      },
    };
    const checked = settingsOf(alone, withCommission);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors['commission.memberIds']?.ru).toContain('не менее двух членов');
    const cleared = settingsOf(
      { ...draft, commission: EMPTY_COMMISSION_FORM, certificateTerritory: ' ' },
      withCommission,
    );
    expect(cleared.ok && cleared.value.commission).toBeUndefined();
    expect(cleared.ok && cleared.value.certificateTerritory).toBeUndefined();
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

describe("the admin's draft of the clinic's issuing rules", () => {
  it('carries the policy, "no expiry" included, to the saved settings and back', () => {
    const draft = draftOf(settings);
    expect(draft.policy).toEqual({
      presenceMonths: '6',
      absenceCardDays: '30',
      absenceCardNoExpiry: false,
      maxSampleAgeDays: '14',
      utcOffsetMinutes: '720',
    });
    const edited: SettingsDraft = {
      ...draft,
      policy: {
        presenceMonths: ' 12 ',
        absenceCardDays: '30',
        absenceCardNoExpiry: true,
        maxSampleAgeDays: '21',
        utcOffsetMinutes: '600',
      },
    };
    const checked = settingsOf(edited, settings);
    const policy = {
      presenceMonths: 12,
      absenceCardDays: null,
      maxSampleAgeDays: 21,
      utcOffsetMinutes: 600,
    };
    expect(checked).toEqual({ ok: true, value: { ...settings, policy } });
    const back = draftOf({ ...settings, policy });
    expect(back.policy).toMatchObject({ absenceCardNoExpiry: true, absenceCardDays: '' });
    expect(settingsOf(back, settings)).toEqual({ ok: true, value: { ...settings, policy } });
  });

  it('keeps the stored policy for a draft written before the policy was editable', () => {
    const old: SettingsDraft = { ...draftOf(settings) };
    delete old.policy;
    const stored = { ...settings, policy: { ...DEFAULT_CLINIC_POLICY, presenceMonths: 3 } };
    expect(settingsOf(old, stored)).toEqual({ ok: true, value: stored });
  });

  it('names each number out of range or not whole next to its field, in ru and en', () => {
    const draft = draftOf(settings);
    const checked = settingsOf(
      {
        ...draft,
        policy: {
          presenceMonths: '25',
          absenceCardDays: '0',
          absenceCardNoExpiry: false,
          maxSampleAgeDays: '14,5',
          utcOffsetMinutes: '720',
        },
      },
      settings,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual({
      'policy.presenceMonths': {
        ru: 'Целое число от 1 до 24',
        en: 'A whole number from 1 to 24',
      },
      'policy.absenceCardDays': {
        ru: 'Целое число от 1 до 365',
        en: 'A whole number from 1 to 365',
      },
      'policy.maxSampleAgeDays': {
        ru: 'Целое число от 1 до 90',
        en: 'A whole number from 1 to 90',
      },
    });
  });

  it('ignores the typed absence days while "no expiry" is chosen', () => {
    const draft = draftOf(settings);
    const checked = settingsOf(
      {
        ...draft,
        policy: {
          ...policyFormOf(settings.policy),
          absenceCardDays: 'много',
          absenceCardNoExpiry: true,
        },
      },
      settings,
    );
    expect(checked.ok && checked.value.policy.absenceCardDays).toBeNull();
  });
});

describe('the time zones the clinic chooses from', () => {
  it('spells offsets as UTC±h and lists Russia from Kaliningrad to Kamchatka', () => {
    expect(utcOffsetText(720)).toBe('UTC+12');
    expect(utcOffsetText(330)).toBe('UTC+5:30');
    expect(utcOffsetText(-180)).toBe('UTC−3');
    expect(utcOffsetText(0)).toBe('UTC');
    expect(RUSSIAN_UTC_OFFSETS.map((zone) => zone.minutes)).toEqual([
      120, 180, 240, 300, 360, 420, 480, 540, 600, 660, 720,
    ]);
  });
});
