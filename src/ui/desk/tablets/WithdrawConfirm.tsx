import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TabletSummary } from '../../../core/protocol/tablet';

/**
 * The question before a tablet is withdrawn, naming it and saying in plain words what follows:
 * its sync stops at once, its unsent work is lost to the register, and what it signed stays
 * valid unless revoked one by one. Focus moves here so a screen reader hears the question.
 */
export function WithdrawConfirm({
  tablet,
  busy,
  onConfirm,
  onKeep,
}: {
  readonly tablet: TabletSummary;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onKeep: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [tablet.id]);
  const names = { code: tablet.code, name: tablet.name };
  return (
    <section className="notice withdraw-confirm" aria-labelledby="withdraw-confirm-title">
      <h2 id="withdraw-confirm-title" tabIndex={-1} ref={heading}>
        {t('desk.tablets.confirmTitle', names)}
      </h2>
      <ul>
        <li>{t('desk.tablets.consequenceToken')}</li>
        <li>{t('desk.tablets.consequenceUnsent')}</li>
        <li>{t('desk.tablets.consequenceCards')}</li>
        <li>{t('desk.tablets.consequenceKey')}</li>
      </ul>
      <div className="actions">
        <button type="button" className="danger" disabled={busy} onClick={onConfirm}>
          {busy ? t('desk.tablets.withdrawing') : t('desk.tablets.confirm', names)}
        </button>
        <button type="button" disabled={busy} onClick={onKeep}>
          {t('desk.tablets.keep')}
        </button>
      </div>
    </section>
  );
}
