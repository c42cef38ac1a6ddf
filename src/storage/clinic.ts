import type { Clinic } from '../core/clinic/settings';
import { clinicSchema } from '../core/clinic/settings';
import type { SeroDeskDatabase } from './database';
import type { MetaEntry } from './metaKeys';
import { META, readMeta, writeMeta } from './metaKeys';

// The clinic as this tablet knows it, settings included: what the desk issues with. Its key
// is the registry's (metaKeys.ts, where `clinicHeader` reads the same value narrowly); the
// whole schema lives here so that only the modules that need the settings load them.
const CLINIC: MetaEntry<typeof clinicSchema> = { key: META.clinicHeader.key, schema: clinicSchema };

export function loadClinic(db: SeroDeskDatabase): Promise<Clinic | undefined> {
  return readMeta(db, CLINIC);
}

export function saveClinic(db: SeroDeskDatabase, clinic: Clinic): Promise<void> {
  return writeMeta(db, CLINIC, clinic);
}
