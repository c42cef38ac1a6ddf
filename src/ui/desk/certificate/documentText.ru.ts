// The certificate's own words (its printed form), in Russian. The print view shows the
// Russian and English texts side by side whatever the screen's language.
export const certificateDocRu = {
  country: 'Российская Федерация',
  title: 'СПРАВКА',
  subtitle: {
    presence: 'о наличии антител к SARS-CoV-2',
    absence: 'об отсутствии антител к SARS-CoV-2',
  },
  duplicate: 'ДУБЛИКАТ',
  revoked: 'АННУЛИРОВАНА',
  revokedOn:
    'Аннулирована {{date}}: {{reason}}. Справка недействительна, QR-код не проходит проверку.',
  revokingOn:
    'Аннулирована {{date}}: {{reason}}. Справка недействительна и будет отозвана после отправки в регистр.',
  voidedByRegister:
    'Регистр не принял справку: справка недействительна, QR-код не проходит проверку.',
  revocationRefusedOn:
    'Аннулирована {{date}}: {{reason}}. Справка недействительна; регистр не принял аннулирование, QR-код ещё проходит проверку.',
  revocationReason: {
    correction: 'выдана исправленная справка',
    error: 'ошибка в справке',
    fraud: 'недостоверные сведения',
    'withdrawn-by-citizen': 'по заявлению гражданина',
  },
  name: 'Фамилия, имя, отчество',
  birthDate: 'Дата рождения',
  document: 'Документ',
  test: 'Исследование',
  sampleDate: 'Дата взятия образца',
  result: 'Результат',
  conclusion: 'Заключение врачебной комиссии',
  conclusionText: {
    presence: 'Антитела к SARS-CoV-2 ОБНАРУЖЕНЫ',
    absence: 'Антитела к SARS-CoV-2 НЕ ОБНАРУЖЕНЫ',
  },
  validity: 'Срок действия',
  validUntil: 'по {{date}} включительно',
  absenceValidity:
    'не устанавливается: справка подтверждает результат на {{date}} (дата взятия образца)',
  issued: 'Дата выдачи',
  protocol: 'Протокол врачебной комиссии',
  protocolNo: '№ {{number}}',
  protocolOf: '№ {{number}} от {{date}}',
  kit: 'Набор реагентов: производитель, РУ',
  kitMaker: '{{manufacturer}}; регистрационное удостоверение {{registration}}',
  commissionOrder: 'Врачебная комиссия (приказ № {{number}} от {{date}})',
  chair: 'Председатель комиссии',
  member: 'Член врачебной комиссии',
  stamp: 'М. П.',
  qrCaption: 'Подлинность проверяется по QR-коду (SMART Health Card).',
  noQr: 'QR-код не сформирован',
  qrRevoked: 'QR-код аннулирован',
  notLabReport:
    'Справка выдана врачебной комиссией на основании результата лабораторного исследования и не является бланком результата анализа.',
} as const;
