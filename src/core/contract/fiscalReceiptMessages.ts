// What the cashier is told about a receipt's QR code or its typed fields, in Russian and
// English. Every message about a field names it as the receipt prints it (ФН, ФД, ФП) and by
// its QR member in brackets, so a cashier comparing the screen with the paper finds it.
import type { Bilingual, MessageTable } from '../bilingual';
import type { ReceiptField, ReceiptReason } from './fiscalReceipt';

export const RECEIPT_FIELD_NAMES: { readonly [K in ReceiptField]: Bilingual } = {
  t: { ru: 'Дата и время (t)', en: 'Date and time (t)' },
  s: { ru: 'Сумма (s)', en: 'Sum (s)' },
  fn: { ru: 'Номер ФН (fn)', en: 'Fiscal drive number, ФН (fn)' },
  i: { ru: 'Номер ФД (i)', en: 'Fiscal document number, ФД (i)' },
  fp: { ru: 'Фискальный признак ФП (fp)', en: 'Fiscal sign, ФП (fp)' },
  n: { ru: 'Признак расчёта (n)', en: 'Operation type (n)' },
};

function missing(field: ReceiptField): Bilingual {
  const name = RECEIPT_FIELD_NAMES[field];
  return { ru: `Не заполнено поле «${name.ru}»`, en: `Missing: ${name.en}` };
}

function repeated(field: ReceiptField): Bilingual {
  const name = RECEIPT_FIELD_NAMES[field];
  return {
    ru: `Поле «${name.ru}» встречается в QR-коде чека больше одного раза`,
    en: `${name.en} appears more than once in the receipt's QR code`,
  };
}

export const RECEIPT_MESSAGES: MessageTable<ReceiptReason> = {
  'receipt-not-fiscal-qr': {
    ru: 'Это не QR-код кассового чека: нет полей t, s, fn, i, fp, n',
    en: 'This is not a cash receipt QR code: it has none of t, s, fn, i, fp, n',
  },
  'receipt-t-missing': missing('t'),
  'receipt-t-repeated': repeated('t'),
  'receipt-t-format': {
    ru: 'Дата и время чека (t) записываются как ГГГГММДДTЧЧММ, например 20261201T1030',
    en: 'The date and time (t) are written YYYYMMDDTHHMM, for example 20261201T1030',
  },
  'receipt-t-impossible': {
    ru: 'Дата и время чека (t): такого дня или времени не бывает',
    en: 'Date and time (t): no such day or time of day',
  },
  'receipt-s-missing': missing('s'),
  'receipt-s-repeated': repeated('s'),
  'receipt-s-format': {
    ru: 'Сумма чека (s) — рубли и копейки через точку, например 950.00',
    en: 'The sum (s) is roubles and kopecks with a dot, for example 950.00',
  },
  'receipt-fn-missing': missing('fn'),
  'receipt-fn-repeated': repeated('fn'),
  'receipt-fn-format': {
    ru: 'Номер ФН (fn) состоит из 16 цифр',
    en: 'The fiscal drive number, ФН (fn), has 16 digits',
  },
  'receipt-i-missing': missing('i'),
  'receipt-i-repeated': repeated('i'),
  'receipt-i-format': {
    ru: 'Номер ФД (i) — от 1 до 10 цифр, не ноль',
    en: 'The fiscal document number, ФД (i), is 1 to 10 digits and not zero',
  },
  'receipt-fp-missing': missing('fp'),
  'receipt-fp-repeated': repeated('fp'),
  'receipt-fp-format': {
    ru: 'Фискальный признак ФП (fp) — от 1 до 10 цифр',
    en: 'The fiscal sign, ФП (fp), is 1 to 10 digits',
  },
  'receipt-n-missing': missing('n'),
  'receipt-n-repeated': repeated('n'),
  'receipt-n-format': {
    ru: 'Признак расчёта (n) — цифра от 1 до 4: 1 приход, 2 возврат прихода, 3 расход, 4 возврат расхода',
    en: 'The operation type (n) is a digit 1 to 4: 1 income, 2 return of income, 3 expense, 4 return of expense',
  },
};
