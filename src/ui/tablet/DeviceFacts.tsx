import { useTranslation } from 'react-i18next';
import type { TabletState } from '../database/useTablet';
import { useLocale } from '../i18n/useLocale';
import { formatDeviceDateTime } from '../components/deviceTime';

/** Name, code, enrolment time and clinic of this tablet, as stored on it. */
export function DeviceFacts({ tablet }: { readonly tablet: TabletState }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  if (tablet.status === 'loading') return null;
  if (tablet.status === 'not-enrolled') {
    return <p data-testid="tablet-not-enrolled">{t('tabletSettings.device.notEnrolled')}</p>;
  }
  const en = language === 'en';
  const { identity, clinic } = tablet;
  return (
    <section aria-labelledby="tablet-device-title">
      <h2 id="tablet-device-title">{t('tabletSettings.device.title')}</h2>
      <dl className="facts" data-testid="tablet-device">
        <dt>{t('tabletSettings.device.name')}</dt>
        <dd>{identity.name}</dd>
        <dt>{t('tabletSettings.device.code')}</dt>
        <dd data-testid="tablet-code">{identity.code}</dd>
        <dt>{t('tabletSettings.device.enrolledAt')}</dt>
        <dd>{formatDeviceDateTime(identity.enrolledAt)}</dd>
        <dt>{t('tabletSettings.device.clinic')}</dt>
        <dd>{en ? clinic.nameEn : clinic.nameRu}</dd>
      </dl>
    </section>
  );
}
