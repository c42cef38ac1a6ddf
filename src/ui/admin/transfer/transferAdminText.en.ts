// English texts of /admin/transfer; the same keys as transferAdminText.ru.ts.
import type { Widen } from '../../i18n/widen';
import type { transferAdminTextRu } from './transferAdminText.ru';

export const transferAdminTextEn: Widen<typeof transferAdminTextRu> = {
  title: 'Transfer to the federal register',
  intro:
    'The certificates’ transfer queue: what did not go through first, then what waits, then what was transferred (newest first).',
  loading: 'Loading the queue…',
  loadFailed: 'The queue did not load: {{reason}}',
  refresh: 'Refresh',
  counts: 'The queue’s state',
  state: {
    queued: 'queued',
    sent: 'being sent',
    accepted: 'transferred',
    rejected: 'rejected',
    failed: 'failed',
  },
  health: {
    off: 'The transfer is off (FEDERAL_TRANSFER is not on): nothing is queued or sent.',
    misconfigured:
      'The transfer is misconfigured — nothing is sent until the setting is fixed: {{problem}}',
    unhealthy:
      'The transfer channel is not working ({{connector}}): {{problem}}. Sends fail and will be retried.',
    healthy: 'The transfer channel works: {{connector}}.',
  },
  empty: 'The queue is empty.',
  caption: 'Transfer queue items',
  number: 'Certificate',
  clinic: 'Clinic',
  event: 'Event',
  stateColumn: 'State',
  attempts: 'Attempts',
  error: 'Last error',
  next: 'Next attempt',
  externalId: 'Register id',
  actions: 'Actions',
  eventName: { issued: 'issue', corrected: 'correction', revoked: 'revocation' },
  retry: 'Retry',
  retryFailed: 'Retry every failed item',
  retrying: 'Queuing…',
  retried: 'Queued for sending: {{count}}.',
  retryFailedText: 'The retry failed: {{reason}}',
  page: 'Page {{page}} of {{pages}}',
  previous: 'Previous',
  nextPage: 'Next',
};
