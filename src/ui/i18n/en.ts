import { adminEn } from '../admin/messages.en';
import { deskEn } from '../desk/messages.en';
import { enrolmentEn } from '../screens/enrolmentTexts.en';
import { pinEn } from '../session/messages.en';
import { restoreEn } from '../restore/messages.en';
import { syncEn } from '../sync/messages.en';
import { tabletSettingsEn } from '../tablet/messages.en';
import { verifierEn } from '../verifier/messages.en';
import type { Messages } from './ru';

export const en: Messages = {
  desk: deskEn,
  admin: adminEn,
  verifier: verifierEn,
  sync: syncEn,
  restore: restoreEn,
  tabletSettings: tabletSettingsEn,
  enrolment: enrolmentEn,
  pin: pinEn,
  app: {
    name: 'SeroDesk',
    tagline: 'Certificates of antibodies to SARS-CoV-2',
    skipToContent: 'Skip to content',
  },
  network: {
    online: 'Online',
    offline: 'Offline — work is kept on this tablet',
  },
  language: {
    label: 'Language',
    ru: 'Русский',
    en: 'English',
  },
  login: {
    title: 'Staff sign-in',
    intro: 'Sign in with your clinic account.',
    login: 'Login',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    loginRequired: 'Enter your login',
    passwordRequired: 'Enter your password',
    offlineHint:
      'Offline. The first sign-in on a tablet needs the register; after that the tablet works offline.',
  },
  signInError: {
    'invalid-credentials': 'Wrong login or password.',
    'too-many-attempts': 'Too many sign-in attempts. Wait a minute and try again.',
    'register-busy': 'The register is busy checking passwords. Try again in a few seconds.',
    offline: 'Offline: cannot sign in. Check the connection.',
    timeout: 'The register did not answer in time. Try again.',
    network: 'Could not reach the register. Check the connection.',
    'unreadable-response': 'The register sent an unreadable answer. Tell the administrator.',
    'register-refused': 'The register refused the request. Tell the administrator.',
  },
  home: {
    title: 'Workplace',
    signedInAs: 'Signed in as {{name}}',
    clinic: 'Clinic',
    role: 'Role',
    signOut: 'Sign out',
    tabletSettings: 'Tablet settings',
    signOutRefused:
      'Cannot sign out: {{waiting}} records have not reached the register yet and {{rejected}} need a decision. Connect and sync the tablet first.',
  },
  role: {
    registrar: 'Registrar',
    lab: 'Lab technician',
    commission: 'Commission member',
    admin: 'Administrator',
    verifier: 'Verifier',
    regional: 'Regional administrator',
  },
  tablet: {
    title: 'Tablet',
    notEnrolled:
      'This tablet is not enrolled at the register yet. Enrolment is needed once, online: the tablet gets its certificate signing key and the clinic settings.',
    askRegistrar: 'Ask a registrar or an administrator of the clinic to enrol this tablet.',
    enrolledAs: 'Tablet “{{name}}” is enrolled, code {{code}}.',
    persistence: {
      granted: 'The browser promised not to delete this tablet’s data.',
      denied:
        'The browser may delete data when space runs low: do not clear site data, and sync often.',
      unsupported: 'The browser does not say whether it keeps data when space runs low.',
    },
  },
  nav: {
    desk: 'Registry desk',
    admin: 'Administration',
    verify: 'Check a QR code',
  },
  notFound: {
    title: 'Page not found',
    back: 'Home',
  },
  update: {
    ready: 'A new version of the app is available.',
    reload: 'Reload',
    later: 'Later',
    offlineReady: 'The app is saved on this device and will open offline.',
    dismiss: 'OK',
  },
};
