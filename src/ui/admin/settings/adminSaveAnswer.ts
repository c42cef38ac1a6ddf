import type { AdminFailure } from '../../../sync/admin/adminRequest';
import { adminFailureText } from '../../../sync/admin/adminRequest';
import { settingsIssuesOf } from '../../../sync/admin/settings';
import type { SettingsSaveAnswer } from '../../desk/admin/settingsSaveNotice';
import { noticeOfFailure } from '../../desk/admin/settingsSaveNotice';

/**
 * The settings form's notice for a failed save in the administration area: the register's
 * refused fields go next to them, and a refusal says the register's words (or ours, for a
 * 403/404/5xx that sent none).
 */
export function adminSaveFailure(failure: AdminFailure): SettingsSaveAnswer {
  return {
    ok: false,
    notice: noticeOfFailure(failure.reason, failure.said ?? adminFailureText(failure)),
    issues: settingsIssuesOf(failure.issues),
  };
}
