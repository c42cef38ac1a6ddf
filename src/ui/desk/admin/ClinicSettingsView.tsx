import { useTranslation } from 'react-i18next';
import { useDesk } from '../frame/DeskEnvironment';
import { formatMoney } from '../frame/format';
import { KitForm } from './KitForm';

/**
 * The clinic's price list, kits and policy as this tablet received them at enrolment. They
 * are the register's to change (every tablet of the clinic must agree on prices and kits),
 * so the desk shows them read-only until the register accepts edits.
 */
export function ClinicSettingsView() {
  const { t } = useTranslation();
  const env = useDesk();
  const { priceList, kits, policy } = env.clinic.settings;
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
                <td>{env.language === 'en' ? item.nameEn : item.nameRu}</td>
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
      {env.staff.role === 'admin' && <KitForm />}
    </section>
  );
}
