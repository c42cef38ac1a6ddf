import type { MessageTable } from '../bilingual';

// Every refusal from the register has one JSON shape (parsed back by refusal.ts):
//
//   HTTP/1.1 400 Bad Request
//   {"error":{"code":"invalid-body","message":"The request body does not match the expected
//    shape: login: Invalid input: expected string, received undefined",
//    "messageRu":"Тело запроса не соответствует ожидаемой форме: login: …",
//    "issues":[{"path":"login","message":"Invalid input: expected string, received undefined"}]}}
//
// `code` is stable and machine-readable; clients map it to their own text. `message` (en)
// and `messageRu` are for people reading raw responses and logs. `issues` appears only
// with invalid-body, login-taken and staff-change-refused.

export const API_ERROR_STATUS = {
  'malformed-json': 400,
  'invalid-body': 400,
  'bad-request': 400,
  unauthenticated: 401,
  'invalid-credentials': 401,
  'tablet-withdrawn': 401,
  'role-may-not-enrol': 403,
  forbidden: 403,
  'key-already-enrolled': 409,
  'protocol-mismatch': 409,
  'already-revoked': 409,
  'certificate-unsigned': 409,
  'login-taken': 409,
  'staff-change-refused': 409,
  'clinic-code-taken': 409,
  'push-out-of-order': 409,
  'not-found': 404,
  'request-timeout': 408,
  'body-too-large': 413,
  'unsupported-media-type': 415,
  'header-too-large': 431,
  'too-many-attempts': 429,
  'sign-in-busy': 429,
  'export-busy': 429,
  'internal-error': 500,
  'database-unavailable': 503,
} as const satisfies Record<string, number>;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

export const API_ERROR_MESSAGES: MessageTable<ApiErrorCode> = {
  'malformed-json': {
    en: 'The request body is not valid JSON.',
    ru: 'Тело запроса — не корректный JSON.',
  },
  'invalid-body': {
    en: 'The request body does not match the expected shape.',
    ru: 'Тело запроса не соответствует ожидаемой форме.',
  },
  'bad-request': { en: 'The request is malformed.', ru: 'Запрос составлен неверно.' },
  unauthenticated: {
    en: 'Sign in first: the session is missing or has expired.',
    ru: 'Сначала войдите: сеанс отсутствует или истёк.',
  },
  'invalid-credentials': {
    en: 'Wrong login or password.',
    ru: 'Неверный логин или пароль.',
  },
  'tablet-withdrawn': {
    en: 'This tablet was withdrawn at the register; enrol it again to use it.',
    ru: 'Этот планшет отозван в регистре; чтобы работать, зарегистрируйте его заново.',
  },
  'role-may-not-enrol': {
    en: 'Only a registrar or an administrator of the clinic may enrol a tablet.',
    ru: 'Зарегистрировать планшет может только регистратор или администратор клиники.',
  },
  forbidden: {
    en: 'Your role or clinic does not allow this.',
    ru: 'Ваша роль или клиника не позволяет это сделать.',
  },
  'protocol-mismatch': {
    en: 'The tablet and the register speak different sync protocol versions; see "protocol".',
    ru: 'Планшет и регистр используют разные версии протокола синхронизации; см. "protocol".',
  },
  'key-already-enrolled': {
    en: 'This signing key is already enrolled.',
    ru: 'Этот ключ подписи уже зарегистрирован.',
  },
  'already-revoked': {
    en: 'This certificate is already revoked; see "revocation".',
    ru: 'Эта справка уже отозвана; см. "revocation".',
  },
  'certificate-unsigned': {
    en: 'This certificate has no signed QR code yet, so there is nothing to revoke.',
    ru: 'У этой справки ещё нет подписанного QR-кода, отзывать нечего.',
  },
  'login-taken': {
    en: 'This login is already taken; see "issues".',
    ru: 'Этот логин уже занят; см. "issues".',
  },
  'clinic-code-taken': {
    en: 'A clinic with this code already exists; see "issues".',
    ru: 'Клиника с таким кодом уже есть; см. "issues".',
  },
  'push-out-of-order': {
    en: 'The batch sent before this one has no answer here (its request failed or has not arrived): nothing of this push was applied; send both again.',
    ru: 'Пакет, отправленный перед этим, здесь без ответа (его запрос не прошёл или не дошёл): из этой отправки ничего не применено; отправьте оба пакета ещё раз.',
  },
  'staff-change-refused': {
    en: 'The staff rules do not allow this change; see "issues" for the reason.',
    ru: 'Правила для сотрудников не допускают это изменение; причина — в "issues".',
  },
  'not-found': { en: 'There is nothing at this address.', ru: 'По этому адресу ничего нет.' },
  'request-timeout': {
    en: 'The request did not arrive in time; the connection is closed.',
    ru: 'Запрос не пришёл вовремя; соединение закрыто.',
  },
  'header-too-large': {
    en: 'The request headers are larger than the register accepts.',
    ru: 'Заголовки запроса больше, чем принимает регистр.',
  },
  'body-too-large': {
    en: 'The request body is larger than the register accepts.',
    ru: 'Тело запроса больше, чем принимает регистр.',
  },
  'unsupported-media-type': {
    en: 'Send the body as application/json.',
    ru: 'Отправьте тело запроса как application/json.',
  },
  'too-many-attempts': {
    en: 'Too many sign-in attempts. Wait a minute and try again.',
    ru: 'Слишком много попыток входа. Подождите минуту и попробуйте снова.',
  },
  'sign-in-busy': {
    en: 'The register is checking too many passwords at once. Try again in a few seconds.',
    ru: 'Регистр сейчас проверяет слишком много паролей. Повторите через несколько секунд.',
  },
  'export-busy': {
    en: 'An export is already being prepared: wait until it is ready, then start the next one.',
    ru: 'Выгрузка уже готовится: дождитесь, пока она будет готова, и начните следующую.',
  },
  'internal-error': {
    en: 'The register failed to handle the request; the error is logged.',
    ru: 'Регистр не смог обработать запрос; ошибка записана в журнал.',
  },
  'database-unavailable': {
    en: 'The register cannot reach its database right now. Try again shortly.',
    ru: 'Регистр сейчас не может связаться со своей базой данных. Повторите чуть позже.',
  },
};

export type BodyIssue = { readonly path: string; readonly message: string };

export type ApiErrorBody = {
  error: {
    code: ApiErrorCode;
    message: string;
    messageRu: string;
    issues?: readonly BodyIssue[];
  };
};

/** Builds the error body; `detail` (English, no personal data) is appended to `message`. */
export function apiErrorBody(
  code: ApiErrorCode,
  extra: { detail?: string; issues?: readonly BodyIssue[] } = {},
): ApiErrorBody {
  const text = API_ERROR_MESSAGES[code];
  const suffix = extra.detail === undefined ? '' : ` ${extra.detail}`;
  return {
    error: {
      code,
      message: text.en + suffix,
      messageRu: text.ru + suffix,
      ...(extra.issues === undefined ? {} : { issues: extra.issues }),
    },
  };
}
