import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** The screen-only bar above a printable page: back, print, and any downloads. */
export function PrintBar({
  back,
  children,
}: {
  readonly back: string;
  readonly children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="print-bar no-print">
      <Link className="button" to={back}>
        {t('desk.back')}
      </Link>
      <button
        type="button"
        className="primary"
        onClick={() => {
          window.print();
        }}
      >
        {t('desk.printNow')}
      </button>
      {children}
    </div>
  );
}
