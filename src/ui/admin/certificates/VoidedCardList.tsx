import { useTranslation } from 'react-i18next';
import type { VoidedCard } from '../../../core/protocol/adminCertificates';
import { isOpRejectReason, OP_REJECT_MESSAGES } from '../../../core/protocol/sync';
import { dottedDate } from '../../../core/records/calendarDate';
import { useLocale } from '../../i18n/useLocale';
import { regionDay } from './regionDay';

type VoidedCardListProps = { readonly cards: readonly VoidedCard[] };

/**
 * Certificates the register never held whose QR it voided (core/protocol/adminCertificates.ts
 * `voidedCards`): the number printed on the citizen's paper, and why its QR now answers
 * «отозвана» at a door. Nothing here can be revoked: the card already is.
 */
export function VoidedCardList({ cards }: VoidedCardListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="admin-voided-cards-title" data-testid="admin-voided-cards">
      <h2 id="admin-voided-cards-title">{t('admin.certificates.voidedTitle')}</h2>
      <p>{t('admin.certificates.voidedIntro')}</p>
      <ul className="admin-voided-cards">
        {cards.map((card) => (
          <li key={card.certificateId} data-testid="admin-voided-card" data-why={card.why}>
            <div>
              <strong>{card.number}</strong>
              {' — '}
              {card.person === null
                ? t('admin.certificates.voidedPersonUnknown')
                : `${card.person.fullName}, ${dottedDate(card.person.birthDate)}`}
            </div>
            <div>
              {t('admin.certificates.voidedIssued', {
                clinic: card.clinic.code,
                tablet: card.tabletCode ?? '—',
                date: regionDay(card.issuedAt),
              })}
            </div>
            <div className="revoked-mark">
              {card.why === 'discarded-on-tablet'
                ? t('admin.certificates.voidedDiscarded', { date: regionDay(card.voidedAt) })
                : t('admin.certificates.voidedRefused', {
                    date: regionDay(card.voidedAt),
                    reason:
                      card.refusal !== null && isOpRejectReason(card.refusal)
                        ? locale.pick(OP_REJECT_MESSAGES[card.refusal])
                        : (card.refusal ?? '—'),
                  })}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
