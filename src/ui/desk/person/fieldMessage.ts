import type { TFunction } from 'i18next';
import type { MessageTable } from '../../../core/bilingual';

/**
 * A field's problem in the desk's language. Core names a date of birth's format as ISO
 * (birthDate.ts: it checks what the form hands it); the desk's forms take дд.мм.гггг, so that
 * one reason is said in the form's own words («… в виде дд.мм.гггг, например 14.03.1985»).
 */
export function fieldMessage<R extends string>(
  t: TFunction,
  say: (table: MessageTable<R>, reason: R) => string,
  table: MessageTable<R>,
  reason: R,
): string {
  return reason === 'birth-date-format' ? t('desk.person.birthDateFormat') : say(table, reason);
}
