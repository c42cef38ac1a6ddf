import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TabletSummary } from '../../../core/protocol/tablet';
import type { TabletAdminFailure } from '../../../sync/tabletAdmin';
import {
  listTablets,
  TABLET_ADMIN_FAILURE_MESSAGES,
  withdrawTablet,
} from '../../../sync/tabletAdmin';
import { registerTransport } from '../../registerTransport';
import { useSession } from '../../session/SessionContext';
import { useOnline } from '../../useOnline';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime } from '../frame/format';
import { TabletRow } from './TabletRow';
import { tabletRowsOf, withWithdrawal } from './tabletRows';
import { WithdrawConfirm } from './WithdrawConfirm';
import { FormError } from '../../components/FormError';
import './tablets.css';

/**
 * The clinic admin's list of the clinic's tablets, read from the register (online, with the
 * staff token of a password sign-in), and the way to withdraw a lost or retired one. Nothing
 * here is kept on the tablet: the register is the only truth about other tablets.
 */
export function TabletsScreen() {
  const { t } = useTranslation();
  const env = useDesk();
  const online = useOnline();
  const { session } = useSession();
  const token = session?.token;
  let body;
  if (env.staff.role !== 'admin') {
    body = <p className="notice">{t('desk.tablets.adminOnly')}</p>;
  } else if (!online) {
    body = (
      <p className="notice" role="status">
        {t('desk.tablets.offline')}
      </p>
    );
  } else if (token === undefined) {
    body = <p className="notice">{t('desk.tablets.needsPassword')}</p>;
  } else {
    body = <TabletList staffToken={token} />;
  }
  return (
    <section className="card" aria-labelledby="tablets-title">
      <h1 id="tablets-title">{t('desk.tablets.title')}</h1>
      {body}
    </section>
  );
}

type ListState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly reason: TabletAdminFailure }
  | { readonly status: 'loaded'; readonly tablets: readonly TabletSummary[] };

type Outcome =
  | { readonly kind: 'withdrawn'; readonly tablet: TabletSummary; readonly at: string }
  | {
      readonly kind: 'failed';
      readonly tablet: TabletSummary;
      readonly reason: TabletAdminFailure;
    };

function TabletList({ staffToken }: { readonly staffToken: string }) {
  const { t } = useTranslation();
  const env = useDesk();
  const [generation, setGeneration] = useState(0);
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [confirming, setConfirming] = useState<TabletSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    let live = true;
    setList({ status: 'loading' });
    void listTablets(registerTransport, staffToken).then((answer) => {
      if (!live) return;
      setList(
        answer.ok
          ? { status: 'loaded', tablets: answer.value }
          : { status: 'failed', reason: answer.reason },
      );
    });
    return () => {
      live = false;
    };
  }, [staffToken, generation]);

  async function withdraw(tablet: TabletSummary) {
    setBusy(true);
    try {
      const answer = await withdrawTablet(registerTransport, {
        staffToken,
        tabletId: tablet.id,
      });
      if (answer.ok) {
        setList((current) =>
          current.status === 'loaded'
            ? { status: 'loaded', tablets: withWithdrawal(current.tablets, answer.value) }
            : current,
        );
        setOutcome({ kind: 'withdrawn', tablet, at: answer.value.withdrawnAt });
        setConfirming(null);
      } else {
        setOutcome({ kind: 'failed', tablet, reason: answer.reason });
      }
    } finally {
      setBusy(false);
    }
  }

  const refresh = (
    <div className="actions">
      <button
        type="button"
        disabled={busy || list.status === 'loading'}
        onClick={() => {
          setOutcome(null);
          setConfirming(null);
          setGeneration((n) => n + 1);
        }}
      >
        {t('desk.tablets.refresh')}
      </button>
    </div>
  );
  if (list.status === 'loading') return <p role="status">{t('desk.tablets.loading')}</p>;
  if (list.status === 'failed') {
    return (
      <>
        <FormError
          message={t('desk.tablets.loadFailed', {
            reason: env.say(TABLET_ADMIN_FAILURE_MESSAGES, list.reason),
          })}
        />
        {refresh}
      </>
    );
  }
  const rows = tabletRowsOf(list.tablets, env.tablet.tabletId, env.now());
  return (
    <>
      <p>{t('desk.tablets.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('desk.tablets.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="tablets-table">
            <caption className="visually-hidden">{t('desk.tablets.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('desk.tablets.tablet')}</th>
                <th scope="col">{t('desk.tablets.status')}</th>
                <th scope="col">{t('desk.tablets.enrolledAt')}</th>
                <th scope="col">{t('desk.tablets.lastSeenAt')}</th>
                <th scope="col">{t('desk.tablets.lastPushAt')}</th>
                <th scope="col">{t('desk.tablets.recordsPushed')}</th>
                <th scope="col">{t('desk.tablets.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <TabletRow
                  key={row.summary.id}
                  row={row}
                  disabled={busy}
                  onWithdraw={() => {
                    setOutcome(null);
                    setConfirming(row.summary);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.some((row) => row.isThisTablet) && (
        <p className="field-hint" data-testid="tablets-self-note">
          {t('desk.tablets.notThisTablet')}
        </p>
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
          data-testid="tablets-outcome"
        >
          {outcome.kind === 'withdrawn'
            ? t('desk.tablets.withdrawn', {
                code: outcome.tablet.code,
                name: outcome.tablet.name,
                time: formatDateTime(outcome.at, env.utcOffsetMinutes),
              })
            : t('desk.tablets.withdrawFailed', {
                code: outcome.tablet.code,
                reason: env.say(TABLET_ADMIN_FAILURE_MESSAGES, outcome.reason),
              })}
        </p>
      )}
      {refresh}
    </>
  );
}
