import i18next from 'i18next';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { loadDeskSetup } from '../../desk/deskSetup';
import { rememberStaffName } from '../../desk/tablet';
import { useSession } from '../session/SessionContext';
import { useDatabase } from '../database/DatabaseContext';
import { LegacyCaseRedirect } from './application/LegacyCaseRedirect';
import { DeskContext } from './frame/DeskEnvironment';
import { makeDeskEnv } from '../../desk/env';
import { DeskNav } from './frame/DeskNav';
import { DeskNotice } from './frame/DeskNotice';
import { useLiveQuery } from './frame/useLiveQuery';
import { DayJournal } from './journal/DayJournal';
import { PersonCard } from './person/PersonCard';
import { PersonEdit } from './person/PersonEdit';
import { PersonForm } from './person/PersonForm';
import { PersonSearch } from './person/PersonSearch';
import { ProblemsScreen } from './problems/ProblemsScreen';
import './desk.css';
import './print.css';
import { useLocale } from '../i18n/useLocale';
import { LiveWait } from './frame/LiveWait';
import { usePlace } from '../routing/BrowserLocation';

// The print views, the clinic's settings, the tablets list and the day's reconciliation are
// chunks of their own, so the desk's first screen (the person search) does not download or
// parse them: they hold the QR encoder (qrcode), the contract template and the settings
// forms. So is a statement's screen (contract, receipt scanner, lab and commission forms),
// fetched ahead from a person's card. The service worker precaches every chunk, so they all
// open offline.
const loadStatementScreen = () => import('./application/StatementScreen');
const loadStatementPrint = () => import('./application/StatementPrint');
const loadConsentPrint = () => import('./consent/InterventionConsentPrint');
const loadContractPrint = () => import('./contract/ContractPrint');
const loadCertificatePrint = () => import('./certificate/CertificatePrint');
const StatementScreen = lazy(() =>
  loadStatementScreen().then((m) => ({ default: m.StatementScreen })),
);
const StatementPrint = lazy(() =>
  loadStatementPrint().then((m) => ({ default: m.StatementPrint })),
);
const InterventionConsentPrint = lazy(() =>
  loadConsentPrint().then((m) => ({ default: m.InterventionConsentPrint })),
);
const ContractPrint = lazy(() => loadContractPrint().then((m) => ({ default: m.ContractPrint })));
const CertificatePrint = lazy(() =>
  loadCertificatePrint().then((m) => ({ default: m.CertificatePrint })),
);
const ClinicSettingsView = lazy(() =>
  import('./admin/ClinicSettingsView').then((m) => ({ default: m.ClinicSettingsView })),
);
const TabletsScreen = lazy(() =>
  import('./tablets/TabletsScreen').then((m) => ({ default: m.TabletsScreen })),
);
const DayReconciliation = lazy(() =>
  import('./reconciliation/DayReconciliation').then((m) => ({ default: m.DayReconciliation })),
);

/**
 * Fetches the chunks the clerk is about to need while the current screen is being read: a
 * person's card leads to a statement, and a statement's screen to its prints (statement,
 * consent, contract, and the certificate the commission issues there), so the "issue" click
 * goes straight to the QR instead of waiting for a download. Failures are left to the lazy
 * route itself, which shows them when (if) the screen is opened.
 */
function useChunksWarmedFor(pathname: string): void {
  const onPerson = /^\/desk\/person\/[^/]+$/.test(pathname);
  const onStatement = /^\/desk\/statement\/[^/]+$/.test(pathname);
  useEffect(() => {
    if (!onPerson) return;
    void loadStatementScreen().catch(() => undefined);
  }, [onPerson]);
  useEffect(() => {
    if (!onStatement) return;
    void Promise.all([
      loadCertificatePrint(),
      loadStatementPrint(),
      loadContractPrint(),
      loadConsentPrint(),
    ]).catch(() => undefined);
  }, [onStatement]);
  // The prints are bilingual: English comes with them (i18n/index.ts keeps it out of start-up).
  const needsEnglish = onStatement || /^\/desk\/(statement|certificate)\//.test(pathname);
  useEffect(() => {
    if (needsEnglish) void i18next.loadLanguages('en');
  }, [needsEnglish]);
}

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
  useChunksWarmedFor(usePlace().path);

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
      <Suspense fallback={<p role="status">{t('desk.loading')}</p>}>
        <Switch>
          <Route path="/desk">
            <PersonSearch />
          </Route>
          <Route path="/desk/person/new">
            <PersonForm />
          </Route>
          <Route path="/desk/person/:personId">
            <PersonCard />
          </Route>
          <Route path="/desk/person/:personId/edit">
            <PersonEdit />
          </Route>
          <Route path="/desk/statement/:applicationId">
            <StatementScreen />
          </Route>
          <Route path="/desk/statement/:applicationId/print">
            <StatementPrint />
          </Route>
          <Route path="/desk/statement/:applicationId/consent-print">
            <InterventionConsentPrint />
          </Route>
          <Route path="/desk/statement/:applicationId/contract">
            <ContractPrint />
          </Route>
          <Route path="/desk/case/:applicationId">
            <LegacyCaseRedirect print={false} />
          </Route>
          <Route path="/desk/case/:applicationId/statement">
            <LegacyCaseRedirect print />
          </Route>
          <Route path="/desk/certificate/:certificateId">
            <CertificatePrint />
          </Route>
          <Route path="/desk/journal">
            <DayJournal />
          </Route>
          <Route path="/desk/reconciliation">
            <DayReconciliation />
          </Route>
          <Route path="/desk/problems">
            <ProblemsScreen />
          </Route>
          <Route path="/desk/settings">
            <ClinicSettingsView />
          </Route>
          <Route path="/desk/tablets">
            <TabletsScreen />
          </Route>
          <Route path="*">
            <DeskNotice title={t('desk.notFound.title')} text={t('desk.notFound.text')} />
          </Route>
        </Switch>
      </Suspense>
    </DeskContext.Provider>
  );
}
