import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { useSession } from '../session/SessionContext';
import { useOnline } from '../useOnline';
import type { AdminEnv } from './AdminContext';
import { AdminContext } from './AdminContext';
import { AdminHome } from './AdminHome';
import { AdminNav } from './AdminNav';
import { AdminNotice } from './AdminNotice';
import { mayAdminister } from './adminSections';
import { ReportsScreen } from './reports/ReportsScreen';
import { AdminSettingsScreen } from './settings/AdminSettingsScreen';
import { CertificatesAdminScreen } from './certificates/CertificatesAdminScreen';
import { ClinicsAdminScreen } from './clinics/ClinicsAdminScreen';
import { TransferAdminScreen } from './transfer/TransferAdminScreen';
import { StaffAdminScreen } from './staff/StaffAdminScreen';
import { TabletsAdminScreen } from './tablets/TabletsAdminScreen';
import './admin.css';

/**
 * The administration area under /admin (issue #12), lazy-loaded by App: a clinic's admin
 * manages their clinic, the regional administrator the whole register. It works online only,
 * on any device (no enrolled tablet needed: the ministry uses an office computer), with the
 * register token of a password sign-in; nothing here is kept on the device. The register
 * checks every call again (src/register/auth/adminScope.ts): these gates only say early, in
 * words, what the register would refuse.
 */
export default function AdminRoutes() {
  const { t } = useTranslation();
  const { session } = useSession();
  const online = useOnline();
  const staff = session?.staff;
  const token = session?.token;
  const env = useMemo<AdminEnv | undefined>(() => {
    if (staff === undefined || token === undefined || !mayAdminister(staff.role)) return undefined;
    return { staff, token, scope: staff.role === 'regional' ? 'region' : 'clinic' };
  }, [staff, token]);

  if (staff === undefined || !mayAdminister(staff.role)) {
    return <AdminNotice testId="admin-forbidden" text={t('admin.gate.forbidden')} />;
  }
  if (!online) return <AdminNotice testId="admin-offline" text={t('admin.gate.offline')} />;
  if (env === undefined) {
    return <AdminNotice testId="admin-needs-password" text={t('admin.gate.needsPassword')} />;
  }
  return (
    <AdminContext.Provider value={env}>
      <AdminNav />
      <Routes>
        <Route index element={<AdminHome />} />
        <Route path="clinics" element={<ClinicsAdminScreen />} />
        <Route path="certificates" element={<CertificatesAdminScreen />} />
        <Route path="transfer" element={<TransferAdminScreen />} />
        <Route path="tablets" element={<TabletsAdminScreen />} />
        <Route path="staff" element={<StaffAdminScreen />} />
        <Route path="reports" element={<ReportsScreen />} />
        <Route path="settings" element={<AdminSettingsScreen />} />
        <Route
          path="*"
          element={<AdminNotice testId="admin-not-found" text={t('admin.gate.notFound')} />}
        />
      </Routes>
    </AdminContext.Provider>
  );
}
