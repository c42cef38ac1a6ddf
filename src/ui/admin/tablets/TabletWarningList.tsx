import { useTranslation } from 'react-i18next';
import type { AdminTabletList } from '../../../core/protocol/adminTablets';
import { useLocale } from '../../i18n/useLocale';
import { adminRowAnchor, warningLines } from './adminTabletRows';

/**
 * The top of the Tablets screen: which tablets need someone to act, each named with its
 * clinic and what is wrong in words ("нет связи 5 дн.", "3 записи не отправлены с …"),
 * linked to its row; or, in words too, that nothing is wrong and by which rule.
 */
export function TabletWarningList({ list }: { readonly list: AdminTabletList }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const lines = warningLines(list.tablets);
  const hours = { silentHours: list.silentHours, backlogHours: list.backlogHours };
  if (lines.length === 0) {
    return (
      <p className="notice" data-testid="tablet-warnings-none">
        {t('admin.tablets.warningsNone', hours)}
      </p>
    );
  }
  return (
    <section
      className="notice tablet-warnings"
      aria-labelledby="tablet-warnings-title"
      data-testid="tablet-warnings"
    >
      <h2 id="tablet-warnings-title">
        {t('admin.tablets.warningsTitle', { count: lines.length })}
      </h2>
      <ul>
        {lines.map(({ tablet, texts }) => (
          <li key={tablet.id} data-testid="tablet-warning" data-code={tablet.code}>
            <a href={`#${adminRowAnchor(tablet)}`}>
              <span className="tablet-warning-clinic">{tablet.clinic.code}</span>{' '}
              <span className="tablet-code">{tablet.code}</span> «{tablet.name}»
            </a>
            : {texts.map((text) => locale.pick(text)).join('; ')}
          </li>
        ))}
      </ul>
      <p className="field-hint">{t('admin.tablets.warningsRule', hours)}</p>
    </section>
  );
}
