import { useTranslation } from 'react-i18next';
import { useDesk } from '../frame/DeskEnvironment';
import { formatMoney } from '../frame/format';
import { SettingsEditor } from './SettingsEditor';
import { useLocale } from '../../i18n/useLocale';

/**
 * The clinic's price list, kits and policy as this tablet last received them (at enrolment
 * or sync). They are the same on every tablet of the clinic, so only the clinic's admin
 * changes them, at the register (SettingsEditor); everyone else sees them read-only.
 */
export function ClinicSettingsView() {
  const { t } = useTranslation();
  const { nameOf } = useLocale();
  const env = useDesk();
  if (env.staff.role === 'admin') {
    return (
      <section className="card" aria-labelledby="settings-title">
        <h1 id="settings-title">{t('desk.settings.title')}</h1>
        <SettingsEditor />
        <PolicyFacts />
      </section>
    );
  }
  const { priceList, kits } = env.clinic.settings;
  return (
    <section className="card" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('desk.settings.title')}</h1>
      <p className="notice">{t('desk.settings.readOnly')}</p>
      <h2>{t('desk.settings.priceList')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('desk.settings.code')}</th>
              <th scope="col">{t('desk.settings.service')}</th>
              <th scope="col">{t('desk.contract.price')}</th>
            </tr>
          </thead>
          <tbody>
            {priceList.map((item) => (
              <tr key={item.code}>
                <td>{item.code}</td>
                <td>{nameOf(item)}</td>
                <td>{formatMoney(item.priceKopecks)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('desk.settings.kits')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('desk.settings.kitName')}</th>
              <th scope="col">{t('desk.settings.kitTest')}</th>
              <th scope="col">{t('desk.settings.threshold')}</th>
              <th scope="col">{t('desk.settings.greyZone')}</th>
              <th scope="col">{t('desk.settings.state')}</th>
            </tr>
          </thead>
          <tbody>
            {kits.map((kit) => (
              <tr key={kit.id}>
                <td>{kit.name}</td>
                <td>
                  {kit.antibodyClass} {kit.target ?? ''} · {t(`desk.method.${kit.method}`)}
                </td>
                <td>
                  {kit.threshold === undefined ? '—' : `${String(kit.threshold)} ${kit.unit ?? ''}`}
                </td>
                <td>
                  {kit.greyZone === undefined
                    ? '—'
                    : `${String(kit.greyZone.low)}–${String(kit.greyZone.high)}`}
                </td>
                <td>{kit.withdrawn ? t('desk.settings.withdrawn') : t('desk.settings.inUse')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PolicyFacts />
    </section>
  );
}

/** The clinic's rules; set at the register, not from the desk. */
function PolicyFacts() {
  const { t } = useTranslation();
  const { policy } = useDesk().clinic.settings;
  return (
    <>
      <h2>{t('desk.settings.policy')}</h2>
      <dl className="facts">
        <div className="facts-row">
          <dt>{t('desk.settings.presenceMonths')}</dt>
          <dd>{policy.presenceMonths}</dd>
        </div>
        <div className="facts-row">
          <dt>{t('desk.settings.maxSampleAgeDays')}</dt>
          <dd>{policy.maxSampleAgeDays}</dd>
        </div>
        <div className="facts-row">
          <dt>{t('desk.settings.absenceCardDays')}</dt>
          <dd>{policy.absenceCardDays ?? '—'}</dd>
        </div>
      </dl>
    </>
  );
}
