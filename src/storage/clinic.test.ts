import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exampleClinic } from '../core/clinic/examples';
import { loadClinic, saveClinic } from './clinic';
import { openDatabase } from './database';
import { META, writeMeta } from './metaKeys';
import { loadClinicHeader } from './tablet';

const clinic = exampleClinic();

const fresh = () => openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });

describe('the stored clinic, whole and as its header', () => {
  it('reads who the clinic is from the clinic stored whole, and leaves the whole as it was', async () => {
    const db = fresh();
    await saveClinic(db, clinic);
    expect(await loadClinicHeader(db)).toEqual({
      id: clinic.id,
      code: 'PKGP3',
      nameRu: 'Поликлиника № 3',
      nameEn: 'Polyclinic No. 3',
    });
    expect(await loadClinic(db)).toEqual(clinic);
  });

  it('has no header for a tablet that holds no clinic, or one that does not parse', async () => {
    const db = fresh();
    expect(await loadClinicHeader(db)).toBeUndefined();
    await db.meta.put({ key: META.clinicHeader.key, value: { ...clinic, code: 'not a code' } });
    expect(await loadClinicHeader(db)).toBeUndefined();
  });

  it('refuses, by type, to write through the header, which would drop the settings', () => {
    const db = fresh();
    // @ts-expect-error: a view is read-only (metaKeys.ts, MetaView)
    void writeMeta(db, META.clinicHeader, clinic).catch(() => undefined);
    expect(META.clinicHeader.readOnly).toBe(true);
  });
});
