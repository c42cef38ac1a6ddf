import type { Widen } from '../../i18n/widen';
import type { frameTextRu } from './frameText.ru';

// English words shared by every desk screen: navigation, page states, sync states, record kinds.
export const frameTextEn: Widen<typeof frameTextRu> = {
  title: 'Registry desk',
  loading: 'Loading…',
  loadFailed:
    "The tablet's data could not be read. Reload the page; if it happens again, tell the administrator.",
  back: 'Back',
  printNow: 'Print',
  choose: '— choose —',
  clearForm: 'Clear the form',
  fixErrors: 'Correct the fields marked in red.',
  roleMayNot: 'Your role may not do this step.',
  datePlaceholder: 'dd.mm.yyyy',
  done: 'done',
  notEnrolled: {
    title: 'Tablet not enrolled',
    text: 'This tablet is not enrolled with the register, so the desk is not available. An administrator or registrar must enrol it once, online, from the home screen (the "Tablet" card). After that the desk works offline too.',
  },
  otherClinic: {
    title: 'Another clinic’s tablet',
    text: 'This tablet is enrolled to another clinic. Sign in with an account of that clinic.',
  },
  notFound: {
    title: 'Not found',
    text: 'The desk has no such page.',
  },
  nav: {
    label: 'Desk sections',
    home: 'Home',
    search: 'Search',
    newPerson: 'New patient',
    journal: 'Day journal',
    settings: 'Clinic settings',
    who: '{{name}} ({{role}}) · {{tablet}}',
  },
  sync: {
    pending: 'waiting to send',
    sending: 'sending',
    synced: 'in the register',
    conflict: 'conflict',
    rejected: 'refused by the register',
  },
  recordKind: {
    person: 'Patient',
    application: 'Statement',
    contract: 'Contract',
    sample: 'Sample',
    result: 'Result',
    certificate: 'Certificate',
    revocation: 'Revocation',
  },
};
