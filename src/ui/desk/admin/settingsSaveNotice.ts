import type { Bilingual } from '../../../core/bilingual';
import type { SaveSettingsOutcome, SettingsIssue } from '../../../sync/clinicSettings';

// What the settings form says after "Save", whichever screen saved: the desk's «Настройки»
// (src/sync/clinicSettings.ts, keeps the clinic on the tablet) or the administration area's
// (src/sync/admin/settings.ts, keeps nothing on the device). Each screen turns its own
// outcome into one of these, and SettingsForm shows it.

export type SettingsNotice =
  | { readonly kind: 'saved' | 'offline' | 'needs-password' | 'session-expired' | 'fix-fields' }
  | { readonly kind: 'no-answer' }
  | { readonly kind: 'refused'; readonly said: Bilingual | undefined };

/** A screen's answer to "save these settings": saved, or the notice and the refused fields. */
export type SettingsSaveAnswer =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly notice: SettingsNotice;
      /** Paths inside the settings ("requisites.ogrn"), shown next to their fields. */
      readonly issues: readonly SettingsIssue[];
    };

/** The notice for a transport failure or the register's refusal, by its reason. */
export function noticeOfFailure(reason: string, said: Bilingual | undefined): SettingsNotice {
  switch (reason) {
    case 'offline':
      return { kind: 'offline' };
    case 'timeout':
    case 'network':
    case 'unreadable-response':
      return { kind: 'no-answer' };
    case 'session-expired':
      return { kind: 'session-expired' };
    default:
      return { kind: 'refused', said };
  }
}

/** The desk's save (PUT /api/clinic/settings through src/sync/clinicSettings.ts). */
export function deskSaveAnswer(outcome: SaveSettingsOutcome): SettingsSaveAnswer {
  if (outcome.ok) return { ok: true };
  return {
    ok: false,
    notice: noticeOfFailure(outcome.reason, outcome.said),
    issues: outcome.issues,
  };
}
