// Why a desk write can be refused by the tablet's own storage (a role that may not write the
// record kind, a record that fails its schema, a numbering clash), with ru+en messages.
// Every command's failure union includes these.
import type { Fail } from '../core/result';
import type { DeskEnv } from './env';
import type { WriteFailure } from '../storage/records';
import { WRITE_MESSAGES } from '../storage/records';

export type { WriteFailure };
export { WRITE_MESSAGES };

/**
 * Refusals whose detail is written for people, in either language: a receipt already on
 * another contract names that contract ("ФН 7284440500123456, ФД 501; № KAM01-T09-2026-000123"),
 * which the clerk needs to find it. Other details are for the log (ids, English amounts).
 */
const DETAIL_FOR_PEOPLE: ReadonlySet<WriteFailure> = new Set(['receipt-on-another-contract']);

/** A refused write in the desk's language, with what the refusal names when it is for people. */
export function sayWriteFailure(env: Pick<DeskEnv, 'say'>, failure: Fail<WriteFailure>): string {
  const said = env.say(WRITE_MESSAGES, failure.reason);
  return failure.detail !== undefined && DETAIL_FOR_PEOPLE.has(failure.reason)
    ? `${said} — ${failure.detail}`
    : said;
}
