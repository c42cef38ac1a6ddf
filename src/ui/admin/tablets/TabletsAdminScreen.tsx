import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminTablet } from '../../../core/protocol/adminTablets';
import { dottedDateTime } from '../../../core/tablet/tabletWarningText';
import type { AdminFailure } from '../../../sync/admin/adminRequest';
import { adminFailureText } from '../../../sync/admin/adminRequest';
import { listAdminTablets, withdrawAdminTablet } from '../../../sync/admin/tablets';
import { WithdrawConfirm } from '../../desk/tablets/WithdrawConfirm';
import { useLocale } from '../../i18n/useLocale';
import { registerTransport } from '../../registerTransport';
import { useAdmin } from '../AdminContext';
import { useAdminLoad } from '../useAdminLoad';
import { AdminTabletRow } from './AdminTabletRow';
import { withAdminWithdrawal } from './adminTabletRows';
import { TabletWarningList } from './TabletWarningList';
import { FormError } from '../../components/FormError';
// The desk's withdrawal question is reused, with its styles.
import '../../desk/tablets/tablets.css';
import './tabletsAdmin.css';

/**
 * /admin/tablets (issue #12): the tablets the administrator's scope reaches — a clinic's own,
 * or every clinic's for the region — with the warning list on top, then the table, and the
 * way to withdraw a lost or retired tablet after the same question the desk asks.
 */
export function TabletsAdminScreen() {
  const { t } = useTranslation();
  const { scope } = useAdmin();
  return (
    <section className="card" aria-labelledby="admin-tablets-title">
      <h1 id="admin-tablets-title">
        {scope === 'region' ? t('admin.tablets.titleRegion') : t('admin.tablets.titleClinic')}
      </h1>
      <p>{scope === 'region' ? t('admin.tablets.introRegion') : t('admin.tablets.introClinic')}</p>
      <TabletsAdminList />
    </section>
  );
}

type Outcome =
  | { readonly kind: 'withdrawn'; readonly tablet: AdminTablet; readonly at: string }
  | { readonly kind: 'failed'; readonly tablet: AdminTablet; readonly failure: AdminFailure };

function TabletsAdminList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token, scope } = useAdmin();
  const { state, reload, update } = useAdminLoad((admin) =>
    listAdminTablets(registerTransport, admin),
  );
  const [confirming, setConfirming] = useState<AdminTablet | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function withdraw(tablet: AdminTablet) {
    setBusy(true);
    try {
      const answer = await withdrawAdminTablet(registerTransport, token, tablet.id);
      if (answer.ok) {
        update((list) => ({
          ...list,
          tablets: withAdminWithdrawal(list.tablets, answer.value),
        }));
        setOutcome({ kind: 'withdrawn', tablet, at: answer.value.withdrawnAt });
        setConfirming(null);
      } else {
        setOutcome({ kind: 'failed', tablet, failure: answer });
      }
    } finally {
      setBusy(false);
    }
  }

  const refresh = (
    <div className="actions">
      <button
        type="button"
        disabled={busy || state.status === 'loading'}
        onClick={() => {
          setOutcome(null);
          setConfirming(null);
          reload();
        }}
      >
        {t('admin.tablets.refresh')}
      </button>
    </div>
  );
  if (state.status === 'loading') return <p role="status">{t('admin.tablets.loading')}</p>;
  if (state.status === 'failed') {
    return (
      <>
        <FormError
          message={t('admin.tablets.loadFailed', {
            reason: locale.pick(adminFailureText(state.failure)),
          })}
        />
        {refresh}
      </>
    );
  }
  const list = state.value;
  const showClinic = scope === 'region';
  return (
    <>
      <TabletWarningList list={list} />
      {list.tablets.length === 0 ? (
        <p>{t('admin.tablets.empty')}</p>
      ) : (
        <div className="admin-scroll">
          <table className="admin-table admin-tablets-table">
            <caption className="visually-hidden">{t('admin.tablets.caption')}</caption>
            <thead>
              <tr>
                {showClinic && <th scope="col">{t('admin.tablets.clinic')}</th>}
                <th scope="col">{t('admin.tablets.tablet')}</th>
                <th scope="col">{t('admin.tablets.status')}</th>
                <th scope="col">{t('admin.tablets.enrolledAt')}</th>
                <th scope="col">{t('admin.tablets.lastSeenAt')}</th>
                <th scope="col">{t('admin.tablets.backlog')}</th>
                <th scope="col" className="number">
                  {t('admin.tablets.recordsPushed')}
                </th>
                <th scope="col">{t('admin.tablets.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.tablets.map((tablet) => (
                <AdminTabletRow
                  key={tablet.id}
                  tablet={tablet}
                  showClinic={showClinic}
                  disabled={busy}
                  onWithdraw={() => {
                    setOutcome(null);
                    setConfirming(tablet);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming !== null && (
        <WithdrawConfirm
          tablet={confirming}
          busy={busy}
          onConfirm={() => void withdraw(confirming)}
          onKeep={() => {
            setConfirming(null);
            setOutcome(null);
          }}
        />
      )}
      {outcome !== null && (
        <p
          role={outcome.kind === 'withdrawn' ? 'status' : 'alert'}
          className={outcome.kind === 'withdrawn' ? 'notice' : 'form-error'}
          data-testid="admin-tablets-outcome"
        >
          {outcome.kind === 'withdrawn'
            ? t('admin.tablets.withdrawn', {
                code: outcome.tablet.code,
                name: outcome.tablet.name,
                time: dottedDateTime(outcome.at, outcome.tablet.clinic.utcOffsetMinutes),
              })
            : t('admin.tablets.withdrawFailed', {
                code: outcome.tablet.code,
                reason: locale.pick(adminFailureText(outcome.failure)),
              })}
        </p>
      )}
      {refresh}
    </>
  );
}
