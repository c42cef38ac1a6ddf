// English texts around the printed contract; the contract itself is printed in Russian.
import type { Widen } from '../../i18n/widen';
import type { contractPrintTextRu } from './contractPrintText.ru';

export const contractPrintTextEn: Widen<typeof contractPrintTextRu> = {
  print: 'Contract to sign (2 copies)',
  cannotPrint: 'The contract cannot be printed',
  missing: 'This statement’s contract is not on this tablet.',
  toSettings: 'Open the clinic settings',
  sheets: 'Contract, copies: {{count}}',
};
