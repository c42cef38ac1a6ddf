import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CLINIC_POLICY } from '../../../core/clinic/settings';
import { dottedDateTime } from '../../../core/tablet/tabletWarningText';
import { listClinics } from '../../../sync/admin/clinics';
import { adminFailureText } from '../../../sync/admin/adminRequest';
import { useLocale } from '../../i18n/useLocale';
import { registerTransport } from '../../registerTransport';
import { useAdminLoad } from '../useAdminLoad';
import { NewClinicFormView } from './NewClinicFormView';
import { FormError } from '../../components/FormError';

/** The region's own zone (Kamchatka, UTC+12): the ministry reads times as the clinics do. */
const at = (instant: string) => dottedDateTime(instant, DEFAULT_CLINIC_POLICY.utcOffsetMinutes);

/**
 * /admin/clinics (issue #12, regional administrator): every clinic with its figures, and a
 * form for a new one.
 */
export function ClinicsAdminScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { state, reload } = useAdminLoad((admin) => listClinics(registerTransport, admin));
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<string>();

  return (
    <section className="card" aria-labelledby="admin-clinics-title">
      <h1 id="admin-clinics-title">{t('admin.clinics.title')}</h1>
      <p>{t('admin.clinics.intro')}</p>
      {state.status === 'loading' && <p role="status">{t('admin.clinics.loading')}</p>}
      {state.status === 'failed' && (
        <FormError
          message={t('admin.clinics.loadFailed', {
            reason: locale.pick(adminFailureText(state.failure)),
          })}
        />
      )}
      {state.status === 'loaded' && state.value.clinics.length === 0 && (
        <p>{t('admin.clinics.empty')}</p>
      )}
      {state.status === 'loaded' && state.value.clinics.length > 0 && (
        <div
          className="admin-scroll"
          role="region"
          aria-label={t('admin.clinics.caption')}
          tabIndex={0}
        >
          <table className="admin-table" data-testid="admin-clinics-table">
            <caption className="visually-hidden">{t('admin.clinics.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.clinics.code')}</th>
                <th scope="col">{t('admin.clinics.name')}</th>
                <th scope="col">{t('admin.clinics.address')}</th>
                <th scope="col">{t('admin.clinics.createdAt')}</th>
                <th scope="col" className="number">
                  {t('admin.clinics.tablets')}
                </th>
                <th scope="col" className="number">
                  {t('admin.clinics.staff')}
                </th>
                <th scope="col" className="number">
                  {t('admin.clinics.certificates')}
                </th>
                <th scope="col">{t('admin.clinics.lastRecord')}</th>
              </tr>
            </thead>
            <tbody>
              {state.value.clinics.map((clinic) => (
                <tr key={clinic.id} data-testid="admin-clinic-row">
                  <td>{clinic.code}</td>
                  <td>{locale.pick({ ru: clinic.nameRu, en: clinic.nameEn })}</td>
                  <td>{clinic.address}</td>
                  <td>{at(clinic.createdAt).slice(0, 10)}</td>
                  <td className="number">{clinic.counts.tablets}</td>
                  <td className="number">{clinic.counts.staff}</td>
                  <td className="number">{clinic.counts.certificates}</td>
                  <td>
                    {clinic.lastRecordAt === null
                      ? t('admin.clinics.never')
                      : at(clinic.lastRecordAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {created !== undefined && (
        <p className="notice" role="status" data-testid="admin-clinic-created">
          {t('admin.clinics.done', { code: created })}
        </p>
      )}
      {adding ? (
        <NewClinicFormView
          onCreated={(clinic) => {
            setAdding(false);
            setCreated(clinic.code);
            reload();
          }}
          onCancel={() => {
            setAdding(false);
          }}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setCreated(undefined);
              setAdding(true);
            }}
          >
            {t('admin.clinics.add')}
          </button>
          <button
            type="button"
            disabled={state.status === 'loading'}
            onClick={() => {
              reload();
            }}
          >
            {t('admin.clinics.refresh')}
          </button>
        </div>
      )}
    </section>
  );
}
