// Russian texts of the sync widget in the header (the `sync` section of the i18n resources).
// Reasons of a failed run come from src/sync/status.ts, which has both languages.
export const syncRu = {
  label: 'Синхронизация с регистром',
  syncNow: 'Синхронизировать',
  running: 'Синхронизация…',
  pulled: 'Получено записей: {{count}}',
  pullProgress: 'Получено записей: {{done}} из {{total}}',
  progressLabel: 'Загрузка записей из регистра',
  firstPull: 'Первая загрузка записей клиники',
  lastSuccess: 'Последняя успешная: {{time}}',
  never: 'Ещё не выполнялась',
  waiting: 'Ждут отправки: {{count}}',
  allSent: 'Все записи отправлены',
  counting: 'Считаем записи…',
  rejected: 'Не приняты регистром: {{count}}',
  conflicts: 'Расхождения: {{count}}',
  error: 'Ошибка: {{message}}',
  notEnrolled: 'Планшет не зарегистрирован — синхронизация выключена',
};
