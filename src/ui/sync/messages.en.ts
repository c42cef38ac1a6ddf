import type { Widen } from '../i18n/widen';
import type { syncRu } from './messages.ru';

export const syncEn: Widen<typeof syncRu> = {
  label: 'Sync with the register',
  syncNow: 'Sync now',
  running: 'Syncing…',
  pulled: 'Records received: {{count}}',
  pullProgress: '{{done}} of {{total}} records',
  progressLabel: 'Downloading records from the register',
  firstPull: 'First download of the clinic’s records',
  lastSuccess: 'Last successful: {{time}}',
  never: 'Not yet done',
  waiting: 'Waiting to send: {{count}}',
  allSent: 'All records sent',
  counting: 'Counting records…',
  rejected: 'Refused by the register: {{count}}',
  conflicts: 'Conflicts: {{count}}',
  error: 'Error: {{message}}',
  notEnrolled: 'Tablet not enrolled — sync is off',
};
