// Russian texts around the printed contract (the contract's own words come from its template,
// core/contract/templateRuDefault.ts, and are Russian whatever the screen's language).
export const contractPrintTextRu = {
  print: 'Договор для подписи (2 экз.)',
  cannotPrint: 'Договор не печатается',
  missing: 'Договор этого обращения не найден на этом планшете.',
  toSettings: 'Открыть настройки клиники',
  sheets: 'Договор, экземпляров: {{count}}',
} as const;
