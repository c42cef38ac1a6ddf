import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminTransfer, AdminTransferItem } from '../../../core/protocol/adminTransfer';
import { TRANSFER_STATES } from '../../../core/protocol/transferState';
import { DEFAULT_CLINIC_POLICY } from '../../../core/clinic/settings';
import { dottedDateTime } from '../../../core/tablet/tabletWarningText';
import type { AdminFailure } from '../../../sync/admin/adminRequest';
import { adminFailureText } from '../../../sync/admin/adminRequest';
import {
  loadAdminTransfer,
  retryFailedTransfers,
  retryTransfer,
} from '../../../sync/admin/transfer';
import { useLocale } from '../../i18n/useLocale';
import { registerTransport } from '../../registerTransport';
import { useAdmin } from '../AdminContext';
import { useAdminLoad } from '../useAdminLoad';
import { transferErrorWords } from './transferErrorWords';
import { FormError } from '../../components/FormError';
import './transferAdmin.css';

type Outcome =
  | { readonly kind: 'retried'; readonly count: number }
  | { readonly kind: 'failed'; readonly failure: AdminFailure };

const at = (instant: string) => dottedDateTime(instant, DEFAULT_CLINIC_POLICY.utcOffsetMinutes);

const isRetryable = (item: AdminTransferItem) =>
  item.state === 'failed' || item.state === 'rejected';

/**
 * /admin/transfer (issue #12, regional administrator): the queue's counts as a row of figures,
 * the connector's health as a banner, the items failures first with their error in words,
 * and retries — one certificate's, or every failed one's.
 */
export function TransferAdminScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = useAdmin();
  const [page, setPage] = useState(1);
  const { state, reload } = useAdminLoad(
    (admin) => loadAdminTransfer(registerTransport, admin, page),
    String(page),
  );
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function retry(certificateId: string | null) {
    setBusy(true);
    setOutcome(null);
    try {
      const answer =
        certificateId === null
          ? await retryFailedTransfers(registerTransport, token)
          : await retryTransfer(registerTransport, token, certificateId);
      setOutcome(
        answer.ok ? { kind: 'retried', count: answer.value } : { kind: 'failed', failure: answer },
      );
      if (answer.ok) reload();
    } finally {
      setBusy(false);
    }
  }

  const refresh = (
    <button
      type="button"
      disabled={busy || state.status === 'loading'}
      onClick={() => {
        setOutcome(null);
        reload();
      }}
    >
      {t('admin.transfer.refresh')}
    </button>
  );

  return (
    <section className="card" aria-labelledby="admin-transfer-title">
      <h1 id="admin-transfer-title">{t('admin.transfer.title')}</h1>
      <p>{t('admin.transfer.intro')}</p>
      {state.status === 'loading' && <p role="status">{t('admin.transfer.loading')}</p>}
      {state.status === 'failed' && (
        <>
          <FormError
            message={t('admin.transfer.loadFailed', {
              reason: locale.pick(adminFailureText(state.failure)),
            })}
          />
          <div className="actions">{refresh}</div>
        </>
      )}
      {state.status === 'loaded' && (
        <TransferQueue
          queue={state.value}
          busy={busy}
          onRetry={(id) => void retry(id)}
          onPage={setPage}
        />
      )}
      {outcome !== null && (
        <p
          role={outcome.kind === 'retried' ? 'status' : 'alert'}
          className={outcome.kind === 'retried' ? 'notice' : 'form-error'}
          data-testid="admin-transfer-outcome"
        >
          {outcome.kind === 'retried'
            ? t('admin.transfer.retried', { count: outcome.count })
            : t('admin.transfer.retryFailedText', {
                reason: locale.pick(adminFailureText(outcome.failure)),
              })}
        </p>
      )}
      {state.status === 'loaded' && <div className="actions">{refresh}</div>}
    </section>
  );
}

type TransferQueueProps = {
  readonly queue: AdminTransfer;
  readonly busy: boolean;
  readonly onRetry: (certificateId: string | null) => void;
  readonly onPage: (page: number) => void;
};

