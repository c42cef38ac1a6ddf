// Russian texts of the administration area's Tablets screen (`admin.tablets`). The warnings'
// own words come from core (src/core/tablet/tabletWarningText.ts), shared with the CLI.
export const tabletsAdminTextRu = {
  titleClinic: 'Планшеты клиники',
  titleRegion: 'Планшеты всех клиник',
  introClinic:
    'Планшеты клиники, как их знает регистр. «Не отправлено» — сколько записей планшет при последней связи ещё не передал в регистр и с какого времени.',
  introRegion:
    'Планшеты всех клиник края. Сначала — те, о которых есть предупреждения. «Не отправлено» — сколько записей планшет при последней связи ещё не передал в регистр.',
  loading: 'Загрузка списка планшетов…',
  loadFailed: 'Не удалось получить список планшетов: {{reason}}',
  refresh: 'Обновить список',
  empty: 'В регистре нет планшетов.',
  warningsTitle: 'Требуют внимания: {{count}}',
  warningsNone:
    'Предупреждений нет: все работающие планшеты выходили на связь в последние {{silentHours}} ч., записей, не отправленных дольше {{backlogHours}} ч., нет.',
  warningsRule:
    'Предупреждение появляется, если планшет не выходил на связь дольше {{silentHours}} ч. или при последней связи у него были записи, не отправленные дольше {{backlogHours}} ч. Об отозванных планшетах не предупреждаем.',
  caption: 'Планшеты, их связь с регистром и неотправленные записи',
  clinic: 'Клиника',
  tablet: 'Планшет',
  status: 'Состояние',
  enrolledAt: 'Подключён',
  lastSeenAt: 'Последняя связь',
  lastPushAt: 'отправка записей: {{time}}',
  backlog: 'Не отправлено',
  recordsPushed: 'Получено регистром',
  actions: 'Действия',
  never: 'никогда',
  enrolled: 'работает',
  withdrawnOn: 'отозван {{time}}',
  backlogUnknown: 'нет сведений',
  backlogNone: 'нет',
  backlogSome: '{{records}} с {{oldest}}',
  backlogReported: 'сообщено {{reported}}',
  withdraw: 'Отозвать',
  withdrawLabel: 'Отозвать планшет {{code}} «{{name}}» ({{clinic}})',
  withdrawn: 'Планшет {{code}} «{{name}}» отозван в регистре {{time}}.',
  withdrawFailed: 'Планшет {{code}} не отозван: {{reason}}',
};
