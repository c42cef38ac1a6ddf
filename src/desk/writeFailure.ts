// Why a desk write can be refused by the tablet's own storage (a role that may not write the
// record kind, a record that fails its schema, a numbering clash), with ru+en messages.
// Every command's failure union includes these.
import type { MessageTable } from '../core/bilingual';
import type { Fail } from '../core/result';
import { withPeopleDetail } from '../core/rules/peopleDetail';
import type { DeskEnv } from './env';
import type { WriteFailure } from '../storage/records';
import { WRITE_MESSAGES } from '../storage/records';

export type { WriteFailure };
export { WRITE_MESSAGES };

/**
 * A refused write in the desk's language, followed by its detail when that is written for
 * people (core/rules/peopleDetail.ts): «… — ФН 7284440500123456, ФД 501; № KAM01-…».
 */
export function sayWriteFailure(env: Pick<DeskEnv, 'say'>, failure: Fail<WriteFailure>): string {
  return sayRefusal(env, WRITE_MESSAGES, failure);
}

/** The same for a failure of another table (one that includes the write failures). */
export function sayRefusal<R extends string>(
  env: Pick<DeskEnv, 'say'>,
  messages: MessageTable<R>,
  failure: Fail<R>,
): string {
  return withPeopleDetail(env.say(messages, failure.reason), failure.reason, failure.detail);
}
