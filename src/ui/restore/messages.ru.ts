// Russian texts of restoring a tablet that came back empty (the `restore` section of the i18n
// resources): the notice after the first pull. The choice of predecessor at enrolment is the
// enrolment form's (ui/screens/enrolmentTexts.ru.ts).
export const restoreRu = {
  notice: {
    title: 'Записи восстановлены из регистра',
    waiting: 'Планшет получает записи из регистра. {{code}} успел отправить записей: {{count}}.',
    predecessor:
      'Восстановлено записей из регистра: {{count}} (последняя синхронизация {{code}}: {{time}}). Работа, сделанная на {{code}} после этого и не отправленная, не могла быть восстановлена.',
    predecessorNeverSynced:
      'Восстановлено записей из регистра: {{count}}. {{code}} ни разу не отправлял записи, поэтому работа, сделанная на нём, не могла быть восстановлена.',
    self: 'Данные этого планшета были очищены. Восстановлено записей из регистра: {{count}}. Работа, не отправленная в регистр до очистки, не могла быть восстановлена.',
    dismiss: 'Понятно',
  },
};
