import type { adminRu } from '../admin/messages.ru';
import type { deskRu } from '../desk/messages.ru';
import { pinRu } from '../session/messages.ru';
import { restoreRu } from '../restore/messages.ru';
import { syncRu } from '../sync/messages.ru';
import type { enrolmentRu } from '../screens/enrolmentTexts.ru';
import type { tabletSettingsRu } from '../tablet/messages.ru';
import type { verifierRu } from '../verifier/messages.ru';
import type { Widen } from './widen';

// Russian is the language of the desk and the default. Every string the UI shows comes from
// here (or its English twin, which the compiler keeps complete). Large screens keep their
// texts in their own folder (`desk`, `verifier`) and are merged in as sections. The desk's,
// the administration's, the verifier's, the tablet settings' and the enrolment form's sections
// are not in this object: they load with their screens' chunks (sections.ts), so the first chunk carries only
// the texts of the sign-in, the home screen and the header (issue #14). `RuTexts` is the whole.
export const ru = {
  sync: syncRu,
  restore: restoreRu,
  pin: pinRu,
  app: {
    name: 'SeroDesk',
    tagline: 'Справки о наличии антител к SARS-CoV-2',
    skipToContent: 'Перейти к содержимому',
  },
  network: {
    online: 'В сети',
    offline: 'Нет сети — работа сохраняется на планшете',
  },
  language: {
    label: 'Язык',
    ru: 'Русский',
    en: 'English',
  },
  login: {
    title: 'Вход для сотрудников',
    intro: 'Войдите под своей учётной записью клиники.',
    login: 'Логин',
    password: 'Пароль',
    submit: 'Войти',
    submitting: 'Вход…',
    loginRequired: 'Введите логин',
    passwordRequired: 'Введите пароль',
    offlineHint:
      'Нет сети. Первый вход на планшете требует связи с регистром; после него планшет работает без сети.',
  },
  signInError: {
    'invalid-credentials': 'Неверный логин или пароль.',
    'too-many-attempts': 'Слишком много попыток входа. Подождите минуту и попробуйте снова.',
    'register-busy':
      'Регистр сейчас перегружен проверками паролей. Попробуйте через несколько секунд.',
    offline: 'Нет сети: вход невозможен. Проверьте подключение.',
    timeout: 'Регистр не ответил вовремя. Попробуйте ещё раз.',
    network: 'Не удалось связаться с регистром. Проверьте подключение.',
    'unreadable-response': 'Регистр прислал непонятный ответ. Сообщите администратору.',
    'register-refused': 'Регистр отклонил запрос. Сообщите администратору.',
  },
  home: {
    title: 'Рабочее место',
    signedInAs: 'Вы вошли как {{name}}',
    clinic: 'Клиника',
    role: 'Роль',
    signOut: 'Выйти',
    tabletSettings: 'Настройки планшета',
    signOutRefused:
      'Выход невозможен: {{waiting}} записей ещё не отправлены в регистр, {{rejected}} требуют решения. Подключитесь к сети и синхронизируйте планшет.',
  },
  role: {
    registrar: 'Регистратор',
    lab: 'Лаборант',
    commission: 'Член комиссии',
    admin: 'Администратор',
    verifier: 'Проверяющий',
    regional: 'Региональный администратор',
  },
  tablet: {
    title: 'Планшет',
    notEnrolled:
      'Этот планшет ещё не зарегистрирован в регистре. Регистрация нужна один раз, при наличии сети: планшет получит ключ подписи справок и настройки клиники.',
    askRegistrar: 'Попросите регистратора или администратора клиники зарегистрировать планшет.',
    enrolledAs: 'Планшет «{{name}}» зарегистрирован, код {{code}}.',
    persistence: {
      granted: 'Браузер обещал не удалять данные планшета.',
      denied:
        'Браузер может удалить данные при нехватке места: не очищайте данные сайта и синхронизируйте планшет чаще.',
      unsupported: 'Браузер не сообщает, сохранит ли он данные при нехватке места.',
    },
  },
  nav: {
    desk: 'Регистратура',
    admin: 'Администрирование',
    verify: 'Проверить QR-код',
  },
  notFound: {
    title: 'Страница не найдена',
    back: 'На главную',
  },
  update: {
    ready: 'Доступна новая версия приложения.',
    reload: 'Обновить',
    later: 'Позже',
    offlineReady: 'Приложение сохранено на устройстве и откроется без сети.',
    dismiss: 'Понятно',
  },
} as const;

/** Every Russian text: the start-up ones above and the sections loaded with their screens. */
export type RuTexts = typeof ru & {
  readonly desk: typeof deskRu;
  readonly admin: typeof adminRu;
  readonly verifier: typeof verifierRu;
  readonly tabletSettings: typeof tabletSettingsRu;
  readonly enrolment: typeof enrolmentRu;
};

export type Messages = Widen<RuTexts>;
