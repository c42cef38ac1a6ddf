import type { ApplicationId, CertificateId, ContractId, PersonId } from '../core/ids';
import type { CalendarDate } from '../core/records/calendarDate';
import type { SerialNumber } from '../core/contract/number';
import {
  exampleApplication,
  exampleCertificate,
  exampleContract,
  examplePerson,
  exampleReceipt,
} from '../core/records/examples';
import type { PulledChange } from '../core/protocol/sync';
import type { ClinicRecord } from '../core/records/record';
import type { SeroDeskDatabase } from './database';
import { applyPulled } from './pulled';
import type { WriteContext } from './records';

// Records for the tests of the records a first download stores by the page (pageIndex.ts,
// pagedRecords.ts): many persons sharing names, days, documents and phones, so that every
// key finds several, and the way a download stores them.

export const SURNAMES = ['Иванова', 'Иванов', 'Ивашкина', 'Петрова', 'Пётрова', 'Ли', 'Ким'];
const GIVEN = ['Мария', 'Анна', 'Алексей', 'Ольга'];

/**
 * A registrar's desk writes at a fixed time, each given ids of its own by a counter instead
 * of randomness, so a test's edits are the same on every run.
 */
export function registrarWriting(): WriteContext {
  let written = 0;
  return {
    role: 'registrar',
    now: () => new Date('2026-11-26T10:00:00Z'),
    random: (n) => {
      written += 1;
      return new Uint8Array(n).fill(written % 256);
    },
  };
}

/** A small deterministic generator: the same records on every run. */
function sequence(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor(state / 65_536) % n; // the low bits of this generator repeat quickly
  };
}

export function idOf(n: number): string {
  return `0193a0b0-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** Persons with shared names, days and phones; an application, contract and certificate each. */
export function pageFixtureRecords(count: number): ClinicRecord[] {
  const pick = sequence(7);
  const made: ClinicRecord[] = [];
  for (let n = 0; n < count; n++) {
    const person = idOf(n * 4) as PersonId;
    const application = idOf(n * 4 + 1) as ApplicationId;
    const day = `19${50 + pick(3)}-0${1 + pick(2)}-1${pick(3)}` as CalendarDate;
    made.push(
      examplePerson({
        id: person,
        surname: SURNAMES[pick(SURNAMES.length)] ?? 'Иванова',
        givenName: GIVEN[pick(GIVEN.length)] ?? 'Анна',
        patronymic: pick(2) === 0 ? undefined : 'Петровна',
        birthDate: day,
        document: {
          type: 'ru-passport',
          series: '4100',
          number: String(pick(40)).padStart(6, '0'),
        },
        snils: pick(3) === 0 ? undefined : '11223344595',
        phone: pick(2) === 0 ? undefined : `+7914000000${pick(4)}`,
      }),
      exampleApplication({ id: application, personId: person }),
      exampleContract({
        id: idOf(n * 4 + 2) as ContractId,
        applicationId: application,
        personId: person,
        number: `KAM01-T03-2026-${String(n).padStart(6, '0')}` as SerialNumber,
        receipt: exampleReceipt({ documentNumber: String(pick(30)) }),
        ...(pick(4) === 0 ? { refundReceipt: exampleReceipt({ documentNumber: '9' }) } : {}),
      }),
      exampleCertificate({
        id: idOf(n * 4 + 3) as CertificateId,
        applicationId: application,
        personId: person,
      }),
    );
  }
  return made;
}

/**
 * Stores records as a pull from `from` does, in slices of 125 each with its cursor: a first
 * download (a run that began at cursor 0) stores persons by the page; any other pull stores
 * every record in its table.
 */
export async function pullInSlices(
  db: SeroDeskDatabase,
  records: readonly ClinicRecord[],
  from = 0,
  firstDownload = from === 0,
): Promise<void> {
  for (let start = 0; start < records.length; start += 125) {
    const changes: PulledChange[] = records.slice(start, start + 125).map((record, at) => ({
      seq: from + start + at + 1,
      version: Math.max(record.version, 1),
      record,
    }));
    const cursor = from + start + changes.length;
    await applyPulled(db, changes, cursor, { mostlyNew: firstDownload });
  }
}
