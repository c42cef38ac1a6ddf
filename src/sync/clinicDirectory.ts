import { clinicDirectorySchema } from '../core/protocol/clinic';
import type { ClinicDirectory } from '../core/protocol/clinic';
import { refusalOf } from '../core/protocol/refusal';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import { saveClinicDirectory } from '../storage/clinicDirectory';
import type { SeroDeskDatabase } from '../storage/database';
import type { SyncFailure } from './status';
import type { Transport } from './transport';

// A step of every sync run, asked for beside the pull (engine.ts): the clinic's current
// settings, staff names and the region's admission policy (wire example in
// src/core/protocol/clinic.ts), fetched with the tablet token and kept in one transaction.
// It is part of the run: a failure here is the run's failure, shown in the header like any
// other, because a tablet selling at last month's prices is not "synced".

/** The directory is a few kilobytes; anything slower than this is a broken link. */
export const DIRECTORY_TIMEOUT_MS = 30_000;

export async function refreshClinicDirectory(
  db: SeroDeskDatabase,
  transport: Transport,
  tabletToken: string,
): Promise<Result<ClinicDirectory, SyncFailure>> {
  const sent = await transport({
    method: 'GET',
    path: '/api/clinic/directory',
    token: tabletToken,
    timeoutMs: DIRECTORY_TIMEOUT_MS,
  });
  if (!sent.ok) return sent;
  const { status, body } = sent.value;
  if (status !== 200) {
    const { code, detail } = refusalOf(status, body);
    if (status === 401) {
      return fail(
        code === 'tablet-withdrawn' ? 'tablet-withdrawn' : 'tablet-not-recognised',
        detail,
      );
    }
    return fail('register-error', detail);
  }
  const parsed = clinicDirectorySchema.safeParse(body);
  if (!parsed.success) return fail('unreadable-response', parsed.error.message);
  await saveClinicDirectory(db, parsed.data);
  return ok(parsed.data);
}
