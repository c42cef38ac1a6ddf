import type { ExportedCertificate } from './certificateCases';

// One row per certificate, the same columns in CSV and XLSX. Headers are Russian: the
// export is a document of the regional register (like every printed document, issue #12),
// and the stable `key` is what scripts and the XLSX column keys use. Example row (CSV):
//
//   KAM01-T03-2026-000017;PKGP3;2026-11-21;Щербаков;Артём;Ильич;1985-08-31;11223344595;
//   наличие антител;SARS-CoV-2-IgG количественный ИФА;99597-7;152,4;BAU/ml;обнаружены;
//   2026-11-20;2027-05-20;справка;;;

export type ExportValue = string | number | null;

export type ExportColumn = {
  readonly key: string;
  readonly header: string;
  readonly kind: 'text' | 'date' | 'number';
  readonly value: (row: ExportedCertificate) => ExportValue;
};

const DECISIONS = { presence: 'наличие антител', absence: 'отсутствие антител' } as const;
const INTERPRETATIONS = {
  detected: 'обнаружены',
  'not-detected': 'не обнаружены',
  equivocal: 'сомнительный',
} as const;
const REVOCATION_REASONS = {
  correction: 'исправление',
  error: 'ошибка',
  fraud: 'подлог',
  'withdrawn-by-citizen': 'по заявлению гражданина',
} as const;

/** "справка", "дубликат" (a reprint, same number) or "исправление" (supersedes another). */
function certificateKind(row: ExportedCertificate): string {
  if (row.certificate.duplicateOf !== undefined) return 'дубликат';
  if (row.certificate.supersedes !== undefined) return 'исправление';
  return 'справка';
}

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { key: 'number', header: 'Номер справки', kind: 'text', value: (r) => r.certificate.number },
  { key: 'clinic', header: 'Медицинская организация', kind: 'text', value: (r) => r.clinic.code },
  { key: 'issuedOn', header: 'Дата выдачи', kind: 'date', value: (r) => r.issuedOn },
  { key: 'surname', header: 'Фамилия', kind: 'text', value: (r) => r.person.surname },
  { key: 'givenName', header: 'Имя', kind: 'text', value: (r) => r.person.givenName },
  {
    key: 'patronymic',
    header: 'Отчество',
    kind: 'text',
    value: (r) => r.person.patronymic ?? null,
  },
  { key: 'birthDate', header: 'Дата рождения', kind: 'date', value: (r) => r.person.birthDate },
  { key: 'snils', header: 'СНИЛС', kind: 'text', value: (r) => r.person.snils ?? null },
  {
    key: 'decision',
    header: 'Заключение',
    kind: 'text',
    value: (r) => DECISIONS[r.certificate.decision],
  },
  { key: 'kit', header: 'Тест-система', kind: 'text', value: (r) => r.certificate.test.kitName },
  { key: 'loinc', header: 'Код LOINC', kind: 'text', value: (r) => r.certificate.test.loinc },
  {
    key: 'value',
    header: 'Значение',
    kind: 'number',
    value: (r) => r.certificate.test.value ?? null,
  },
  { key: 'unit', header: 'Единицы', kind: 'text', value: (r) => r.certificate.test.unit },
  {
    key: 'interpretation',
    header: 'Антитела',
    kind: 'text',
    value: (r) => INTERPRETATIONS[r.certificate.test.interpretation],
  },
  {
    key: 'sampleDate',
    header: 'Дата взятия образца',
    kind: 'date',
    value: (r) => r.certificate.test.sampleDate,
  },
  {
    key: 'validUntil',
    header: 'Действительна по',
    kind: 'date',
    value: (r) => r.certificate.validUntil ?? null,
  },
  { key: 'kind', header: 'Вид', kind: 'text', value: certificateKind },
  {
    key: 'supersedes',
    header: 'Исправляет справку',
    kind: 'text',
    value: (r) => r.supersedesNumber ?? null,
  },
  {
    key: 'revokedOn',
    header: 'Отозвана',
    kind: 'date',
    value: (r) => (r.revocation === undefined ? null : r.revocation.at.slice(0, 10)),
  },
  {
    key: 'revocationReason',
    header: 'Причина отзыва',
    kind: 'text',
    value: (r) => (r.revocation === undefined ? null : REVOCATION_REASONS[r.revocation.reason]),
  },
];
