// The contract templates a desk can print with, by version. Built-in versions never change
// once released (see templateRuDefault.ts); a new text is a new entry here, and
// CURRENT_CONTRACT_TEMPLATE_VERSION moves to it, while contracts already written keep
// printing with the version they recorded.
import type { MessageTable } from '../bilingual';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { ContractTemplate, ContractTemplateVersion } from './template';
import { RU_DEFAULT_2026_12 } from './templateRuDefault';

export const CONTRACT_TEMPLATES: ReadonlyMap<ContractTemplateVersion, ContractTemplate> = new Map([
  [RU_DEFAULT_2026_12.version, RU_DEFAULT_2026_12],
]);

/** The version new contracts are written with. */
export const CURRENT_CONTRACT_TEMPLATE_VERSION: ContractTemplateVersion =
  RU_DEFAULT_2026_12.version;

/**
 * The version a contract written before templates existed prints with (it records none). No
 * contract was printed before issue #11, so the first release stands for all of them, and
 * stays fixed when the current version moves on: a reprint of an old contract never changes.
 */
export const LEGACY_CONTRACT_TEMPLATE_VERSION: ContractTemplateVersion = RU_DEFAULT_2026_12.version;

export type ContractTemplateReason = 'contract-template-unknown';

export const CONTRACT_TEMPLATE_MESSAGES: MessageTable<ContractTemplateReason> = {
  'contract-template-unknown': {
    ru: 'Договор записан по шаблону, которого нет на этом планшете: обновите приложение',
    en: 'The contract was written with a template this tablet does not have: update the app',
  },
};

/** The template a contract prints with: the one it recorded, or the legacy one if none. */
export function contractTemplateOf(
  version: string | undefined,
): Result<ContractTemplate, ContractTemplateReason> {
  const template = CONTRACT_TEMPLATES.get(version ?? LEGACY_CONTRACT_TEMPLATE_VERSION);
  return template === undefined ? fail('contract-template-unknown', version) : ok(template);
}
