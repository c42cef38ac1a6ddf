import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CONSENT_DETAIL_MESSAGES, consentDetailGaps } from '../../../desk/consentDetails';
import type { DeskStatement } from '../../../desk/queries';
import { useDesk } from '../frame/DeskEnvironment';

/**
 * Before the statement is signed: what its personal-data consent still lacks about the person
 * or the representative (address, document issue date and issuer), and where to add it.
 * Signing is refused with the same words until the card is complete (desk/statement.ts).
 */
export function ConsentDetailsNotice({ statement }: { readonly statement: DeskStatement }) {
  const { t } = useTranslation();
  const env = useDesk();
  const person = statement.person?.record;
  if (person === undefined) return null;
  const gaps = consentDetailGaps(person, statement.application.record.representative);
  if (gaps.length === 0) return null;
  return (
    <div className="notice" data-testid="consent-details-missing">
      <p>{t('desk.consent.detailsMissing')}</p>
      <ul className="plain-list">
        {gaps.map((gap) => (
          <li key={gap}>{env.say(CONSENT_DETAIL_MESSAGES, gap)}</li>
        ))}
      </ul>
      <Link className="button" to={`/desk/person/${person.id}/edit`}>
        {t('desk.consent.editPerson')}
      </Link>
    </div>
  );
}