function TransferQueue({ queue, busy, onRetry, onPage }: TransferQueueProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { connector, counts } = queue;
  const pages = Math.max(1, Math.ceil(queue.total / queue.pageSize));
  const bad = connector.health === 'misconfigured' || connector.health === 'unhealthy';
  const failing = counts.failed + counts.rejected;
  return (
    <>
      <p
        className={`transfer-health${bad ? ' bad' : ''}`}
        role={bad ? 'alert' : 'status'}
        data-testid="admin-transfer-health"
        data-health={connector.health}
      >
        {t(`admin.transfer.health.${connector.health}`, {
          connector: connector.description,
          problem: connector.problem ?? '',
        })}
      </p>
      <h2 className="visually-hidden">{t('admin.transfer.counts')}</h2>
      <ul className="transfer-counts" data-testid="admin-transfer-counts">
        {TRANSFER_STATES.map((state) => (
          <li
            key={state}
            className={
              (state === 'failed' || state === 'rejected') && counts[state] > 0
                ? 'attention'
                : undefined
            }
          >
            <span className="figure">{counts[state]}</span>
            <span>{t(`admin.transfer.state.${state}`)}</span>
          </li>
        ))}
      </ul>
      {failing > 0 && (
        <div className="actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              onRetry(null);
            }}
          >
            {t('admin.transfer.retryFailed')}
          </button>
        </div>
      )}
      {queue.items.length === 0 ? (
        <p>{t('admin.transfer.empty')}</p>
      ) : (
        <div
          className="admin-scroll"
          role="region"
          aria-label={t('admin.transfer.caption')}
          tabIndex={0}
        >
          <table className="admin-table" data-testid="admin-transfer-table">
            <caption className="visually-hidden">{t('admin.transfer.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.transfer.number')}</th>
                <th scope="col">{t('admin.transfer.clinic')}</th>
                <th scope="col">{t('admin.transfer.event')}</th>
                <th scope="col">{t('admin.transfer.stateColumn')}</th>
                <th scope="col" className="number">
                  {t('admin.transfer.attempts')}
                </th>
                <th scope="col">{t('admin.transfer.error')}</th>
                <th scope="col">{t('admin.transfer.next')}</th>
                <th scope="col">{t('admin.transfer.externalId')}</th>
                <th scope="col">{t('admin.transfer.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.items.map((item) => {
                const words = transferErrorWords(item);
                return (
                  <tr
                    key={`${item.certificateId}:${item.event}`}
                    data-testid="admin-transfer-row"
                    data-state={item.state}
                  >
                    <td>{item.certificateNumber}</td>
                    <td>{item.clinic.code}</td>
                    <td>{t(`admin.transfer.eventName.${item.event}`)}</td>
                    <td>{t(`admin.transfer.state.${item.state}`)}</td>
                    <td className="number">{item.attempts}</td>
                    <td>
                      {words !== null && locale.pick(words)}
                      {item.lastError !== null && (
                        <span className="transfer-error-detail">{item.lastError}</span>
                      )}
                    </td>
                    <td>
                      {item.state === 'failed' || item.state === 'queued'
                        ? at(item.nextAttemptAt)
                        : ''}
                    </td>
                    <td>{item.externalId ?? ''}</td>
                    <td>
                      {isRetryable(item) && (
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => {
                            onRetry(item.certificateId);
                          }}
                        >
                          {t('admin.transfer.retry')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <div className="actions">
          <button
            type="button"
            disabled={queue.page <= 1}
            onClick={() => {
              onPage(queue.page - 1);
            }}
          >
            {t('admin.transfer.previous')}
          </button>
          <span>{t('admin.transfer.page', { page: queue.page, pages })}</span>
          <button
            type="button"
            disabled={queue.page >= pages}
            onClick={() => {
              onPage(queue.page + 1);
            }}
          >
            {t('admin.transfer.nextPage')}
          </button>
        </div>
      )}
    </>
  );
}
