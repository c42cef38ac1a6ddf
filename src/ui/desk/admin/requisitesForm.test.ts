import { describe, expect, it } from 'vitest';
import type { ClinicRequisites } from '../../../core/clinic/requisites';
import { clinicRequisitesSchema } from '../../../core/clinic/requisites';
import type { ClinicSettings } from '../../../core/clinic/settings';
import { DEFAULT_CLINIC_POLICY } from '../../../core/clinic/settings';
import type { KitId } from '../../../core/ids';
import { EMPTY_REQUISITES_FORM, requisitesFormOf, requisitesInputOf } from './requisitesForm';
import type { SettingsDraft } from './settingsDraft';
import { draftOf, fieldErrorsOf, settingsOf } from './settingsDraft';
import { exampleRequisites } from '../../../core/clinic/examples';

// Сбербанк's public ОГРН/ИНН/КПП: real numbers with correct check digits.
const requisites: ClinicRequisites = clinicRequisitesSchema.parse(
  exampleRequisites({
    licence: {
      number: 'Л041-01184-41/00312345',
      date: '2022-03-15',
      issuer: 'Минздрав Камчатского края',
    },
  }),
);

const settings: ClinicSettings = {
  priceList: [
    {
      code: 'igg',
      nameRu: 'Антитела IgG',
      nameEn: 'IgG',
      priceKopecks: 95_000,
      kind: 'antibody-test',
    },
  ],
  kits: [
    {
      id: '0193a1c0-7a00-7000-8000-000000000001' as KitId,
      name: 'Вектор IgG',
      antibodyClass: 'IgG',
      target: 'S',
      method: 'ELISA',
      kind: 'quantitative',
      unit: 'BAU/ml',
      threshold: 10,
      withdrawn: false,
    },
  ],
  policy: DEFAULT_CLINIC_POLICY,
  requisites,
};

function draftWith(patch: Partial<NonNullable<SettingsDraft['requisites']>>): SettingsDraft {
  const draft = draftOf(settings);
  return { ...draft, requisites: { ...requisitesFormOf(requisites), ...patch } };
}

describe("the admin's requisites form", () => {
  it('shows the licence date the Russian way and gives back the very requisites', () => {
    const form = requisitesFormOf(requisites);
    expect(form.licence.date).toBe('15.03.2022');
    expect(form.site).toBe('');
    expect(settingsOf(draftOf(settings), settings)).toEqual({ ok: true, value: settings });
  });

  it('takes a wholly blank form as "no requisites", and keeps them when a draft has none', () => {
    expect(requisitesInputOf(EMPTY_REQUISITES_FORM)).toBeUndefined();
    expect(requisitesInputOf({ ...EMPTY_REQUISITES_FORM, phone: '  ' })).toBeUndefined();
    const cleared = settingsOf(
      { ...draftOf(settings), requisites: EMPTY_REQUISITES_FORM },
      settings,
    );
    expect(cleared.ok && cleared.value.requisites).toBeUndefined();
    // A draft written before issue #11 has no requisites member: the stored ones stay.
    const older: SettingsDraft = { ...draftOf(settings), requisites: undefined };
    const kept = settingsOf(older, settings);
    expect(kept.ok && kept.value.requisites).toEqual(requisites);
  });

  it('puts each check’s message next to its field, in both languages', () => {
    const checked = settingsOf(
      draftWith({
        ogrn: '1027700132196',
        inn: '7707083894',
        kpp: '',
        licence: { number: 'Л041', date: '31.02.2022', issuer: 'Минздрав' },
      }),
      settings,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual({
      'requisites.ogrn': {
        ru: 'ОГРН: контрольная цифра не сходится',
        en: 'OGRN: the check digit does not match',
      },
      'requisites.inn': {
        ru: 'ИНН: контрольная цифра не сходится',
        en: 'INN: the check digit does not match',
      },
      'requisites.licence.date': {
        ru: 'Дата лицензии: существующая дата, например 15.03.2022',
        en: 'Licence date: a real date, e.g. 15.03.2022',
      },
    });
  });

  it('asks an organisation for its КПП once the numbers themselves are right', () => {
    const checked = settingsOf(draftWith({ kpp: ' ' }), settings);
    expect(checked.ok ? {} : checked.errors['requisites.kpp']?.ru).toBe(
      'КПП: у организации обязателен',
    );
  });

  it('accepts the licence date typed as дд.мм.гггг or ISO, and an optional site', () => {
    const checked = settingsOf(
      draftWith({
        site: 'https://gp3.example.ru',
        licence: { ...requisitesFormOf(requisites).licence, date: '2022-03-15' },
      }),
      settings,
    );
    expect(checked.ok && checked.value.requisites?.site).toBe('https://gp3.example.ru');
  });

  it('shows the register’s refusal of a requisite at its field', () => {
    expect(
      fieldErrorsOf([{ path: 'requisites.inn', message: 'requisites-inn-ogrn-mismatch' }]),
    ).toEqual({
      'requisites.inn': {
        ru: 'ИНН: у организации с ОГРН — 10 цифр, у индивидуального предпринимателя с ОГРНИП — 12',
        en: 'INN: an organisation with an OGRN has 10 digits, an entrepreneur with an OGRNIP 12',
      },
    });
  });
});
