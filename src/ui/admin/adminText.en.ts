import type { adminFrameTextRu } from './adminText.ru';
import type { Widen } from '../i18n/widen';

export const adminFrameTextEn: Widen<typeof adminFrameTextRu> = {
  nav: {
    label: 'Administration',
    home: 'Administration',
    clinics: 'Clinics',
    staff: 'Staff',
    tablets: 'Tablets',
    certificates: 'Certificates',
    transfer: 'Federal transfer',
    reports: 'Reports',
    settings: 'Clinic settings',
  },
  home: {
    title: 'Administration',
    clinic: 'Clinic: {{organisation}}. You see your own clinic’s data only.',
    region: '{{organisation}}: every clinic in the region.',
    settingsHereAndAtDesk:
      'The price list, kits, commission and the clinic’s requisites are changed here, under “Clinic settings”, or at the desk, under “Settings”, on a clinic tablet.',
    about: {
      clinics: 'the region’s clinics, their tablets and certificates',
      staff: 'accounts, roles, passwords and PINs',
      tablets: 'tablets, last contact and unsent records',
      certificates: 'find a certificate by number or SNILS, revoke it',
      transfer: 'the queue to the federal register, failures first',
      reports: 'statements, certificates, revenue and transfer for a period; exports',
      settings: 'price list, kits, requisites and the commission',
    },
  },
  gate: {
    forbidden: 'Administration is for clinic administrators and the regional administrator only.',
    offline: 'No network. Administration works only while the register can be reached.',
    needsPassword:
      'You unlocked with a PIN. Sign in again with your password, online, to administer.',
    notFound: 'There is no such section.',
    sectionForbidden:
      'This section is not for your role: {{whom}} keeps it. Yours are in the menu above.',
    sectionOwner: {
      admin: 'a clinic administrator',
      regional: 'the regional administrator (the ministry)',
    },
  },
};
