import { useTranslation } from 'react-i18next';
import { kitsForService } from '../../../core/clinic/serviceKits';
import { useDesk } from '../frame/DeskEnvironment';
import { shownKitName } from '../frame/shownNames';
import { formatDate, formatMoney } from '../frame/format';
import { SettingsEditor } from './SettingsEditor';
import { utcOffsetText } from './policyForm';
import { useLocale } from '../../i18n/useLocale';
import { formatResultValue } from '../lab/resultEntry';
import { kitAnalyteLine, kitThresholdLine } from '../lab/kitWords';

/**
 * The clinic's price list, kits, requisites and policy as this tablet last received them (at enrolment
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
              <th scope="col">{t('desk.settings.kits')}</th>
            </tr>
          </thead>
          <tbody>
            {priceList.map((item) => (
              <tr key={item.code}>
                <td>{item.code}</td>
                <td>{nameOf(item)}</td>
                <td>{formatMoney(item.priceKopecks)}</td>
                <td>
                  {item.kind === 'duplicate'
                    ? '—'
                    : kitsForService(env.clinic.settings, item.code)
                        .map((kit) => shownKitName(kit, env.language))
                        .join('; ')}
                </td>
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
                <td>{kitAnalyteLine(t, kit)}</td>
                <td>
                  {kit.threshold === undefined
                    ? '—'
                    : kitThresholdLine(t, formatResultValue(kit.threshold), kit.unit)}
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
      <RequisitesFacts />
      <PolicyFacts />
    </section>
  );
}

/** The provider's requisites the contract prints (issue #11). */
function RequisitesFacts() {
  const { t } = useTranslation();
  const { requisites } = useDesk().clinic.settings;
  if (requisites === undefined) {
    return (
      <>
        <h2>{t('desk.settings.requisites')}</h2>
        <p>{t('desk.settings.requisitesNone')}</p>
      </>
    );
  }
  const { licence } = requisites;
  const rows: [string, string][] = [
    [t('desk.settings.fullName'), requisites.fullName],
    [t('desk.settings.shortName'), requisites.shortName],
    [t('desk.settings.ogrn'), requisites.ogrn],
    [t('desk.settings.inn'), requisites.inn],
    [t('desk.settings.kpp'), requisites.kpp ?? '—'],
    [t('desk.settings.address'), requisites.address],
    [t('desk.settings.phone'), requisites.phone],
    [t('desk.settings.site'), requisites.site ?? '—'],
    [
      t('desk.settings.licence'),
      t('desk.settings.licenceText', {
        number: licence.number,
        date: formatDate(licence.date),
        issuer: licence.issuer,
      }),
    ],
    [t('desk.settings.headPhysician'), requisites.headPhysician],
  ];
  return (
    <>
      <h2>{t('desk.settings.requisites')}</h2>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div className="facts-row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** The clinic's issuing rules, read-only; the admin edits them in the form (PolicyEditor). */
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
        <div className="facts-row">
          <dt>{t('desk.settings.utcOffset')}</dt>
          <dd>{utcOffsetText(policy.utcOffsetMinutes)}</dd>
        </div>
      </dl>
    </>
  );
}
