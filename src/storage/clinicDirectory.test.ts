import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exampleClinic } from '../core/clinic/examples';
import type { StaffId } from '../core/ids';
import type { ClinicDirectory } from '../core/protocol/clinic';
import { DEFAULT_ADMISSION_POLICY } from '../core/admission/policy';
import { loadAdmissionPolicy, saveClinicDirectory } from './clinicDirectory';
import { openDatabase } from './database';
import { rememberStaffName, staffName } from './deskQueries';
import { loadClinic, saveClinic } from './clinic';

const clinic = exampleClinic();

const petrov = '0193a0b0-0000-7000-8000-0000000000d1' as StaffId;
const kim = '0193a0b0-0000-7000-8000-0000000000d2' as StaffId;
const departed = '0193a0b0-0000-7000-8000-0000000000d3' as StaffId;

function directory(cardName: string): ClinicDirectory {
  return {
    clinic: { ...clinic, settings: { ...clinic.settings, cardName } },
    staff: [
      { id: petrov, displayName: 'Петров Андрей Викторович', role: 'commission' },
      { id: kim, displayName: 'Ким Ольга Сергеевна', role: 'lab' },
    ],
    admissionPolicy: DEFAULT_ADMISSION_POLICY,
  };
}

describe("keeping the clinic's directory on the tablet", () => {
  it("replaces the clinic's settings and makes every colleague's name resolvable", async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    await saveClinic(db, clinic);
    await saveClinicDirectory(db, directory('ГП № 3'));
    expect((await loadClinic(db))?.settings.cardName).toBe('ГП № 3');
    expect(await staffName(db, petrov)).toBe('Петров Андрей Викторович');
    expect(await staffName(db, kim)).toBe('Ким Ольга Сергеевна');
  });

  it('keeps the name of someone who left: old certificates still print it', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    await rememberStaffName(db, departed, 'Сидоров Иван Ильич');
    await saveClinicDirectory(db, directory('ГП № 3'));
    expect(await staffName(db, departed)).toBe('Сидоров Иван Ильич');
  });

  it('keeps the region’s admission policy, and applies the default before the first sync', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await loadAdmissionPolicy(db)).toEqual(DEFAULT_ADMISSION_POLICY);
    const policy = {
      ...DEFAULT_ADMISSION_POLICY,
      version: 5,
      admittedClasses: ['IgG' as const, 'IgM' as const],
    };
    await saveClinicDirectory(db, { ...directory('ГП № 3'), admissionPolicy: policy });
    expect(await loadAdmissionPolicy(db)).toEqual(policy);
  });

  it('writes nothing when a part cannot be kept', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    await saveClinic(db, clinic);
    const broken = directory('ГП № 3');
    // A clinic that fails its schema at saveClinic, after the names were queued in the same
    // transaction: neither the clinic nor any name may be left behind.
    const bad = {
      ...broken,
      clinic: { ...broken.clinic, code: 'не код' },
      admissionPolicy: { ...DEFAULT_ADMISSION_POLICY, version: 9 },
    };
    await expect(saveClinicDirectory(db, bad)).rejects.toThrow();
    expect(await loadClinic(db)).toEqual(clinic);
    expect(await staffName(db, petrov)).toBeUndefined();
    expect(await loadAdmissionPolicy(db)).toEqual(DEFAULT_ADMISSION_POLICY);
  });
});
