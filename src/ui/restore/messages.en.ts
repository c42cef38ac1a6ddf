import type { Widen } from '../i18n/widen';
import type { restoreRu } from './messages.ru';

// English texts of restoring a tablet that came back empty; the compiler keeps them complete.
export const restoreEn: Widen<typeof restoreRu> = {
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
