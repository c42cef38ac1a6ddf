import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { loadDeskSetup, rememberStaffName } from '../../desk/tablet';
import { useSession } from '../session/SessionContext';
import { useDatabase } from '../database/DatabaseContext';
import { ClinicSettingsView } from './admin/ClinicSettingsView';
import { StatementScreen } from './application/StatementScreen';
import { LegacyCaseRedirect } from './application/LegacyCaseRedirect';
import { StatementPrint } from './application/StatementPrint';
import { InterventionConsentPrint } from './consent/InterventionConsentPrint';
import { ContractPrint } from './contract/ContractPrint';
import { CertificatePrint } from './certificate/CertificatePrint';
import { DeskContext } from './frame/DeskEnvironment';
import { makeDeskEnv } from '../../desk/env';
import { DeskNav } from './frame/DeskNav';
import { DeskNotice } from './frame/DeskNotice';
import { useLiveQuery } from './frame/useLiveQuery';
import { DayJournal } from './journal/DayJournal';
import { DayReconciliation } from './reconciliation/DayReconciliation';
import { PersonCard } from './person/PersonCard';
import { PersonEdit } from './person/PersonEdit';
import { PersonForm } from './person/PersonForm';
import { PersonSearch } from './person/PersonSearch';
import { ProblemsScreen } from './problems/ProblemsScreen';
import { TabletsScreen } from './tablets/TabletsScreen';
import './desk.css';
import './print.css';
import { useLocale } from '../i18n/useLocale';
import { LiveWait } from './frame/LiveWait';

/**
 * The registry desk: every screen under /desk (lazy-loaded by App). The desk runs only on an
 * enrolled tablet — the clinic's settings, the tablet's code (for contract and certificate
 * numbers) and its signing key come from enrolment, the region's admission policy from the
 * clinic directory of each sync — and reads them live, so finishing
 * enrolment in another tab opens the desk here without a reload.
 */
export default function DeskRoutes() {
  const { t } = useTranslation();
  const db = useDatabase();
  const { session } = useSession();
  const tablet = useLiveQuery(() => loadDeskSetup(db), [db]);
  const { language } = useLocale();
  const staff = session?.staff;

  const env = useMemo(() => {
    if (!tablet.loaded || staff === undefined) return undefined;
    const { clinic, admissionPolicy, identity, signingKey } = tablet.value;
    if (clinic === undefined || identity === undefined) return undefined;
    // A member of another clinic must not write records under this tablet's clinic.
    if (staff.clinic.id !== clinic.id) return undefined;
    return makeDeskEnv({
      db,
      clinic,
      admissionPolicy,
      tablet: identity,
      signingKey,
      staff,
      language,
    });
  }, [tablet, staff, db, language]);

  useEffect(() => {
    if (env === undefined) return;
    void rememberStaffName(db, env.staff.id, env.staff.displayName);
  }, [db, env]);

  if (!tablet.loaded) return <LiveWait live={tablet} />;
  if (tablet.value.clinic === undefined || tablet.value.identity === undefined) {
    return <DeskNotice title={t('desk.notEnrolled.title')} text={t('desk.notEnrolled.text')} />;
  }
  if (env === undefined) {
    return <DeskNotice title={t('desk.otherClinic.title')} text={t('desk.otherClinic.text')} />;
  }
  return (
    <DeskContext.Provider value={env}>
      <DeskNav />
      <Routes>
        <Route index element={<PersonSearch />} />
        <Route path="person/new" element={<PersonForm />} />
        <Route path="person/:personId" element={<PersonCard />} />
        <Route path="person/:personId/edit" element={<PersonEdit />} />
        <Route path="statement/:applicationId" element={<StatementScreen />} />
        <Route path="statement/:applicationId/print" element={<StatementPrint />} />
        <Route
          path="statement/:applicationId/consent-print"
          element={<InterventionConsentPrint />}
        />
        <Route path="statement/:applicationId/contract" element={<ContractPrint />} />
        <Route path="case/:applicationId" element={<LegacyCaseRedirect print={false} />} />
        <Route path="case/:applicationId/statement" element={<LegacyCaseRedirect print />} />
        <Route path="certificate/:certificateId" element={<CertificatePrint />} />
        <Route path="journal" element={<DayJournal />} />
        <Route path="reconciliation" element={<DayReconciliation />} />
        <Route path="problems" element={<ProblemsScreen />} />
        <Route path="settings" element={<ClinicSettingsView />} />
        <Route path="tablets" element={<TabletsScreen />} />
        <Route
          path="*"
          element={<DeskNotice title={t('desk.notFound.title')} text={t('desk.notFound.text')} />}
        />
      </Routes>
    </DeskContext.Provider>
  );
}
