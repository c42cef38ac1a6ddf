import type { AdmissionPolicy } from '../core/admission/policy';
import type { Clinic } from '../core/clinic/settings';
import type { SigningKey } from '../core/shc/signingKey';
import { loadClinic } from '../storage/clinic';
import { loadAdmissionPolicy } from '../storage/clinicDirectory';
import type { SeroDeskDatabase } from '../storage/database';
import type { TabletIdentity } from '../storage/tablet';
import { loadSigningKey, loadTabletIdentity } from '../storage/tablet';

/** What the desk's environment is built from, read in one go when the desk opens. */
export async function loadDeskSetup(db: SeroDeskDatabase): Promise<{
  readonly clinic: Clinic | undefined;
  readonly admissionPolicy: AdmissionPolicy;
  readonly identity: TabletIdentity | undefined;
  readonly signingKey: SigningKey | undefined;
}> {
  return {
    clinic: await loadClinic(db),
    admissionPolicy: await loadAdmissionPolicy(db),
    identity: await loadTabletIdentity(db),
    signingKey: await loadSigningKey(db),
  };
}
