import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../bilingual';
import type { ClinicRequisitesInput, RequisitesReason } from './requisites';
import { checkRequisites, clinicRequisitesSchema, REQUISITES_MESSAGES } from './requisites';
import { DEFAULT_CLINIC_POLICY, clinicSettingsSchema } from './settings';
import { exampleRequisites } from './examples';

// Сбербанк's public ОГРН, ИНН and КПП stand in for a clinic's: real numbers whose check
// digits the rules must accept.
const organisation: ClinicRequisitesInput = exampleRequisites({ site: 'https://gp3.example.ru' });

const entrepreneur: ClinicRequisitesInput = {
  ...organisation,
  fullName: 'Индивидуальный предприниматель Петров Андрей Викторович',
  shortName: 'ИП Петров А. В.',
  ogrn: '304500116000157',
  inn: '500100732259',
  kpp: undefined,
  headPhysician: 'Петров Андрей Викторович',
};

function reasonsOf(input: unknown): Record<string, RequisitesReason> {
  const checked = checkRequisites(input);
  if (checked.ok) return {};
  return Object.fromEntries(checked.errors.map((error) => [error.field, error.reason]));
}

describe("a clinic's requisites", () => {
  it('accepts an organisation with ОГРН, 10-digit ИНН and КПП, trimming what was typed', () => {
    const checked = checkRequisites({
      ...organisation,
      ogrn: ' 1027700132195 ',
      kpp: '773601001 ',
      headPhysician: '  Иванова   Мария Петровна ',
    });
    expect(checked).toEqual({ ok: true, value: { ...organisation } });
  });

  it('accepts an individual entrepreneur with ОГРНИП, 12-digit ИНН and no КПП', () => {
    expect(checkRequisites(entrepreneur).ok).toBe(true);
  });

  it('names the field whose check digit is wrong', () => {
    expect(reasonsOf({ ...organisation, ogrn: '1027700132196', inn: '7707083894' })).toEqual({
      ogrn: 'ogrn-checksum',
      inn: 'inn-checksum',
    });
  });

  it('refuses an organisation’s ОГРН with a person’s 12-digit ИНН, and the reverse', () => {
    expect(reasonsOf({ ...organisation, inn: '500100732259' })).toEqual({
      inn: 'requisites-inn-ogrn-mismatch',
    });
    expect(reasonsOf({ ...entrepreneur, inn: '7707083893' })).toEqual({
      inn: 'requisites-inn-ogrn-mismatch',
    });
  });

  it('wants a КПП from an organisation and none from an entrepreneur', () => {
    expect(reasonsOf({ ...organisation, kpp: undefined })).toEqual({
      kpp: 'requisites-kpp-missing',
    });
    expect(reasonsOf({ ...entrepreneur, kpp: '773601001' })).toEqual({
      kpp: 'requisites-kpp-entrepreneur',
    });
    expect(reasonsOf({ ...organisation, kpp: '77O601001' })).toEqual({ kpp: 'kpp-format' });
  });

  it('reports a mismatch of the numbers together with every other field at fault', () => {
    expect(
      reasonsOf({
        ...organisation,
        inn: '500100732259',
        fullName: ' ',
        shortName: '',
        address: '',
        phone: '41-20-00',
        site: 'gp3.ru',
        licence: { number: '', date: '2022-02-30', issuer: '' },
        headPhysician: 'Ivanova',
      }),
    ).toEqual({
      fullName: 'requisites-full-name-missing',
      shortName: 'requisites-short-name-missing',
      inn: 'requisites-inn-ogrn-mismatch',
      address: 'requisites-address-missing',
      phone: 'requisites-phone-format',
      site: 'requisites-site-format',
      'licence.number': 'requisites-licence-number-missing',
      'licence.date': 'requisites-licence-date-format',
      'licence.issuer': 'requisites-licence-issuer-missing',
      headPhysician: 'requisites-head-physician-format',
    });
  });

  it('takes a site as optional, and only an http(s) address with a domain', () => {
    expect(checkRequisites({ ...organisation, site: undefined }).ok).toBe(true);
    expect(checkRequisites({ ...organisation, site: 'https://поликлиника.рф' }).ok).toBe(true);
    expect(reasonsOf({ ...organisation, site: 'ftp://gp3.ru' })).toEqual({
      site: 'requisites-site-format',
    });
    expect(reasonsOf({ ...organisation, site: 'https://localhost' })).toEqual({
      site: 'requisites-site-format',
    });
  });

  it('wants the head physician’s full name, a double surname and no patronymic allowed', () => {
    const named = (headPhysician: string) => checkRequisites({ ...organisation, headPhysician });
    expect(named('Салтыков-Щедрин Михаил Евграфович').ok).toBe(true);
    expect(named('Ким Анна').ok).toBe(true);
    expect(named('Иванова').ok).toBe(false);
    expect(named('Иванова М. П.').ok).toBe(false);
  });

  it('refuses what is not requisites at all without throwing', () => {
    expect(checkRequisites(null).ok).toBe(false);
    expect(checkRequisites({}).ok).toBe(false);
    expect(reasonsOf({ ...organisation, licence: undefined })).toEqual({
      licence: 'requisites-field-invalid',
    });
    // A missing member stops zod's own refinements; the numbers are still compared.
    expect(reasonsOf({ ...organisation, inn: '500100732259', licence: undefined })).toEqual({
      licence: 'requisites-field-invalid',
      inn: 'requisites-inn-ogrn-mismatch',
    });
  });

  it('gives back the same requisites when its output is parsed again, as each reader does', () => {
    const once = clinicRequisitesSchema.parse({ ...organisation, kpp: '7736ab001' });
    expect(clinicRequisitesSchema.parse(once)).toEqual(once);
  });

  it('rides in the clinic settings as an optional member', () => {
    const base = { priceList: [], kits: [], policy: DEFAULT_CLINIC_POLICY };
    expect(clinicSettingsSchema.parse(base).requisites).toBeUndefined();
    expect(clinicSettingsSchema.parse({ ...base, requisites: organisation }).requisites).toEqual(
      organisation,
    );
    const refused = clinicSettingsSchema.safeParse({
      ...base,
      requisites: { ...organisation, ogrn: '1027700132196' },
    });
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['requisites.ogrn', 'ogrn-checksum'],
    ]);
  });

  it('has a message for every reason in both languages, naming the field', () => {
    for (const [reason, message] of Object.entries(REQUISITES_MESSAGES)) {
      for (const language of LANGUAGES) expect(message[language], reason).not.toBe('');
    }
    expect(REQUISITES_MESSAGES['ogrn-checksum']).toEqual({
      ru: 'ОГРН: контрольная цифра не сходится',
      en: 'OGRN: the check digit does not match',
    });
    expect(REQUISITES_MESSAGES['inn-checksum'].ru).toMatch(/^ИНН: /);
  });
});
