import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicId } from '../../../core/ids';
import { adminFailureText } from '../../../sync/admin/adminRequest';
import { listClinics } from '../../../sync/admin/clinics';
import { useLocale } from '../../i18n/useLocale';
import { registerTransport } from '../../registerTransport';
import { useAdmin } from '../AdminContext';
import { useAdminLoad } from '../useAdminLoad';
import { ClinicStaffPanel } from './ClinicStaffPanel';
import { FormError } from '../../components/FormError';
import './staffAdmin.css';

/**
 * /admin/staff (issue #12): a clinic's staff and roles, password and PIN resets. A clinic's
 * admin manages their own clinic; the regional admin first chooses the clinic from the
 * register's list (GET /api/admin/clinics).
 */
export function StaffAdminScreen() {
  const { t } = useTranslation();
  const { scope, staff } = useAdmin();
  return (
    <section className="card" aria-labelledby="admin-staff-title">
      <h1 id="admin-staff-title">{t('admin.staff.title')}</h1>
      <p>{scope === 'region' ? t('admin.staff.introRegion') : t('admin.staff.introClinic')}</p>
      {scope === 'region' ? <RegionStaff /> : <ClinicStaffPanel clinicId={staff.clinic.id} />}
    </section>
  );
}

function RegionStaff() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { state } = useAdminLoad((admin) => listClinics(registerTransport, admin));
  const [chosen, setChosen] = useState<ClinicId | null>(null);

  if (state.status === 'loading') return <p role="status">{t('admin.staff.clinicsLoading')}</p>;
  if (state.status === 'failed') {
    return (
      <FormError
        message={t('admin.staff.clinicsFailed', {
          reason: locale.pick(adminFailureText(state.failure)),
        })}
      />
    );
  }
  return (
    <>
      <div className="field staff-clinic">
        <label htmlFor="staff-clinic">{t('admin.staff.clinic')}</label>
        <select
          id="staff-clinic"
          value={chosen ?? ''}
          onChange={(event) => {
            setChosen(event.target.value === '' ? null : (event.target.value as ClinicId));
          }}
        >
          <option value="">{t('admin.staff.chooseClinic')}</option>
          {state.value.clinics.map((clinic) => (
            <option key={clinic.id} value={clinic.id}>
              {clinic.code} — {locale.nameOf(clinic)}
            </option>
          ))}
        </select>
      </div>
      {chosen !== null && <ClinicStaffPanel key={chosen} clinicId={chosen} />}
    </>
  );
}
