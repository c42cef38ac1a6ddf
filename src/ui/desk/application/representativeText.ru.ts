// Russian texts of a minor's legal representative: the form on the statement step, and the
// lines the printed statement gains for them (the Russian text is the one signed).
export const representativeTextRu = {
  title: 'Законный представитель',
  introUnder14:
    'Пациенту нет 14 лет: заявление пишет и договор заключает законный представитель («от представителя в интересах ребёнка»). Внесите его до печати заявления.',
  introMinor:
    'Пациенту от 14 до 18 лет: он подписывает заявление сам, с письменного согласия законного представителя. Внесите представителя до печати заявления.',
  address: 'Адрес представителя',
  basis: 'Кем приходится пациенту',
  basisOption: {
    parent: 'Родитель',
    'adoptive-parent': 'Усыновитель',
    guardian: 'Опекун (ребёнку до 14 лет)',
    trustee: 'Попечитель (ребёнку от 14 до 18 лет)',
  },
  basisDocument: 'Документ, подтверждающий полномочия',
  basisDocumentHint:
    'Например: свидетельство о рождении ребёнка IV-МЮ 123456; для опекуна или попечителя — акт органа опеки с номером и датой',
  genitive: 'Как писать в заявлении (родительный падеж)',
  save: 'Сохранить представителя',
  change: 'Изменить сведения о представителе',
  keep: 'Не изменять',
  named: 'Законный представитель: {{name}} ({{basis}})',
  document: '{{type}} {{document}}',
  issued: 'выдан {{date}}, {{issuer}}',
  basisOf: 'Основание: {{document}}',
  required:
    'Сначала внесите законного представителя: без него заявление несовершеннолетнего не печатается и не подписывается.',
  printWaits: 'Заявление для подписи можно распечатать, когда внесён законный представитель.',
  print: {
    /**
     * After «от <представителя>»: `basis` as in `basisWord`. The representative's passport and
     * the basis document are named by the personal-data consent on the same page.
     */
    inInterestsMale:
      'законного представителя ({{basis}}), в интересах несовершеннолетнего {{name}}',
    inInterestsFemale:
      'законного представителя ({{basis}}), в интересах несовершеннолетней {{name}}',
    requestForMale:
      'Прошу провести исследование крови {{name}} на антитела к вирусу SARS-CoV-2 и выдать на его имя справку о наличии (отсутствии) антител к SARS-CoV-2 с QR-кодом.',
    requestForFemale:
      'Прошу провести исследование крови {{name}} на антитела к вирусу SARS-CoV-2 и выдать на её имя справку о наличии (отсутствии) антител к SARS-CoV-2 с QR-кодом.',
    /**
     * ГК РФ ст. 26, under the minor's own statement; the representative's address, the passport's
     * issue and the basis document are in the personal-data consent above it.
     */
    consent:
      'Я, {{name}} ({{basis}}, {{document}}), даю согласие на подачу настоящего заявления, заключение договора и получение платной медицинской услуги (ст. 26 ГК РФ).',
    signature: 'подпись законного представителя / расшифровка',
    basisWord: {
      parent: 'родитель',
      'adoptive-parent': 'усыновитель',
      guardian: 'опекун',
      trustee: 'попечитель',
    },
  },
} as const;
