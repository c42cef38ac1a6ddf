import type { Widen } from '../i18n/widen';
import type { tabletSettingsRu } from './messages.ru';

export const tabletSettingsEn: Widen<typeof tabletSettingsRu> = {
  title: 'Tablet settings',
  back: 'Home',
  device: {
    title: 'This tablet',
    name: 'Name',
    code: 'Code',
    enrolledAt: 'Enrolled',
    clinic: 'Clinic',
    notEnrolled: 'This device is not enrolled as a clinic tablet.',
  },
  storage: {
    title: 'Storage',
    persistence: 'Data protection',
    granted: 'The browser promised not to delete this tablet’s data when space runs low.',
    notGranted: 'Not granted: the browser may delete this tablet’s data when space runs low.',
    unsupported: 'The browser does not say whether it keeps data when space runs low.',
    ask: 'Ask for data protection',
    refused:
      'The browser refused again. Install the app on the home screen, or sync the tablet more often.',
    usage: 'Used',
    usageOf: '{{used}} of {{quota}}',
    estimateUnsupported: 'The browser does not report storage size.',
  },
  sync: {
    title: 'Sync',
    waiting: 'Waiting to send',
    rejected: 'Refused by the register',
    conflicts: 'Conflicts',
    lastSuccess: 'Last successful',
    never: 'Not yet done',
    off: 'Sync is off: the tablet is not enrolled.',
  },
  export: {
    title: 'Save unsynced work to a file',
    intro:
      'The file holds every record and operation that has not reached the register yet, and the QR codes of discarded certificates the register is still to revoke: the register’s administrator revokes them from this file. The tablet’s signing key and password are never in it.',
    save: 'Save unsynced work to a file',
    saved: 'File {{file}} saved: {{records}} records, {{ops}} operations.',
    lastExport: 'Last file saved {{time}}.',
    failed: 'Could not save the file: {{detail}}',
  },
  erase: {
    title: 'Erase this tablet’s data',
    intro:
      'Deletes every record, the signing key and the staff sign-in from this device. The tablet must be enrolled again; records that reached the register come back to it.',
    refused:
      'Cannot erase: {{total}} records have not reached the register (waiting {{waiting}}, refused {{rejected}}, conflicts {{conflicts}}). Sync the tablet, or save the unsynced work to a file.',
    outdated:
      'Cannot erase: new unsent work appeared after the file was saved ({{total}} in all). Save the file again.',
    covered: 'All unsynced records ({{total}}) are saved in the file.',
    nothingUnsynced: 'Every record has reached the register.',
    confirm: 'To confirm, type the tablet code ({{code}})',
    codeRequired: 'Type the tablet code',
    submit: 'Erase this tablet’s data',
    erasing: 'Erasing…',
    failed: 'Could not erase the data: {{detail}}',
  },
  authorisations: {
    title: 'Admissions with no network',
    intro:
      'First PINs set on this tablet on the word of an administrator or commission member. The register does not receive these entries yet: they are kept only here.',
    none: 'No one has been admitted on this tablet.',
    when: 'When',
    who: 'Member of staff',
    by: 'Admitted by',
  },
};
