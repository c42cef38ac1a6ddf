// The clinic's requisites as the admin types them (every field text, the licence date as
// дд.мм.гггг), kept in the settings draft:
//
//   "requisites":{"fullName":"…","shortName":"ГБУЗ КК «ГП № 3»","ogrn":"1027700132195",
//     "inn":"7707083893","kpp":"773601001","address":"…","phone":"+7 (4152) 41-20-00",
//     "site":"","licence":{"number":"Л041-01184-41/00312345","date":"15.03.2022","issuer":"…"},
//     "headPhysician":"Иванова Мария Петровна"}
//
// A form left wholly blank means "no requisites yet" (a clinic set up before issue #11);
// anything typed is checked as a whole by the domain's schema (core/clinic/requisites.ts).
import { z } from 'zod';
import type { ClinicRequisites, ClinicRequisitesInput } from '../../../core/clinic/requisites';
import { parseSearchDate } from '../../../desk/queries';
import { formatDate } from '../frame/format';

export const requisitesFormSchema = z.object({
  fullName: z.string(),
  shortName: z.string(),
  ogrn: z.string(),
  inn: z.string(),
  kpp: z.string(),
  address: z.string(),
  phone: z.string(),
  site: z.string(),
  licence: z.object({ number: z.string(), date: z.string(), issuer: z.string() }),
  headPhysician: z.string(),
});
export type RequisitesForm = z.infer<typeof requisitesFormSchema>;

export const EMPTY_REQUISITES_FORM: RequisitesForm = {
  fullName: '',
  shortName: '',
  ogrn: '',
  inn: '',
  kpp: '',
  address: '',
  phone: '',
  site: '',
  licence: { number: '', date: '', issuer: '' },
  headPhysician: '',
};

export function requisitesFormOf(requisites: ClinicRequisites | undefined): RequisitesForm {
  if (requisites === undefined) return EMPTY_REQUISITES_FORM;
  return {
    fullName: requisites.fullName,
    shortName: requisites.shortName,
    ogrn: requisites.ogrn,
    inn: requisites.inn,
    kpp: requisites.kpp ?? '',
    address: requisites.address,
    phone: requisites.phone,
    site: requisites.site ?? '',
    licence: {
      number: requisites.licence.number,
      date: formatDate(requisites.licence.date),
      issuer: requisites.licence.issuer,
    },
    headPhysician: requisites.headPhysician,
  };
}

function isBlank(form: RequisitesForm): boolean {
  const { licence, ...rest } = form;
  return [...Object.values(rest), ...Object.values(licence)].every((v) => v.trim() === '');
}

/**
 * What the settings document gets: undefined for a blank form; otherwise the typed values,
 * with an empty КПП or site left out (optional there) and the date in ISO form when it is one
 * (a date that is not stays as typed, so the schema names it).
 */
export function requisitesInputOf(form: RequisitesForm): ClinicRequisitesInput | undefined {
  if (isBlank(form)) return undefined;
  const { kpp, site, licence, ...rest } = form;
  return {
    ...rest,
    ...(kpp.trim() === '' ? {} : { kpp }),
    ...(site.trim() === '' ? {} : { site }),
    licence: { ...licence, date: parseSearchDate(licence.date) ?? licence.date },
  };
}
