import type { Widen } from '../../i18n/widen';
import type { tabletsAdminTextRu } from './tabletsAdminText.ru';

// English texts of the administration area's Tablets screen.
export const tabletsAdminTextEn: Widen<typeof tabletsAdminTextRu> = {
  titleClinic: "The clinic's tablets",
  titleRegion: 'Tablets of every clinic',
  introClinic:
    "The clinic's tablets as the register knows them. “Unsent” is how many records the tablet had not yet passed to the register at its last contact, and since when.",
  introRegion:
    'The tablets of every clinic in the region, those with warnings first. “Unsent” is how many records the tablet had not yet passed to the register at its last contact.',
  loading: 'Loading the tablets…',
  loadFailed: 'Could not get the list of tablets: {{reason}}',
  refresh: 'Refresh the list',
  empty: 'The register has no tablets.',
  warningsTitle: 'Need attention: {{count}}',
  warningsNone:
    'No warnings: every tablet in use reached the register within the last {{silentHours}} hours, and none holds records unsent for longer than {{backlogHours}} hours.',
  warningsRule:
    'A tablet is warned about when it has not reached the register for more than {{silentHours}} hours, or when at its last contact it held records unsent for more than {{backlogHours}} hours. Withdrawn tablets are never warned about.',
  caption: 'Tablets, their contact with the register and unsent records',
  clinic: 'Clinic',
  tablet: 'Tablet',
  status: 'State',
  enrolledAt: 'Enrolled',
  lastSeenAt: 'Last contact',
  lastPushAt: 'records sent: {{time}}',
  backlog: 'Unsent',
  recordsPushed: 'Records the register got',
  actions: 'Actions',
  never: 'never',
  enrolled: 'in use',
  withdrawnOn: 'withdrawn {{time}}',
  backlogUnknown: 'not reported',
  backlogNone: 'none',
  backlogSome: '{{records}} since {{oldest}}',
  backlogReported: 'reported {{reported}}',
  withdraw: 'Withdraw',
  withdrawLabel: 'Withdraw tablet {{code}} “{{name}}” ({{clinic}})',
  withdrawn: 'Tablet {{code}} “{{name}}” was withdrawn at the register {{time}}.',
  withdrawFailed: 'Tablet {{code}} was not withdrawn: {{reason}}',
};
