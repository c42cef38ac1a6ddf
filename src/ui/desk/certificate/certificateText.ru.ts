// Russian texts of step 5 and of the certificate screen (not the printed document).
export const certificateTextRu = {
  certificates: {
    title: '5. Справки',
    number: 'Справка № {{number}}',
    duplicate: 'дубликат',
    duplicateBecause: 'дубликат ({{reason}})',
    inForce: 'действует',
    revoked: 'аннулирована',
    revokedAs: 'аннулирована {{date}}: {{reason}}',
    certificateSync: 'Справка:',
    revocationSync: 'Аннулирование:',
    revoke: 'Аннулировать справку',
    open: 'Открыть для печати',
    reprint: 'Выдать дубликат',
    correct: 'Исправить (новая справка)',
    correctHint:
      'Исправьте данные пациента, затем выдайте новую справку. Старая будет отозвана после отправки в регистр, и тогда её QR-код перестанет проходить проверку.',
  },
  certificate: {
    missing: 'Справка не найдена на этом планшете.',
    downloadPng: 'Скачать QR (PNG)',
    downloadCard: 'Скачать файл .smart-health-card',
    qrAlt: 'QR-код справки № {{number}} (SMART Health Card)',
    qrFailed: 'QR-код не удалось построить.',
    revokedNotice:
      'Эта справка аннулирована {{date}} ({{reason}}): её QR-код не проходит проверку.',
    revokingNotice:
      'Эта справка аннулирована {{date}} ({{reason}}) и будет отозвана после отправки в регистр: до тех пор её QR-код ещё проходит проверку.',
    revocationRefusedNotice:
      'Аннулирование этой справки ({{date}}, {{reason}}) регистр не принял: её QR-код проходит проверку. Разберите отказ в разделе «Расхождения».',
  },
  duplicateForm: {
    title: 'Дубликат справки № {{number}}',
    original: 'Справка выдана {{date}}: {{decision}}.',
    sameQr:
      'QR-код останется тем же: дубликат повторяет справку и не создаёт нового кода. Утерянный экземпляр тоже продолжает проходить проверку.',
    reason: 'Причина выдачи дубликата',
    other: 'Другая причина',
    note: 'Опишите причину',
    confirm: 'Да, выдать дубликат',
    cancel: 'Не выдавать',
  },
  revoke: {
    reason: 'Причина аннулирования',
    note: 'Пояснение',
    noteHint: 'Обязательно при ошибке в справке и при недостоверных сведениях; до 500 символов.',
    check: 'Аннулировать…',
    question:
      'Аннулировать справку № {{number}}? Когда запись дойдёт до регистра, QR-код справки и всех её дубликатов перестанет проходить проверку. Отменить это нельзя.',
    confirm: 'Да, аннулировать',
    keep: 'Не аннулировать',
  },
} as const;
