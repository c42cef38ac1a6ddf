import type { SyntheticEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CertificateQuery,
  CertificateSearch,
  FoundCertificate,
  VoidedCard,
} from '../../../core/protocol/adminCertificates';
import {
  CERTIFICATE_QUERY_MESSAGES,
  parseCertificateQuery,
} from '../../../core/protocol/adminCertificates';
import { formatSnils } from '../../../core/person/snils';
import type { AdminRevoked } from '../../../sync/admin/certificates';
import { searchAdminCertificates } from '../../../sync/admin/certificates';
import { adminFailureText } from '../../../sync/admin/adminRequest';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/FormError';
import { useLocale } from '../../i18n/useLocale';
import { registerTransport } from '../../registerTransport';
import { useAdmin } from '../AdminContext';
import { AdminRevokeForm } from './AdminRevokeForm';
import { FoundCertificateRow } from './FoundCertificateRow';
import { withRevocation } from './foundCertificates';
import { regionDay } from './regionDay';
import { VoidedCardList } from './VoidedCardList';
import './certificatesAdmin.css';

type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'searching'; readonly query: CertificateQuery }
  | { readonly status: 'failed'; readonly query: CertificateQuery; readonly reason: string }
  | {
      readonly status: 'found';
      readonly query: CertificateQuery;
      readonly truncated: boolean;
      readonly certificates: readonly FoundCertificate[];
      readonly voidedCards: readonly VoidedCard[];
    };

type Outcome = {
  readonly kind: 'revoked' | 'already';
  readonly number: string;
  readonly at: string;
};

/**
 * /admin/certificates (issue #12, regional administrator): one field that takes a certificate
 * number or a SNILS and says which it understood, the certificates found in every clinic, and
 * a revocation per certificate still in force; then the papers whose certificates the register
 * never held but whose QR it voided (VoidedCardList).
 */
export function CertificatesAdminScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = useAdmin();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });
  const [revoking, setRevoking] = useState<FoundCertificate | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setOutcome(null);
    setRevoking(null);
    const parsed = parseCertificateQuery(text);
    if (!parsed.ok) {
      setProblem(locale.pick(CERTIFICATE_QUERY_MESSAGES[parsed.reason]));
      // The last answer was to another query: under this one it would read as its answer.
      setSearch({ status: 'idle' });
      return;
    }
    setProblem(undefined);
    const query = parsed.value;
    setSearch({ status: 'searching', query });
    const answer = await searchAdminCertificates(registerTransport, token, query);
    setSearch(
      answer.ok
        ? { status: 'found', query, ...foundOf(answer.value) }
        : {
            status: 'failed',
            query,
            reason: locale.pick(adminFailureText(answer)),
          },
    );
  }

  function revoked(certificate: FoundCertificate, answer: AdminRevoked) {
    setRevoking(null);
    setOutcome({
      kind: answer.isNew ? 'revoked' : 'already',
      number: certificate.number,
      at: answer.revocation.at,
    });
    setSearch((current) =>
      current.status === 'found'
        ? { ...current, certificates: withRevocation(current.certificates, answer.revocation) }
        : current,
    );
  }

  return (
    <section className="card" aria-labelledby="admin-certificates-title">
      <h1 id="admin-certificates-title">{t('admin.certificates.title')}</h1>
      <p>{t('admin.certificates.intro')}</p>
      <form className="admin-certificate-search" onSubmit={(event) => void submit(event)}>
        <TextField
          id="admin-certificate-query"
          label={t('admin.certificates.query')}
          hint={t('admin.certificates.queryHint')}
          value={text}
          error={problem}
          autoComplete="off"
          spellCheck={false}
          onChange={(value) => {
            setText(value);
            setProblem(undefined);
          }}
        />
        <div className="actions">
          <button type="submit" disabled={search.status === 'searching'}>
            {t('admin.certificates.search')}
          </button>
        </div>
      </form>
      {search.status !== 'idle' && (
        <p data-testid="admin-certificate-understood">
          {search.query.kind === 'number'
            ? t('admin.certificates.understoodNumber', { value: search.query.value })
            : t('admin.certificates.understoodSnils', {
                value: formatSnils(search.query.value),
              })}
        </p>
      )}
      {search.status === 'searching' && <p role="status">{t('admin.certificates.searching')}</p>}
      {search.status === 'failed' && (
        <FormError message={t('admin.certificates.failed', { reason: search.reason })} />
      )}
      {search.status === 'found' &&
        search.certificates.length === 0 &&
        search.voidedCards.length === 0 && (
          <p role="status" data-testid="admin-certificates-none">
            {t('admin.certificates.none')}
          </p>
        )}
      {search.status === 'found' && search.certificates.length > 0 && (
        <>
          {search.truncated && (
            <p className="notice">
              {t('admin.certificates.truncated', { count: search.certificates.length })}
            </p>
          )}
          <div
            className="admin-scroll"
            role="region"
            aria-label={t('admin.certificates.caption')}
            tabIndex={0}
          >
            <table className="admin-table admin-certificates-table">
              <caption className="visually-hidden">{t('admin.certificates.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.certificates.number')}</th>
                  <th scope="col">{t('admin.certificates.person')}</th>
                  <th scope="col">{t('admin.certificates.clinic')}</th>
                  <th scope="col">{t('admin.certificates.issued')}</th>
                  <th scope="col">{t('admin.certificates.state')}</th>
                  <th scope="col">{t('admin.certificates.transfer')}</th>
                  <th scope="col">{t('admin.certificates.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {search.certificates.map((certificate) => (
                  <FoundCertificateRow
                    key={certificate.id}
                    certificate={certificate}
                    disabled={revoking !== null}
                    onRevoke={() => {
                      setOutcome(null);
                      setRevoking(certificate);
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {search.status === 'found' && search.voidedCards.length > 0 && (
        <VoidedCardList cards={search.voidedCards} />
      )}
      {revoking !== null && (
        <AdminRevokeForm
          key={revoking.id}
          certificate={revoking}
          onRevoked={(answer) => {
            revoked(revoking, answer);
          }}
          onClose={() => {
            setRevoking(null);
          }}
        />
      )}
      {outcome !== null && (
        <p className="notice" role="status" data-testid="admin-revoke-outcome">
          {outcome.kind === 'revoked'
            ? t('admin.certificates.revoked', { number: outcome.number })
            : t('admin.certificates.alreadyRevoked', {
                number: outcome.number,
                date: regionDay(outcome.at),
              })}
        </p>
      )}
    </section>
  );
}

function foundOf(answer: CertificateSearch) {
  return {
    truncated: answer.truncated,
    certificates: answer.certificates,
    voidedCards: answer.voidedCards,
  };
}
