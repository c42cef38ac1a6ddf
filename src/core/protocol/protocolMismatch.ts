import type { MessageTable } from '../bilingual';

// Which side of a sync must be updated when the tablet's and the register's protocol versions
// differ, in words. Apart from the protocol's schemas (sync.ts, which re-exports these): the
// header shows these words on the first screen, which does not load the sync protocol's
// schemas and the record rules they name (issue #14).

export type ProtocolMismatchReason = 'tablet-too-old' | 'register-too-old';

export const PROTOCOL_MISMATCH_MESSAGES: MessageTable<ProtocolMismatchReason> = {
  'tablet-too-old': {
    ru: 'Приложение на планшете устарело для регистра. Обновите приложение (перезагрузите страницу при наличии сети); записи на планшете сохранены и будут отправлены после обновления.',
    en: 'The app on this tablet is too old for the register. Update the app (reload the page while online); the records on this tablet are kept and will be sent after the update.',
  },
  'register-too-old': {
    ru: 'Регистр старее приложения на планшете. Сообщите администратору регистра; записи на планшете сохранены и будут отправлены после обновления регистра.',
    en: 'The register is older than the app on this tablet. Tell the register’s administrator; the records on this tablet are kept and will be sent once the register is updated.',
  },
};

/** Which side must be updated, from the two versions. */
export function mismatchReason(register: number, tablet: number): ProtocolMismatchReason {
  return tablet < register ? 'tablet-too-old' : 'register-too-old';
}
