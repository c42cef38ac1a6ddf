import type { AdmissionPolicy } from '../core/admission/policy';
import type { Clinic } from '../core/clinic/settings';
import type { SigningKey } from '../core/shc/signingKey';
import { loadClinic } from '../storage/clinic';
import { loadAdmissionPolicy } from '../storage/clinicDirectory';
import type { SeroDeskDatabase } from '../storage/database';
import type { TabletIdentity } from '../storage/tablet';
import { loadSigningKey, loadTabletIdentity } from '../storage/tablet';

/**
 * What the desk's environment is built from, read in one go when the desk opens: the four
 * reads are asked for together, not one after another. Each read is a round trip to
 * IndexedDB's thread whose answer waits for the page's thread, busy at a start with the
 * first render: read in turn they took 0.1–0.2 s of a cold start at 4× slowdown (issue #14).
 */
export async function loadDeskSetup(db: SeroDeskDatabase): Promise<{
  readonly clinic: Clinic | undefined;
  readonly admissionPolicy: AdmissionPolicy;
  readonly identity: TabletIdentity | undefined;
  readonly signingKey: SigningKey | undefined;
}> {
  const [clinic, admissionPolicy, identity, signingKey] = await Promise.all([
    loadClinic(db),
    loadAdmissionPolicy(db),
    loadTabletIdentity(db),
    loadSigningKey(db),
  ]);
  return { clinic, admissionPolicy, identity, signingKey };
}
