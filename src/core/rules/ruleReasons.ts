// Why a record may not be written, judged against the records its store already holds
// (recordRules.ts). One closed set for the tablet's storage and the register, so the same
// record is refused with the same reason — and the same words — on both sides.
import type { MessageTable } from '../bilingual';
import { COMMISSION_RULE_MESSAGES, COMMISSION_RULE_REASONS } from '../commission/participants';
import { DUPLICATE_MESSAGES, DUPLICATE_REASONS } from '../records/duplicate';
import { REVOCATION_TARGET_MESSAGES, REVOCATION_TARGET_REASONS } from '../records/revocationTarget';
import { RECEIPT_RULE_MESSAGES, RECEIPT_RULE_REASONS } from './receiptRuleReasons';
import { CONSENT_RULE_MESSAGES, CONSENT_RULE_REASONS } from './consentRuleReasons';
import { REPRESENTATIVE_RULE_MESSAGES, REPRESENTATIVE_RULE_REASONS } from './representativeRules';

export const STATEMENT_RULE_REASONS = [
  'statement-unknown',
  'statement-other-person',
  'statement-withdrawn',
  'statement-certificate-revoked',
  'withdrawal-after-payment',
  'withdrawal-after-certificate',
  'sample-kit-not-of-service',
  'result-without-sample',
  'certificate-contradicts-result',
  'certificate-checklist-failed',
  'correction-target-unknown',
] as const;
export type StatementRuleReason = (typeof STATEMENT_RULE_REASONS)[number];

export const RECORD_RULE_REASONS = [
  ...STATEMENT_RULE_REASONS,
  ...COMMISSION_RULE_REASONS,
  ...DUPLICATE_REASONS,
  ...REVOCATION_TARGET_REASONS,
  ...RECEIPT_RULE_REASONS,
  ...CONSENT_RULE_REASONS,
  ...REPRESENTATIVE_RULE_REASONS,
] as const;
export type RecordRuleReason = (typeof RECORD_RULE_REASONS)[number];

const STATEMENT_RULE_MESSAGES: MessageTable<StatementRuleReason> = {
  'statement-unknown': {
    ru: 'Запись относится к заявлению, которого нет среди заявлений этой клиники',
    en: 'The record belongs to a statement that is not among this clinic’s statements',
  },
  'statement-other-person': {
    ru: 'Запись оформлена на другого человека, чем заявление',
    en: 'The record is made out to another person than the statement',
  },
  'statement-withdrawn': {
    ru: 'Заявление отозвано: по нему нельзя продолжать оформление',
    en: 'The statement has been withdrawn: it cannot be taken further',
  },
  'statement-certificate-revoked': {
    ru: 'Справка по этому заявлению аннулирована: новую справку по нему выдать нельзя. Если обследование нужно снова, оформите новое заявление',
    en: 'The certificate of this statement has been revoked: no new certificate can be issued on it. If the test is needed again, open a new statement',
  },
  'withdrawal-after-payment': {
    ru: 'По договору внесена оплата: сначала оформите возврат оплаты, затем отзовите заявление',
    en: 'The contract has been paid: refund the payment first, then withdraw the statement',
  },
  'withdrawal-after-certificate': {
    ru: 'По заявлению выдана справка: заявление отозвать нельзя, справку может аннулировать комиссия',
    en: 'A certificate has been issued on the statement: it cannot be withdrawn; the commission may revoke the certificate',
  },
  'sample-kit-not-of-service': {
    ru: 'Этой тест-системой не выполняется оплаченная услуга: выберите тест-систему, указанную для услуги в прейскуранте',
    en: 'The paid service is not performed with this test kit: choose a kit the price list names for the service',
  },
  'result-without-sample': {
    ru: 'Результат относится к пробе крови, которой нет среди проб этой клиники',
    en: 'The result is of a blood sample that is not among this clinic’s samples',
  },
  'certificate-contradicts-result': {
    ru: 'Справка не совпадает с результатом исследования (заключение, набор или проба)',
    en: 'The certificate does not match the test result (conclusion, kit or sample)',
  },
  'certificate-checklist-failed': {
    ru: 'Справку выдать нельзя: не выполнены пункты контрольного списка комиссии (названы в подробностях)',
    en: 'The certificate may not be issued: items of the commission’s check-list are not met (named in the detail)',
  },
  'correction-target-unknown': {
    ru: 'Исправленная справка заменяет справку, которой нет среди справок этого человека в клинике',
    en: 'The corrected certificate replaces a certificate that is not among this person’s certificates at the clinic',
  },
};

export const RECORD_RULE_MESSAGES: MessageTable<RecordRuleReason> = {
  ...STATEMENT_RULE_MESSAGES,
  ...COMMISSION_RULE_MESSAGES,
  ...DUPLICATE_MESSAGES,
  ...REVOCATION_TARGET_MESSAGES,
  ...RECEIPT_RULE_MESSAGES,
  ...CONSENT_RULE_MESSAGES,
  ...REPRESENTATIVE_RULE_MESSAGES,
};
