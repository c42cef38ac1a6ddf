import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { useSession } from '../session/SessionContext';
import { useOnline } from '../useOnline';
import type { AdminEnv } from './AdminContext';
import { AdminContext } from './AdminContext';
import { AdminHome } from './AdminHome';
import { AdminNav } from './AdminNav';
import { AdminNotice } from './AdminNotice';
import type { AdminSection } from './adminSections';
import { adminPath, adminSections, mayAdminister, sectionOwner } from './adminSections';
import { ReportsScreen } from './reports/ReportsScreen';
import { AdminSettingsScreen } from './settings/AdminSettingsScreen';
import { CertificatesAdminScreen } from './certificates/CertificatesAdminScreen';
import { ClinicsAdminScreen } from './clinics/ClinicsAdminScreen';
import { TransferAdminScreen } from './transfer/TransferAdminScreen';
import { StaffAdminScreen } from './staff/StaffAdminScreen';
import { TabletsAdminScreen } from './tablets/TabletsAdminScreen';
import './admin.css';

/**
 * Each section's screen. A section not of the signed-in role (adminSections.ts) says so in
 * words when its address is typed or bookmarked, instead of opening a screen whose every call
 * the register would refuse: the ministry's sections for a clinic's admin, the clinic's
 * settings for the ministry.
 */
const SCREENS: readonly (readonly [AdminSection, () => React.JSX.Element])[] = [
  ['clinics', ClinicsAdminScreen],
  ['certificates', CertificatesAdminScreen],
  ['transfer', TransferAdminScreen],
  ['tablets', TabletsAdminScreen],
  ['staff', StaffAdminScreen],
  ['reports', ReportsScreen],
  ['settings', AdminSettingsScreen],
];

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
      <Switch>
        <Route path="/admin">
          <AdminHome />
        </Route>
        {SCREENS.map(([section, Screen]) => (
          <Route key={section} path={adminPath(section)}>
            {adminSections(staff.role).includes(section) ? (
              <Screen />
            ) : (
              <AdminNotice
                testId="admin-section-forbidden"
                text={t('admin.gate.sectionForbidden', {
                  whom: t(`admin.gate.sectionOwner.${sectionOwner(section)}`),
                })}
              />
            )}
          </Route>
        ))}
        <Route path="*">
          <AdminNotice testId="admin-not-found" text={t('admin.gate.notFound')} />
        </Route>
      </Switch>
    </AdminContext.Provider>
  );
}
