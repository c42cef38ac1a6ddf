import type { Widen } from '../i18n/widen';
import type { enrolmentRu } from './enrolmentTexts.ru';

// English texts of the enrolment form; the compiler keeps them complete.
export const enrolmentEn: Widen<typeof enrolmentRu> = {
  name: 'Tablet name',
  nameHint: 'For example: “Registry, window 1”',
  nameRequired: 'Enter the tablet name',
  enrol: 'Enrol this tablet',
  choice: {
    legend: 'Is this a new tablet, or one of these whose data was cleared?',
    hint: 'If this device’s browser data was cleared, choose which tablet it was: the register gives back the records it received.',
    new: 'A new tablet',
    tablet: '{{code}} — “{{name}}”',
    lastPush: 'last sent: {{time}}, records at the register: {{count}}',
    neverPushed: 'has not sent anything to the register',
    withdrawn: 'withdrawn',
    loadFailed:
      'Could not get the clinic’s list of tablets; if this device was a tablet before, its records still come from the register.',
  },
  error: {
    offline: 'Offline: a tablet can only be enrolled while the register is reachable.',
    timeout: 'The register did not answer in time. Try again.',
    network: 'Could not reach the register. Check the connection.',
    'unreadable-response': 'The register sent an unreadable answer. Tell the administrator.',
    'role-may-not-enrol': 'Only a registrar or an administrator may enrol tablets.',
    'session-expired': 'The session has expired. Sign out and sign in again.',
    'key-already-enrolled': 'This tablet’s key is already enrolled.',
    'predecessor-unknown':
      'The chosen tablet is not in the clinic’s register. Reload the list or choose “A new tablet”.',
    'register-refused': 'The register refused the request. Tell the administrator.',
  },
};
