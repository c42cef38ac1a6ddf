import type { Bilingual } from '../../../core/bilingual';
import type { BodyIssue } from '../../../core/protocol/apiErrors';
import type { StaffField, StaffRuleReason } from '../../../core/staff/staffChanges';
import { STAFF_RULE_MESSAGES } from '../../../core/staff/staffChanges';

// The register's per-field refusals of the staff calls, as words for the screen: the issue
// message is a reason code of core/staff/staffChanges.ts, so the words are the same the CLI
// and the register use; an unknown code (a newer register) is shown as sent.
//
//   [{"path":"login","message":"login-taken"}] → {login: {ru: "Этот логин уже занят", …}}

const STAFF_FIELDS: readonly StaffField[] = ['login', 'displayName', 'role', 'disabled'];

function isStaffRuleReason(code: string): code is StaffRuleReason {
  return Object.hasOwn(STAFF_RULE_MESSAGES, code);
}

function isStaffField(path: string): path is StaffField {
  return (STAFF_FIELDS as readonly string[]).includes(path);
}

export function wordsOfIssue(issue: BodyIssue): Bilingual {
  return isStaffRuleReason(issue.message)
    ? STAFF_RULE_MESSAGES[issue.message]
    : { ru: issue.message, en: issue.message };
}

/** The first issue of each field of the staff forms; issues of other paths are left out. */
export function fieldIssues(issues: readonly BodyIssue[]): Partial<Record<StaffField, Bilingual>> {
  const fields: Partial<Record<StaffField, Bilingual>> = {};
  for (const issue of issues) {
    if (isStaffField(issue.path) && fields[issue.path] === undefined) {
      fields[issue.path] = wordsOfIssue(issue);
    }
  }
  return fields;
}
