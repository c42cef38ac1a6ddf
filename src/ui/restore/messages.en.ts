import type { Widen } from '../i18n/widen';
import type { restoreRu } from './messages.ru';

// English texts of restoring a tablet that came back empty; the compiler keeps them complete.
export const restoreEn: Widen<typeof restoreRu> = {
  notice: {
    title: 'Records restored from the register',
    waiting: 'The tablet is receiving records from the register. {{code}} had sent {{count}}.',
    predecessor:
      'Restored {{count}} records from the register ({{code}}’s last sync: {{time}}). Work made on {{code}} after that and not sent could not be restored.',
    predecessorNeverSynced:
      'Restored {{count}} records from the register. {{code}} never sent records, so work made on it could not be restored.',
    self: 'This tablet’s data had been cleared. Restored {{count}} records from the register. Work not sent to the register before it was cleared could not be restored.',
    dismiss: 'OK',
  },
};
