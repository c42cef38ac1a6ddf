// The personal-data consent printed with the statement, in Russian: the citizen signs this
// text. Each passage answers one element of 152-ФЗ ст. 9 ч. 4 (named after //); placeholders
// are filled by personalDataConsent.ts.
export const personalDataTextRu = {
  // п. 1, 3: the subject (with address and document) and the operator.
  subject:
    'Я, {{name}}, адрес: {{address}}, {{document}}, даю согласие оператору — {{operator}}, адрес: {{operatorAddress}}, — на обработку моих персональных данных на следующих условиях.',
  // п. 2: the representative gives it in the subject's interests.
  byRepresentative:
    'Я, {{name}}, адрес: {{address}}, {{document}}, законный представитель ({{basis}}; документ: {{basisDocument}}) субъекта персональных данных — {{subject}}, адрес: {{subjectAddress}}, {{subjectDocument}}, — даю согласие оператору — {{operator}}, адрес: {{operatorAddress}}, — на обработку его (её) и моих персональных данных на следующих условиях.',
  // A minor from 14 consents themselves, with the representative's consent (ГК РФ ст. 26).
  withRepresentative:
    'Согласен(на) законный представитель ({{basis}}; документ: {{basisDocument}}): {{name}}, адрес: {{address}}, {{document}}.',
  operatorIds: '{{name}} (ОГРН {{ogrn}}, ИНН {{inn}})',
  // п. 4
  purpose:
    'Цель: исследование крови на антитела к SARS-CoV-2 по договору о платной медицинской услуге, выдача справки с QR-кодом и проверка её подлинности, учёт оплаты.',
  // п. 5
  data: 'Данные: фамилия, имя, отчество, пол, дата рождения, адрес, данные документа, удостоверяющего личность, СНИЛС, телефон, сведения о состоянии здоровья (результат исследования), сведения о договоре и оплате{{representative}}.',
  representativeData: ', данные законного представителя',
  // п. 7
  actions:
    'Действия: сбор, запись, систематизация, накопление, хранение, уточнение, извлечение, использование, передача, блокирование, удаление, уничтожение, с использованием средств автоматизации и без них.',
  // Third parties (ст. 9 ч. 4 п. 6 and ст. 6 ч. 3): the register; the federal one only when sent.
  thirdParties:
    'Сведения о справке (ФИО, дата рождения, результат, срок действия) передаются в региональный регистр справок. {{federal}}',
  federalYes:
    'Сведения о результате исследования передаются также в федеральный регистр в порядке, установленном законодательством Российской Федерации.',
  federalNo: 'В федеральные информационные системы сведения не передаются.',
  // п. 8
  term: 'Согласие действует со дня подписания в течение срока хранения медицинской документации; его можно отозвать письменным заявлением оператору по указанному адресу. После отзыва обработка прекращается, кроме сведений, которые оператор обязан хранить по закону (ч. 2 ст. 9, ч. 1 ст. 6 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»).',
  document: '{{type}} {{number}}, выдан {{date}} {{issuer}}',
  documentType: {
    'ru-passport': 'паспорт РФ',
    'foreign-passport': 'заграничный паспорт',
    'birth-certificate': 'свидетельство о рождении',
    other: 'документ',
  },
  basis: {
    parent: 'родитель',
    'adoptive-parent': 'усыновитель',
    guardian: 'опекун',
    trustee: 'попечитель',
  },
} as const;
