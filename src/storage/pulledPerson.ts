// A person pulled from the register is checked, on the way in, for what storing it reads —
// its id, kind and version, and the fields its search keys are made of (indexKeys.ts) — and
// stored as the register sent it. The record schema's full check (names Cyrillic, SNILS and
// ОМС checksums, the document's format, dates that exist) runs where every stored record is
// checked anyway: whenever one is read (records.ts parseRow; an envelope's record is
// `unknown` until then). Issue #14: the full check at the pull was the second check of every
// record, ≈ 7.5 µs a person against ≈ 1.5 µs for a zod check of these fields alone; storing a
// first download of 50,000 persons in pages of 1,000 (fake-indexeddb, the storage alone) took
// 1.16 s with the full check and 0.80 s with that one (session 30).
//
//   {"kind":"person","id":"0193…","version":3,"surname":"Щербаков","givenName":"Артём",
//    "birthDate":"1984-03-09","document":{"type":"ru-passport","series":"3005",…},…}
//
// A person the record schema refuses (a newer register's field, say) is still stored: reads
// leave it out and log it, as they do any stored row that does not match, and an app that
// learns the field shows it without downloading again. One whose storage fields are not even
// strings is refused here, as before, and counted unreadable. Other kinds keep the full check
// at the pull: they are few, and the pull reads more of them (a contract's numbers and
// receipts).

// Checked by a type guard, not a zod schema (issue #14): zod/mini's object parse builds an
// output object and a result per field, ≈ 2.2 KB of garbage a person — 111 MB of a first
// download of 50,000, a fifth of all it allocated — and ≈ 1.8 µs; the guard allocates nothing.
// The pull's page itself is still read by its zod schema (core/protocol/sync.ts), and each
// record by the record schema wherever it is read. The fields, as pulledPerson.test.ts checks
// them one by one:
//
//   kind "person"; id, surname, givenName, birthDate text; version a finite number;
//   patronymic, snils, phone absent or text; document {type, number text; series absent or text}

/** A pulled person as stored: the fields its keys are made of, the record's others as sent. */
export type PulledPerson = {
  kind: 'person';
  id: string;
  version: number;
  surname: string;
  givenName: string;
  patronymic?: string | undefined;
  snils?: string | undefined;
  phone?: string | undefined;
  birthDate: string;
  document: { type: string; series?: string | undefined; number: string };
};

type Fields = { readonly [field: string]: unknown };

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

function isOptionalText(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}

function isStorablePerson(record: Fields): record is Fields & PulledPerson {
  const document = record['document'];
  return (
    record['kind'] === 'person' &&
    isText(record['id']) &&
    Number.isFinite(record['version']) &&
    isText(record['surname']) &&
    isText(record['givenName']) &&
    isOptionalText(record['patronymic']) &&
    isOptionalText(record['snils']) &&
    isOptionalText(record['phone']) &&
    isText(record['birthDate']) &&
    isFields(document) &&
    isText(document['type']) &&
    isOptionalText(document['series']) &&
    isText(document['number'])
  );
}

/**
 * The person as stored at the register's `version`, or undefined if it cannot be stored. The
 * record is the page's own (parsed from its JSON), so it is kept as it is when it already
 * carries that version, as the register's stored bodies do; else it is copied with it.
 */
export function readPulledPerson(record: object, version: number): PulledPerson | undefined {
  if (!isFields(record) || !isStorablePerson(record)) return undefined;
  return record.version === version ? record : { ...record, version };
}
