// Why a record is refused for the citizen's consents (consentRules.ts), in the one closed set
// of rule reasons (ruleReasons.ts), so the tablet and the register say the same words.
import type { MessageTable } from '../bilingual';

export const CONSENT_RULE_REASONS = ['intervention-consent-missing', 'consent-withdrawn'] as const;
export type ConsentRuleReason = (typeof CONSENT_RULE_REASONS)[number];

export const CONSENT_RULE_MESSAGES: MessageTable<ConsentRuleReason> = {
  'intervention-consent-missing': {
    ru: 'Кровь не берётся без подписанного информированного добровольного согласия (ИДС): распечатайте ИДС, дайте подписать и отметьте это на странице обращения',
    en: 'No blood is drawn without a signed informed voluntary consent (ИДС): print it, have it signed and mark it on the statement’s page',
  },
  'consent-withdrawn': {
    ru: 'Согласие по этому обращению отозвано: новые образцы, результаты, справки и оплаты по нему не оформляются (возврат оплаты возможен)',
    en: 'A consent on this statement has been withdrawn: no new samples, results, certificates or payments are recorded on it (a refund is still possible)',
  },
};
