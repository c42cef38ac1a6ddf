import type { ClinicId } from '../ids';
import type { Kit } from '../lab/kit';
import { EXAMPLE_IDS } from '../records/examples';
import type { ClinicRequisitesInput } from './requisites';
import type { Clinic, PriceItem } from './settings';
import { DEFAULT_CLINIC_POLICY } from './settings';

// The clinic behind the example case (core/records/examples.ts) as tests use it: the clinic a
// tablet stores, the kit its results are read with, and its requisites.

/** A clinic as a tablet stores it, with empty price list and kits (storage and sync tests). */
export function exampleClinic(): Clinic {
  return {
    id: '0193a0b0-0000-7000-8000-0000000000cc' as ClinicId,
    code: 'PKGP3',
    nameRu: 'Поликлиника № 3',
    nameEn: 'Polyclinic No. 3',
    address: 'Петропавловск-Камчатский',
    issuerUrl: 'https://register.serodesk.test',
    settings: { priceList: [], kits: [], policy: DEFAULT_CLINIC_POLICY },
  };
}

/** The example contract's service (records/examples.ts), performed with the example kit. */
export function exampleService(): PriceItem {
  return {
    code: 'A26.06.036.001',
    nameRu: 'Определение антител к SARS-CoV-2 (IgG)',
    nameEn: 'SARS-CoV-2 antibody test (IgG)',
    priceKopecks: 95_000,
    kind: 'antibody-test',
    kitIds: [EXAMPLE_IDS.kit],
  };
}

export function exampleKit(overrides: Partial<Kit> = {}): Kit {
  return {
    id: EXAMPLE_IDS.kit,
    name: 'SARS-CoV-2-IgG количественный ИФА',
    manufacturer: 'АО «Вектор-Бест»',
    registrationNumber: 'РЗН 2020/10393',
    antibodyClass: 'IgG',
    target: 'S',
    method: 'ELISA',
    kind: 'quantitative',
    unit: 'BAU/ml',
    threshold: 10,
    greyZone: { low: 8, high: 12 },
    withdrawn: false,
    ...overrides,
  };
}

/**
 * A state clinic's requisites with real, public check digits (Сбербанк's ОГРН/ИНН/КПП), for
 * tests of the requisites checks, the settings editor and the register.
 */
export function exampleRequisites(
  overrides: Partial<ClinicRequisitesInput> = {},
): ClinicRequisitesInput {
  return {
    fullName:
      'Государственное бюджетное учреждение здравоохранения Камчатского края «Городская поликлиника № 3»',
    shortName: 'ГБУЗ КК «ГП № 3»',
    ogrn: '1027700132195',
    inn: '7707083893',
    kpp: '773601001',
    address: '683032, г. Петропавловск-Камчатский, ул. Ленинская, д. 1',
    phone: '+7 (4152) 41-20-00',
    licence: {
      number: 'Л041-01184-41/00312345',
      date: '2022-03-15',
      issuer: 'Министерство здравоохранения Камчатского края',
    },
    headPhysician: 'Иванова Мария Петровна',
    ...overrides,
  };
}
