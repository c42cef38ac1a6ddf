import type { RecordRuleReason } from './ruleReasons';

// A refusal's detail is for the log unless it is written for people: most details are ids or
// English amounts ("receipt 900,00 ₽, price 950,00 ₽"), which the desk never shows a clerk.
// A receipt already on another contract names that contract, the same in both languages,
// and the clerk needs it to find the contract:
//
//   receipt-on-another-contract   "ФН 7284440500123456, ФД 501; № KAM01-T09-2026-000123"

const FOR_PEOPLE: ReadonlySet<string> = new Set<RecordRuleReason>(['receipt-on-another-contract']);

/** A refusal's message, followed by its detail when that is written for people. */
export function withPeopleDetail(
  message: string,
  reason: string,
  detail: string | undefined,
): string {
  return detail !== undefined && FOR_PEOPLE.has(reason) ? `${message} — ${detail}` : message;
}
