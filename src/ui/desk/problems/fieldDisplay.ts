// How the problems screen shows one field of a record to a person: its label in the desk's
// language and its value as the desk writes it elsewhere (дд.мм.гггг, "+7 914 123-45-67",
// "Паспорт РФ 30 05 123456"), never raw JSON unless nothing better is known.
//
//   ("phone", "+79141234567")                        → "+7 914 123-45-67"
//   ("birthDate", "1985-03-14")                      → "14.03.1985"
//   ("consents", {personalData: true, paidService: false})
//                                  → "на обработку персональных данных: да; на платную услугу: нет"
import type { DocumentType, IdentityDocument } from '../../../core/person/document';
import { DOCUMENT_TYPES, formatDocument } from '../../../core/person/document';
import type { OmsNumber } from '../../../core/person/oms';
import { formatOms } from '../../../core/person/oms';
import type { Phone } from '../../../core/person/phone';
import { formatPhone } from '../../../core/person/phone';
import type { Snils } from '../../../core/person/snils';
import { formatSnils } from '../../../core/person/snils';
import { formatDate, formatDateTime, formatMoney } from '../frame/format';

export type ValueWords = {
  /** The field's label, or undefined when the screen has no word for it. */
  readonly label: (field: string) => string | undefined;
  readonly empty: string;
  readonly yes: string;
  readonly no: string;
  readonly sex: (sex: 'male' | 'female') => string;
  readonly documentType: (type: DocumentType) => string;
  readonly utcOffsetMinutes: number;
};

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isDocument(value: unknown): value is IdentityDocument {
  if (value === null || typeof value !== 'object') return false;
  const doc = value as Record<string, unknown>;
  return (
    typeof doc['type'] === 'string' &&
    (DOCUMENT_TYPES as readonly string[]).includes(doc['type']) &&
    typeof doc['number'] === 'string' &&
    (doc['series'] === undefined || typeof doc['series'] === 'string')
  );
}

export function fieldLabel(field: string, words: ValueWords): string {
  return words.label(field) ?? field;
}

export function displayValue(field: string, value: unknown, words: ValueWords): string {
  if (value === undefined || value === null || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number')
    return field === 'priceKopecks' ? formatMoney(value) : String(value);
  if (typeof value === 'string') {
    if (field === 'phone' && /^\+7\d{10}$/.test(value)) return formatPhone(value as Phone);
    if (field === 'snils' && /^\d{11}$/.test(value)) return formatSnils(value as Snils);
    if (field === 'oms' && /^\d{16}$/.test(value)) return formatOms(value as OmsNumber);
    if (field === 'sex' && (value === 'male' || value === 'female')) return words.sex(value);
    if (CALENDAR_DATE.test(value)) return formatDate(value);
    if (INSTANT.test(value)) return formatDateTime(value, words.utcOffsetMinutes);
    return value;
  }
  if (isDocument(value)) return `${words.documentType(value.type)} ${formatDocument(value)}`;
  if (Array.isArray(value)) return value.map((item) => displayValue(field, item, words)).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .map(([key, member]) => `${fieldLabel(key, words)}: ${displayValue(key, member, words)}`)
      .join('; ');
  }
  return JSON.stringify(value);
}
