import type { Widen } from '../../i18n/widen';
import type { journalTextRu } from './journalText.ru';

// English texts of the day journal.
export const journalTextEn: Widen<typeof journalTextRu> = {
  journal: {
    title: 'Day journal',
    day: 'Date',
    dayInvalid: 'Enter the date as dd.mm.yyyy',
    stage: 'Stage',
    sync: 'Sent to the register',
    all: 'All',
    unsent: 'Not sent yet',
    problems: 'Refused or in conflict',
    count: 'Applications: {{count}}',
  },
};
