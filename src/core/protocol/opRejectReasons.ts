// Why the register refused one op of a push (protocol in sync.ts): the code an answer carries
// as `reason`, and the words the tablet shows the person who made the record.
//
//   {"opId":"0193…03","status":"rejected","reason":"role-may-not-write",
//    "message":{"ru":"Роль автора не позволяет …","en":"The author’s role may not …"}}
import type { MessageTable } from '../bilingual';
import { RECORD_RULE_MESSAGES, RECORD_RULE_REASONS } from '../rules/ruleReasons';
import { SIGNED_CARD_MESSAGES, SIGNED_CARD_REASONS } from './signedCardReasons';

/** Why the register refused one op. Each has words for the person who made the record. */
export const OP_REJECT_REASONS = [
  'invalid-record',
  'field-too-long',
  'kind-mismatch',
  'wrong-clinic',
  'unknown-author',
  'role-may-not-write',
  'record-identity-changed',
  'op-id-reused',
  // The rules tying a record to its statement, the same on the tablet (src/core/rules), and
  // a certificate's signed card (issue #9).
  ...RECORD_RULE_REASONS,
  ...SIGNED_CARD_REASONS,
] as const;
export type OpRejectReason = (typeof OP_REJECT_REASONS)[number];

/** Whether a stored or received code is one this version knows (an older tablet's may not be). */
export function isOpRejectReason(code: string): code is OpRejectReason {
  return (OP_REJECT_REASONS as readonly string[]).includes(code);
}

export const OP_REJECT_MESSAGES: MessageTable<OpRejectReason> = {
  'invalid-record': {
    ru: 'Регистр не принял запись: она заполнена неверно',
    en: 'The register refused the record: it is not filled in correctly',
  },
  'field-too-long': {
    ru: 'Регистр не принял запись: текст в одном из полей длиннее допустимого (поле названо в подробностях)',
    en: 'The register refused the record: the text of one of its fields is longer than allowed (the field is named in the detail)',
  },
  'kind-mismatch': {
    ru: 'Регистр не принял запись: вид записи не совпадает с операцией',
    en: 'The register refused the record: its kind does not match the operation',
  },
  'wrong-clinic': {
    ru: 'Запись принадлежит другой клинике и не может быть отправлена с этого планшета',
    en: 'The record belongs to another clinic and cannot be sent from this tablet',
  },
  'unknown-author': {
    ru: 'Автор записи не числится сотрудником этой клиники в регистре',
    en: 'The record’s author is not on this clinic’s staff at the register',
  },
  'role-may-not-write': {
    ru: 'Роль автора не позволяет создавать или изменять такую запись',
    en: 'The author’s role may not create or change this kind of record',
  },
  'record-identity-changed': {
    ru: 'Нельзя изменить вид, номер или клинику записи',
    en: 'A record’s kind, id or clinic cannot change',
  },
  'op-id-reused': {
    ru: 'Номер операции уже использован другим планшетом или для другой записи; отправьте запись ещё раз',
    en: 'The operation id was already used by another tablet or for other content; send the record again',
  },
  ...RECORD_RULE_MESSAGES,
  ...SIGNED_CARD_MESSAGES,
};
