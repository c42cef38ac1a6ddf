import type { FastifyBaseLogger } from 'fastify';
import type { CardVoidOutcome, CardVoidRequest } from '../../core/protocol/cardVoid';
import { certificateRecordSchema } from '../../core/records/certificate';
import type { VoidedCardCause } from '../../core/protocol/adminCertificates';
import type { RegisterDb } from '../db/connect';
import type { PushingTablet } from './authority';
import { voidUnheldCard } from './voidUnheldCard';

// The register's side of POST /api/sync/card-voids (wire example in
// src/core/protocol/cardVoid.ts): certificates an administrator discarded on the asking
// tablet, each with the card the citizen holds. A card the register may void (voidUnheldCard.ts)
// goes on its key's CRL; the answer says for each what became of its card.

/** Stored as the CRL entry's reason: register-internal, published without a reason code. */
export const DISCARDED_CARD_REASON: VoidedCardCause = 'discarded-on-tablet';

export type CardVoidAnswer = {
  readonly certificateId: CardVoidRequest['certificates'][number]['id'];
  readonly outcome: CardVoidOutcome;
};

export async function voidDiscardedCards(
  deps: {
    readonly db: RegisterDb;
    readonly subtle: SubtleCrypto;
    readonly now: () => Date;
    readonly log: FastifyBaseLogger;
  },
  tablet: PushingTablet,
  certificates: CardVoidRequest['certificates'],
): Promise<CardVoidAnswer[]> {
  const answers: CardVoidAnswer[] = [];
  for (const sent of certificates) {
    answers.push({ certificateId: sent.id, outcome: await voidOne(deps, tablet, sent) });
  }
  return answers;
}

async function voidOne(
  deps: Parameters<typeof voidDiscardedCards>[0],
  tablet: PushingTablet,
  sent: CardVoidRequest['certificates'][number],
): Promise<CardVoidOutcome> {
  const certificate = certificateRecordSchema.safeParse(sent);
  // Another clinic's certificate names no card this tablet may void.
  if (!certificate.success || certificate.data.clinicId !== tablet.clinicId) {
    return 'not-voidable';
  }
  const outcome = await voidUnheldCard(deps.db, deps.subtle, certificate.data, {
    tabletId: tablet.id,
    reason: DISCARDED_CARD_REASON,
    at: deps.now(),
  });
  if (outcome === 'voided') {
    deps.log.info(
      { certificateId: certificate.data.id, tabletId: tablet.id },
      'discarded certificate’s card revoked',
    );
  }
  return outcome === 'unchanged' ? 'voided' : outcome;
}
