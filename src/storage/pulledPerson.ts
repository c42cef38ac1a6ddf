import { z } from 'zod/mini';

// A person pulled from the register is checked, on the way in, for what storing it reads —
// its id, kind and version, and the fields its search keys are made of (indexKeys.ts) — and
// stored as the register sent it. The record schema's full check (names Cyrillic, SNILS and
// ОМС checksums, the document's format, dates that exist) runs where every stored record is
// checked anyway: whenever one is read (records.ts parseRow; an envelope's record is
// `unknown` until then). Issue #14: the full check at the pull was the second check of every
// record, ≈ 7.5 µs a person against ≈ 1.5 µs for this one; storing a first download of 50,000
// persons in pages of 1,000 (fake-indexeddb, the storage alone) took 1.16 s with it, 0.80 s now.
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

const text = z.string();
const optionalText = z.optional(z.string());

// Checked, not parsed: the record stored is the one sent, copied once with its version, so
// the schema strips (its output, the checked fields alone, is thrown away): keeping the
// other fields through zod (a loose object) cost twice as much.
const pulledPersonSchema = z.object({
  kind: z.literal('person'),
  id: text,
  version: z.number(),
  surname: text,
  givenName: text,
  patronymic: optionalText,
  snils: optionalText,
  phone: optionalText,
  birthDate: text,
  document: z.object({ type: text, series: optionalText, number: text }),
});

/**
 * A pulled person as stored: the fields its keys are made of are known to be there, the
 * record's other fields are as sent.
 */
export type PulledPerson = z.infer<typeof pulledPersonSchema>;

/** The person as stored at the register's `version`, or undefined if it cannot be stored. */
export function readPulledPerson(record: object, version: number): PulledPerson | undefined {
  if (!pulledPersonSchema.safeParse(record).success) return undefined;
  return { ...(record as PulledPerson), version };
}
