// The legal representative of a minor (323-ФЗ ст. 20 ч. 2; ГК РФ ст. 26, 28, 31–33): a parent,
// an adoptive parent, a guardian (опекун, under 14) or a trustee (попечитель, 14–18), with the
// document that makes them one. Recorded on the statement, not as a person of the register:
// the same mother may bring two children, and what she showed is part of each case. Example:
//
//   {"surname":"Иванова","givenName":"Мария","patronymic":"Петровна","sex":"female",
//    "birthDate":"1988-07-14",
//    "document":{"type":"ru-passport","series":"3005","number":"123456",
//                "issuedOn":"2015-04-20","issuedBy":"УМВД России по Камчатскому краю"},
//    "address":"г. Петропавловск-Камчатский, ул. Ленинская, д. 1, кв. 2",
//    "basis":"parent","basisDocument":"Свидетельство о рождении IV-МЮ 123456 от 01.02.2013"}
//
// Who must be recorded and who signs what, by the minor's age: minorRules.ts.
import { z } from 'zod';
import { TEXT_LIMITS } from '../records/base';
import { calendarDateSchema } from '../records/calendarDate';
import { declinedFormsObject } from './declinedForms';
import { ADDRESS_MAX_LENGTH, identityDocumentSchema, personDetailsSchema, SEXES } from './person';

export const REPRESENTATIVE_BASES = ['parent', 'adoptive-parent', 'guardian', 'trustee'] as const;
export type RepresentativeBasis = (typeof REPRESENTATIVE_BASES)[number];

// Built at its first parse, not when the desk loads (core/records/base.ts says why).
export const representativeSchema = z.lazy(() =>
  z.object({
    surname: personDetailsSchema.shape.surname,
    givenName: personDetailsSchema.shape.givenName,
    patronymic: personDetailsSchema.shape.patronymic,
    sex: z.enum(SEXES),
    /**
     * The ИДС a representative signs names their date of birth (Приказ Минздрава № 1051н).
     * Optional: representatives recorded before it was asked have none, and their ИДС leaves
     * a blank for the pen; the form asks it of every representative it saves.
     */
    birthDate: z.optional(calendarDateSchema),
    document: identityDocumentSchema,
    address: z.string().min(1).max(ADDRESS_MAX_LENGTH).optional(),
    phone: personDetailsSchema.shape.phone,
    basis: z.enum(REPRESENTATIVE_BASES),
    /** The basis's document as written on it: a birth certificate, an order of guardianship. */
    basisDocument: z.string().trim().min(1).max(TEXT_LIMITS.reason),
    /** The name in oblique cases as the clerk corrected it; absent, the rules decline it. */
    declined: declinedFormsObject().optional(),
  }),
);
export type Representative = z.infer<typeof representativeSchema>;
