import type { ClinicRecord } from '../../../core/records/record';

/** A few words that let a clerk recognise a record: the person's name, or the record's date. */
export function recordTitle(record: ClinicRecord | undefined, fallbackId: string): string {
  if (record === undefined) return fallbackId;
  switch (record.kind) {
    case 'person':
      return [record.surname, record.givenName, record.patronymic].filter(Boolean).join(' ');
    case 'application':
      return record.date.split('-').reverse().join('.');
    case 'contract':
      return record.number;
    case 'sample':
      return record.tubeLabel;
    case 'certificate':
      return record.number;
    case 'result':
    case 'revocation':
      return record.id;
  }
}

/** Where the desk shows the record, if it shows it on a screen of its own. */
export function recordLink(record: ClinicRecord | undefined): string | undefined {
  if (record === undefined) return undefined;
  switch (record.kind) {
    case 'person':
      return `/desk/person/${record.id}`;
    case 'application':
      return `/desk/statement/${record.id}`;
    case 'contract':
    case 'sample':
      return `/desk/statement/${record.applicationId}`;
    case 'certificate':
      return `/desk/certificate/${record.id}`;
    case 'result':
    case 'revocation':
      return undefined;
  }
}
