// The person-facing text of every verification reason and warning, Russian first. Short,
// because the verifier screen shows them in large type at a venue door.
import type { Bilingual, MessageTable } from '../bilingual';
import type { VerdictReason, WarningCode } from './verdict';

export const verdictMessages: MessageTable<VerdictReason> = {
  valid: { ru: 'Действительная справка', en: 'Valid certificate' },
  'valid-other-content': {
    ru: 'Подлинная карта SMART Health Card, но в ней нет COVID-19 теста или вакцинации',
    en: 'An authentic SMART Health Card, but it holds no COVID-19 test or vaccination',
  },
  'empty-input': { ru: 'Пустой код', en: 'Empty code' },
  'eu-dcc': {
    ru: 'Цифровой COVID-сертификат ЕС (HC1:) — не поддерживается',
    en: 'EU Digital COVID Certificate (HC1:) — not supported',
  },
  'gosuslugi-link': {
    ru: 'Ссылка Госуслуг — проверьте онлайн на gosuslugi.ru',
    en: 'Gosuslugi link — check online at gosuslugi.ru',
  },
  'smart-health-link': {
    ru: 'SMART Health Link — нужна проверка онлайн, не поддерживается',
    en: 'SMART Health Link — needs an online check, not supported',
  },
  'other-url': {
    ru: 'Это ссылка, а не подписанная справка',
    en: 'This is a web link, not a signed certificate',
  },
  'unrecognised-text': {
    ru: 'Код не является SMART Health Card',
    en: 'The code is not a SMART Health Card',
  },
  'chunk-incomplete': {
    ru: 'Код из нескольких частей (устаревший формат) — отсканируйте все части',
    en: 'Multi-chunk code (deprecated) — scan all parts',
  },
  'numeric-empty': { ru: 'Код shc:/ пуст', en: 'The shc:/ code is empty' },
  'numeric-bad-character': {
    ru: 'В коде shc:/ посторонние символы',
    en: 'The shc:/ code contains stray characters',
  },
  'numeric-odd-length': {
    ru: 'Код shc:/ повреждён: нечётное число цифр',
    en: 'The shc:/ code is damaged: odd number of digits',
  },
  'numeric-pair-out-of-range': {
    ru: 'Код shc:/ повреждён: недопустимая пара цифр',
    en: 'The shc:/ code is damaged: a digit pair is out of range',
  },
  'chunk-header-invalid': {
    ru: 'Неверный номер части в коде shc:/',
    en: 'Invalid part number in the shc:/ code',
  },
  'chunk-set-inconsistent': {
    ru: 'Части кода не складываются в одну справку',
    en: 'The code parts do not make up one certificate',
  },
  'file-invalid': {
    ru: 'Файл .smart-health-card повреждён',
    en: 'The .smart-health-card file is damaged',
  },
  'jws-too-long': { ru: 'Справка слишком велика', en: 'The certificate is too large' },
  'jws-structure': {
    ru: 'Повреждена подпись справки (структура JWS)',
    en: 'The certificate signature is damaged (JWS structure)',
  },
  'jws-base64url': {
    ru: 'Справка повреждена (кодировка base64url)',
    en: 'The certificate is damaged (base64url encoding)',
  },
  'header-json': {
    ru: 'Повреждён заголовок подписи',
    en: 'The signature header is damaged',
  },
  'header-alg': {
    ru: 'Подпись не ES256 — такой алгоритм не допускается',
    en: 'The signature is not ES256 — algorithm not allowed',
  },
  'header-zip': {
    ru: 'Содержимое должно быть сжато (zip DEF)',
    en: 'The content must be compressed (zip DEF)',
  },
  'header-kid-missing': {
    ru: 'В подписи не указан ключ (kid)',
    en: 'The signature names no key (kid)',
  },
  'payload-not-deflated': {
    ru: 'Содержимое не сжато, хотя должно быть',
    en: 'The content is not compressed as required',
  },
  'payload-inflate-failed': {
    ru: 'Сжатое содержимое повреждено',
    en: 'The compressed content is damaged',
  },
  'payload-too-large': {
    ru: 'Содержимое справки слишком велико',
    en: 'The certificate content is too large',
  },
  'payload-bom': {
    ru: 'Содержимое начинается с метки BOM — не допускается',
    en: 'The content starts with a byte-order mark — not allowed',
  },
  'payload-utf8': {
    ru: 'Содержимое не в кодировке UTF-8',
    en: 'The content is not valid UTF-8',
  },
  'payload-json': { ru: 'Содержимое не является JSON', en: 'The content is not JSON' },
  'payload-trailing-characters': {
    ru: 'После данных справки есть лишние символы',
    en: 'There are trailing characters after the certificate data',
  },
  'payload-schema': {
    ru: 'Содержимое не соответствует формату SMART Health Card',
    en: 'The content does not follow the SMART Health Card format',
  },
  'issuer-not-https': {
    ru: 'Адрес издателя должен начинаться с https://',
    en: 'The issuer address must be https://',
  },
  'issuer-trailing-slash': {
    ru: 'Адрес издателя оканчивается на «/» — не допускается',
    en: 'The issuer address ends with "/" — not allowed',
  },
  'fhir-bundle': {
    ru: 'Медицинские данные повреждены (FHIR Bundle)',
    en: 'The health data is malformed (FHIR Bundle)',
  },
  'fhir-patient': {
    ru: 'В справке нет ФИО или даты рождения',
    en: 'The certificate lacks the name or date of birth',
  },
  'fhir-result-code': {
    ru: 'Результат исследования не из списка допустимых (SNOMED)',
    en: 'The test result is not an accepted one (SNOMED)',
  },
  'fhir-observation-status': {
    ru: 'Результат исследования не окончательный',
    en: 'The test result is not final',
  },
  'internal-error': {
    ru: 'Не удалось проверить код',
    en: 'The code could not be checked',
  },
  'issuer-untrusted': {
    ru: 'Издатель не входит в список доверенных',
    en: 'The issuer is not on the trust list',
  },
  'kid-unknown': {
    ru: 'Ключ подписи неизвестен (отозван или список доверия устарел)',
    en: 'Unknown signing key (withdrawn, or the trust list is out of date)',
  },
  'key-unsuitable': {
    ru: 'Ключ издателя непригоден для проверки (не EC P-256 ES256)',
    en: 'The issuer key is unusable (not EC P-256 ES256)',
  },
  'crl-refused': {
    ru: 'Список отзыва ключа издателя отклонён как неверный — отзыв не проверить',
    en: "The issuer key's revocation list was refused as invalid — revocation cannot be checked",
  },
  'signature-not-raw': {
    ru: 'Подпись в неверном формате (не r‖s)',
    en: 'The signature has the wrong format (not raw r‖s)',
  },
  'signature-invalid': {
    ru: 'Подпись неверна — справка подделана или повреждена',
    en: 'Invalid signature — the certificate is forged or damaged',
  },
  'nbf-in-future': {
    ru: 'Справка ещё не вступила в силу',
    en: 'The certificate is not valid yet',
  },
  'exp-passed': { ru: 'Срок действия справки истёк', en: 'The certificate has expired' },
  'rid-revoked': { ru: 'Справка отозвана', en: 'The certificate has been revoked' },
  'key-withdrawn': {
    ru: 'Справка подписана после отзыва планшета, выдавшего её',
    en: 'The certificate was signed after its issuing tablet was withdrawn',
  },
};

export const warningMessages: MessageTable<WarningCode> = {
  'clock-behind-trust-list': {
    ru: 'Часы устройства отстают: время раньше даты списка доверия',
    en: "The device clock looks wrong: it is earlier than the trust list's date",
  },
  'crl-missing': {
    ru: 'Нет списка отзыва для этого ключа — отзыв не проверен',
    en: 'No revocation list for this key — revocation not checked',
  },
  'crl-outdated': {
    ru: 'Список отзыва устарел — обновите список доверия',
    en: 'The revocation list is out of date — update the trust list',
  },
  'chunked-card': {
    ru: 'Код из нескольких частей — устаревший формат',
    en: 'Multi-chunk code — a deprecated format',
  },
  'no-rid': {
    ru: 'У справки нет идентификатора отзыва — отзыв не проверить',
    en: 'The certificate has no revocation id — revocation cannot be checked',
  },
};

export function messageFor(reason: VerdictReason): Bilingual {
  return verdictMessages[reason];
}
