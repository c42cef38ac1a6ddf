// Labels of the commission's check-list items and messages of their failure reasons, ru/en.
import type { MessageTable } from '../bilingual';

export type ChecklistItem =
  | 'identity-document-checked'
  | 'statement-signed'
  | 'contract-paid'
  | 'result-final'
  | 'sample-recent'
  | 'kit-accepted'
  | 'result-unambiguous'
  | 'presence-admitted'
  | 'records-match';

export type ChecklistReason =
  | 'application-missing'
  | 'identity-not-checked'
  | 'statement-not-signed'
  | 'statement-cancelled'
  | 'contract-missing'
  | 'contract-not-paid'
  | 'contract-cancelled'
  | 'contract-refunded'
  | 'result-missing'
  | 'result-not-final'
  | 'sample-missing'
  | 'sample-too-old'
  | 'sample-in-future'
  | 'kit-missing'
  | 'kit-mismatch'
  | 'kit-withdrawn'
  | 'kit-not-accepted'
  | 'result-equivocal'
  | 'presence-class-not-admitted'
  | 'records-incomplete'
  | 'records-mismatch';

export const CHECKLIST_ITEM_LABELS: MessageTable<ChecklistItem> = {
  'identity-document-checked': {
    ru: 'Документ, удостоверяющий личность, проверен',
    en: 'Identity document checked',
  },
  'statement-signed': { ru: 'Заявление подписано', en: 'Statement signed' },
  'contract-paid': { ru: 'Договор оплачен', en: 'Contract paid' },
  'result-final': { ru: 'Результат исследования окончательный', en: 'Test result is final' },
  'sample-recent': { ru: 'Образец взят не ранее допустимого срока', en: 'Sample is recent enough' },
  'kit-accepted': { ru: 'Тест-система допущена', en: 'Test kit accepted' },
  'result-unambiguous': { ru: 'Результат однозначный', en: 'Result is unambiguous' },
  'presence-admitted': {
    ru: 'Правила региона признают заключение по этой тест-системе',
    en: 'The region’s rules admit this kit’s conclusion',
  },
  'records-match': {
    ru: 'Записи относятся к одному обращению',
    en: 'Records belong to one application',
  },
};

export const CHECKLIST_REASON_MESSAGES: MessageTable<ChecklistReason> = {
  'application-missing': { ru: 'Нет заявления', en: 'There is no statement' },
  'identity-not-checked': {
    ru: 'Не отмечено, что документ гражданина проверен',
    en: 'The citizen’s identity document is not marked as checked',
  },
  'statement-not-signed': { ru: 'Заявление не подписано', en: 'The statement is not signed' },
  'statement-cancelled': { ru: 'Заявление отозвано', en: 'The statement was cancelled' },
  'contract-missing': { ru: 'Нет договора', en: 'There is no contract' },
  'contract-not-paid': { ru: 'Оплата по договору не внесена', en: 'The contract is not paid' },
  'contract-cancelled': { ru: 'Договор расторгнут', en: 'The contract was cancelled' },
  'contract-refunded': {
    ru: 'Оплата по договору возвращена',
    en: 'The contract payment was refunded',
  },
  'result-missing': { ru: 'Нет результата исследования', en: 'There is no test result' },
  'result-not-final': {
    ru: 'Результат не подтверждён как окончательный',
    en: 'The result is not final',
  },
  'sample-missing': { ru: 'Нет сведений о взятии образца', en: 'There is no sample' },
  'sample-too-old': {
    ru: 'Образец взят раньше допустимого срока — нужен новый анализ',
    en: 'The sample is too old — a new test is needed',
  },
  'sample-in-future': {
    ru: 'Дата взятия образца позже сегодняшней — проверьте дату',
    en: 'The sample date is after today — check the date',
  },
  'kit-missing': { ru: 'Не указана тест-система', en: 'No test kit is given' },
  'kit-mismatch': {
    ru: 'Тест-система результата не совпадает с тест-системой образца',
    en: 'The result’s kit differs from the sample’s kit',
  },
  'kit-withdrawn': { ru: 'Тест-система выведена из обращения', en: 'The test kit was withdrawn' },
  'kit-not-accepted': {
    ru: 'Тест-система не входит в перечень допущенных клиникой',
    en: 'The test kit is not on the clinic’s accepted list',
  },
  'result-equivocal': {
    ru: 'Сомнительный результат — нужен повторный анализ, справка не выдаётся',
    en: 'Equivocal result — a retest is needed; no certificate is issued',
  },
  'presence-class-not-admitted': {
    ru: 'Правила региона не признают антитела этого класса: справку о наличии антител по этой тест-системе выдать нельзя',
    en: 'The region’s rules do not admit antibodies of this class: no certificate of presence from this kit',
  },
  'records-incomplete': {
    ru: 'Не хватает записей для сверки',
    en: 'Some records are missing, so they cannot be matched',
  },
  'records-mismatch': {
    ru: 'Договор, образец и результат относятся к разным обращениям',
    en: 'The contract, sample and result belong to different applications',
  },
};
