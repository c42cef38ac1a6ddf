// Russian texts of the tablet lock: the unlock screen, the PIN card on the home screen and the
// lock button (the `pin` section of the i18n resources). The PIN rules' own messages come
// from src/core/staff/pin.ts, which has both languages.
export const pinRu = {
  unlockTitle: 'Разблокировать планшет',
  unlockIntro: 'Выберите себя в списке и введите свой PIN-код. Сеть не нужна.',
  staffList: 'Сотрудники этого планшета',
  pin: 'PIN-код',
  unlock: 'Разблокировать',
  checking: 'Проверка…',
  chooseOther: 'Выбрать другого сотрудника',
  withPassword: 'Войти с паролем',
  withPin: 'Разблокировать по PIN-коду',
  wrongBeforeLock: 'Неверный PIN-код. Осталось попыток до блокировки на 5 минут: {{count}}.',
  wrongBeforeErase: 'Неверный PIN-код. Осталось попыток до удаления PIN-кода: {{count}}.',
  locked: 'Слишком много неверных попыток: PIN-код заблокирован до {{time}}.',
  erased:
    'PIN-код удалён после 10 неверных попыток. Войдите с паролем (нужна сеть) и задайте новый PIN-код.',
  notSet: 'PIN-код этого сотрудника больше не задан на планшете. Войдите с паролем.',
  setupTitle: 'PIN-код для этого планшета',
  setupIntro:
    'Задайте PIN-код, чтобы разблокировать этот планшет без сети и без пароля. На одном планшете могут работать несколько сотрудников, каждый со своим PIN-кодом, и каждая запись называет того, кто её сделал.',
  setupHasPin: 'У вас уже есть PIN-код на этом планшете. Задайте новый, чтобы сменить его.',
  newPin: 'Новый PIN-код',
  newPinHint: 'От 4 до 8 цифр; не 0000 и не 1234',
  repeatPin: 'Повторите PIN-код',
  repeatRequired: 'Введите PIN-код ещё раз',
  repeatMismatch: 'PIN-коды не совпадают',
  save: 'Задать PIN-код',
  saving: 'Сохранение…',
  saved: 'PIN-код сохранён. Кнопка «Заблокировать» освобождает планшет для коллег.',
  saveFailed: 'Не удалось сохранить PIN-код на планшете. Попробуйте ещё раз.',
  lock: 'Заблокировать',
  signOutForgetsPin: 'Выход удалит ваш PIN-код с этого планшета; «Заблокировать» его сохранит.',
  enrolNeedsPassword:
    'Вы разблокировали планшет PIN-кодом. Чтобы зарегистрировать этот планшет, войдите с паролем при наличии сети.',
};
