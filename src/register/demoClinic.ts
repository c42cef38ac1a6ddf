import type { ClinicSettings } from './clinicSettings';
import { clinicSettingsSchema } from './clinicSettings';

// The demo clinic a fresh register starts with (seed.ts): its identity and its settings —
// requisites, price list and kits — as a clinic's admin would enter them. DEMO ONLY.

export const DEMO_CLINIC = {
  code: 'PKGP3',
  nameRu: 'ГБУЗ «Петропавловск-Камчатская городская поликлиника № 3»',
  nameEn: 'Petropavlovsk-Kamchatsky City Polyclinic No. 3',
  address: '683031, Камчатский край, г. Петропавловск-Камчатский, пр-т Карла Маркса, д. 9',
} as const;

// Each test names the kits it is performed with (core/clinic/serviceKits.ts). Kit figures are
// plausible demo values, not a kit's certified instructions for use, and the
// registration certificate (РУ) numbers are of the right form for the demo's print, not
// checked against Roszdravnadzor's register: a real clinic enters its kits' own. Kit ids
// are fixed so that every demo register names the same kits.
export const DEMO_CLINIC_SETTINGS: ClinicSettings = clinicSettingsSchema.parse({
  cardName: 'ГП № 3, П.-Камчатский',
  // The provider on the printed contract and consents (issue #11). DEMO requisites: the ОГРН
  // and ИНН are made up to pass their check digits (Kamchatka's region code 41), the licence
  // number has the register's form; none of them is a real organisation's.
  requisites: {
    fullName:
      'Государственное бюджетное учреждение здравоохранения Камчатского края ' +
      '«Петропавловск-Камчатская городская поликлиника № 3»',
    shortName: 'ГБУЗ КК «ПКГП № 3»',
    ogrn: '1264100000010',
    inn: '4100000019',
    kpp: '410001001',
    address: DEMO_CLINIC.address,
    phone: '+7 (4152) 41-20-00',
    licence: {
      number: 'Л041-01184-41/00999999',
      date: '2022-03-15',
      issuer: 'Министерство здравоохранения Камчатского края',
    },
    headPhysician: 'Лебедева Наталья Александровна',
  },
  priceList: [
    {
      code: 'igg-quant',
      nameRu: 'Антитела IgG к SARS-CoV-2 (количественно)',
      nameEn: 'IgG antibodies to SARS-CoV-2 (quantitative)',
      priceKopecks: 95_000,
      kind: 'antibody-test',
      kitIds: ['0193a1c0-7a00-7000-8000-000000000001', '0193a1c0-7a00-7000-8000-000000000003'],
    },
    {
      code: 'total-ab',
      nameRu: 'Суммарные антитела к SARS-CoV-2',
      nameEn: 'Total antibodies to SARS-CoV-2',
      priceKopecks: 90_000,
      kind: 'antibody-test',
      kitIds: ['0193a1c0-7a00-7000-8000-000000000004'],
    },
    {
      code: 'igm',
      nameRu: 'Антитела IgM к SARS-CoV-2',
      nameEn: 'IgM antibodies to SARS-CoV-2',
      priceKopecks: 85_000,
      kind: 'antibody-test',
      kitIds: ['0193a1c0-7a00-7000-8000-000000000002'],
    },
    {
      code: 'igg-igm-rapid',
      nameRu: 'Антитела IgG + IgM к SARS-CoV-2, экспресс-тест',
      nameEn: 'IgG + IgM antibodies to SARS-CoV-2, rapid test',
      priceKopecks: 65_000,
      kind: 'antibody-test',
      kitIds: ['0193a1c0-7a00-7000-8000-000000000005', '0193a1c0-7a00-7000-8000-000000000006'],
    },
    {
      code: 'certificate-duplicate',
      nameRu: 'Дубликат справки',
      nameEn: 'Certificate duplicate',
      priceKopecks: 30_000,
      kind: 'duplicate',
    },
  ],
  kits: [
    {
      id: '0193a1c0-7a00-7000-8000-000000000001',
      name: 'SARS-CoV-2-IgG количественный-ИФА-БЕСТ',
      manufacturer: 'АО «Вектор-Бест»',
      registrationNumber: 'РЗН 2020/10393',
      antibodyClass: 'IgG',
      target: 'S',
      method: 'ELISA',
      kind: 'quantitative',
      unit: 'BAU/ml',
      threshold: 10,
      greyZone: { low: 8, high: 10 },
      loinc: '94563-4',
    },
    {
      id: '0193a1c0-7a00-7000-8000-000000000002',
      name: 'SARS-CoV-2-IgM-ИФА-БЕСТ',
      manufacturer: 'АО «Вектор-Бест»',
      registrationNumber: 'РЗН 2020/10394',
      antibodyClass: 'IgM',
      target: 'N',
      method: 'ELISA',
      kind: 'quantitative',
      unit: 'index',
      threshold: 1.1,
      greyZone: { low: 0.8, high: 1.1 },
      loinc: '94564-2',
    },
    {
      id: '0193a1c0-7a00-7000-8000-000000000003',
      name: 'Architect SARS-CoV-2 IgG',
      manufacturer: 'Abbott Laboratories',
      registrationNumber: 'РЗН 2020/11378',
      antibodyClass: 'IgG',
      target: 'N',
      method: 'CLIA',
      kind: 'quantitative',
      unit: 'index',
      threshold: 1.4,
      loinc: '94563-4',
    },
    {
      id: '0193a1c0-7a00-7000-8000-000000000004',
      name: 'Elecsys Anti-SARS-CoV-2',
      manufacturer: 'Roche Diagnostics GmbH',
      registrationNumber: 'РЗН 2020/10772',
      antibodyClass: 'total',
      target: 'N',
      method: 'CLIA',
      kind: 'quantitative',
      unit: 'COI',
      threshold: 1.0,
      loinc: '94762-2',
    },
    {
      id: '0193a1c0-7a00-7000-8000-000000000005',
      name: 'Экспресс-тест SARS-CoV-2 IgG/IgM (кассета), линия IgG',
      manufacturer: 'ООО «ИмБиАн»',
      registrationNumber: 'РЗН 2021/13886',
      antibodyClass: 'IgG',
      target: 'S',
      method: 'rapid',
      kind: 'qualitative',
      unit: null,
      loinc: '94507-1',
    },
    {
      id: '0193a1c0-7a00-7000-8000-000000000006',
      name: 'Экспресс-тест SARS-CoV-2 IgG/IgM (кассета), линия IgM',
      manufacturer: 'ООО «ИмБиАн»',
      registrationNumber: 'РЗН 2021/13886',
      antibodyClass: 'IgM',
      target: 'S',
      method: 'rapid',
      kind: 'qualitative',
      unit: null,
      loinc: '94508-9',
    },
  ],
  // Antibodies present: valid 6 months from the sample date; samples at most 14 days old;
  // Kamchatka time (UTC+12) for "today" at the desk.
  policy: { presenceMonths: 6, absenceCardDays: 30, maxSampleAgeDays: 14, utcOffsetMinutes: 720 },
});
