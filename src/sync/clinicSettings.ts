import type { Bilingual } from '../core/bilingual';
import type { Clinic, ClinicSettings } from '../core/clinic/settings';
import { settingsSavedSchema } from '../core/protocol/clinic';
import { refusalOf } from '../core/protocol/refusal';
import type { SeroDeskDatabase } from '../storage/database';
import { saveClinic } from '../storage/clinic';
import type { Transport, TransportFailure } from './transport';
import { unreadableDetail } from './unreadable';

// The admin saves the clinic's settings at the register (PUT /api/clinic/settings, wire
// example in src/core/protocol/clinic.ts) with their own staff token, online only. What the
// register answers becomes a value: the saved clinic — kept on this tablet at once, so its
// desk sells and tests by the new settings — or a refusal with the register's own words and
// the fields it named.

export type SaveSettingsFailure =
  TransportFailure | 'session-expired' | 'forbidden' | 'invalid-settings' | 'register-refused';

/** A field the register refused: `path` inside the settings ("kits.1.threshold"). */
export type SettingsIssue = { readonly path: string; readonly message: string };

export type SaveSettingsOutcome =
  | { readonly ok: true; readonly value: Clinic }
  | {
      readonly ok: false;
      readonly reason: SaveSettingsFailure;
      readonly detail?: string;
      /** The register's own explanation, when it gave one. */
      readonly said?: Bilingual;
      readonly issues: readonly SettingsIssue[];
    };

const SETTINGS_PREFIX = 'settings.';

export async function saveClinicSettings(
  db: SeroDeskDatabase,
  transport: Transport,
  request: { readonly staffToken: string; readonly settings: ClinicSettings },
): Promise<SaveSettingsOutcome> {
  const sent = await transport({
    method: 'PUT',
    path: '/api/clinic/settings',
    token: request.staffToken,
    body: { settings: request.settings },
  });
  if (!sent.ok) return { ok: false, reason: sent.reason, issues: [], ...detailOf(sent.detail) };
  const { status, body } = sent.value;
  if (status === 200) {
    const parsed = settingsSavedSchema.safeParse(body);
    if (!parsed.success) {
      return {
        ok: false,
        reason: 'unreadable-response',
        detail: unreadableDetail(parsed.error),
        issues: [],
      };
    }
    await saveClinic(db, parsed.data.clinic);
    return { ok: true, value: parsed.data.clinic };
  }
  const refusal = refusalOf(status, body);
  const said = refusal.said === undefined ? {} : { said: refusal.said };
  const { detail } = refusal;
  const issues = refusal.issues.map((issue) => ({
    path: issue.path.startsWith(SETTINGS_PREFIX)
      ? issue.path.slice(SETTINGS_PREFIX.length)
      : issue.path,
    message: issue.message,
  }));
  if (status === 401) return { ok: false, reason: 'session-expired', detail, issues: [] };
  if (status === 403) return { ok: false, reason: 'forbidden', detail, issues: [], ...said };
  if (status === 400 && issues.length > 0) {
    return { ok: false, reason: 'invalid-settings', detail, issues, ...said };
  }
  return { ok: false, reason: 'register-refused', detail, issues, ...said };
}

function detailOf(detail: string | undefined): { detail?: string } {
  return detail === undefined ? {} : { detail };
}
