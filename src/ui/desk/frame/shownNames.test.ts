import { describe, expect, it } from 'vitest';
import type { PriceItem } from '../../../core/clinic/settings';
import { shownKitName, shownServiceName } from './shownNames';

const PRICE_LIST: readonly PriceItem[] = [
  {
    code: 'igg-quant',
    nameRu: 'Антитела IgG к SARS-CoV-2 (количественно)',
    nameEn: 'IgG antibodies to SARS-CoV-2 (quantitative)',
    priceKopecks: 95_000,
    kind: 'antibody-test',
  },
];

const contract = {
  serviceCode: 'igg-quant',
  serviceName: 'Антитела IgG к SARS-CoV-2 (количественно)',
};

describe('names in the screen’s language', () => {
  it('shows an English desk the price list’s English name of the contract’s service', () => {
    expect(shownServiceName(contract, PRICE_LIST, 'en')).toBe(
      'IgG antibodies to SARS-CoV-2 (quantitative)',
    );
  });

  it('shows a Russian desk the name the contract itself records', () => {
    const renamed = { ...contract, serviceName: 'Определение антител IgG (старое название)' };
    expect(shownServiceName(renamed, PRICE_LIST, 'ru')).toBe(
      'Определение антител IgG (старое название)',
    );
  });

  it('falls back to the recorded name for a service no longer in the price list', () => {
    expect(shownServiceName({ ...contract, serviceCode: 'gone' }, PRICE_LIST, 'en')).toBe(
      'Антитела IgG к SARS-CoV-2 (количественно)',
    );
  });

  it('names a kit in English only when the settings give it an English name', () => {
    const kit = { name: 'SARS-CoV-2-IgG количественный-ИФА-БЕСТ' };
    expect(shownKitName(kit, 'en')).toBe('SARS-CoV-2-IgG количественный-ИФА-БЕСТ');
    const named = { ...kit, nameEn: 'SARS-CoV-2-IgG quantitative ELISA-BEST' };
    expect(shownKitName(named, 'en')).toBe('SARS-CoV-2-IgG quantitative ELISA-BEST');
    expect(shownKitName(named, 'ru')).toBe('SARS-CoV-2-IgG количественный-ИФА-БЕСТ');
  });
});
