import { receiptKeysOf } from '../core/contract/receiptKey';
import type { PersonRecord } from '../core/records/person';
import type { ClinicRecord } from '../core/records/record';
import type { EnvelopeRow } from './database';
import type { PulledPerson } from './pulledPerson';

// The keys each kind of record is searched by at the desk, kept beside the record in its
// envelope row (see database.ts). Derived from the record on every write, never typed in.

/**
 * Lower case, ё as е, single spaces: how a clerk types a surname prefix. `toLowerCase`, not
 * `toLocaleLowerCase('ru-RU')`: Russian has no casing rules of its own (only Turkish,
 * Azerbaijani and Lithuanian do), so the two agree on every character, and the locale form
 * cost ≈ 7 µs a call, a tenth of a first pull's CPU in Node (issue #14).
 */
export function searchText(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

/** A person's searchName key: "иванова мария петровна", what a surname prefix is matched on. */
export function personSearchName(
  person: Pick<PersonRecord, 'surname' | 'givenName' | 'patronymic'>,
): string {
  return searchText([person.surname, person.givenName, person.patronymic ?? ''].join(' '));
}

export function documentKey(type: string, series: string | undefined, number: string): string {
  return `${type}:${(series ?? '').replace(/\s/g, '')}${number.replace(/\s/g, '')}`;
}

/** A record as storage keeps it: one the record schema passed, or a pulled person (pulledPerson.ts). */
export type StorableRecord = ClinicRecord | PulledPerson;

export function indexKeys(
  record: StorableRecord,
): Record<string, string | readonly string[] | undefined> {
  switch (record.kind) {
    case 'person':
      return {
        searchName: personSearchName(record),
        snils: record.snils,
        documentKey: documentKey(
          record.document.type,
          record.document.series,
          record.document.number,
        ),
        phone: record.phone,
        birthDate: record.birthDate,
      };
    case 'application':
      return { personId: record.personId, day: record.date, stage: record.status };
    case 'contract':
      return {
        applicationId: record.applicationId,
        number: record.number,
        receiptKeys: receiptKeysOf(record),
      };
    case 'sample':
      return { applicationId: record.applicationId };
    case 'result':
      return { sampleId: record.sampleId };
    case 'certificate':
      return {
        applicationId: record.applicationId,
        personId: record.personId,
        number: record.number,
      };
    case 'revocation':
      return { certificateId: record.certificateId };
  }
}

/** The row a record is stored in: the record, its sync state and its index keys. */
export function envelopeOf(record: ClinicRecord, sync: EnvelopeRow['sync']): EnvelopeRow {
  return { id: record.id, record, sync, ...indexKeys(record) };
}
