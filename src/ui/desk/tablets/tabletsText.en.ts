import type { Widen } from '../../i18n/widen';
import type { tabletsTextRu } from './tabletsText.ru';

// English texts of the admin's Tablets screen.
export const tabletsTextEn: Widen<typeof tabletsTextRu> = {
  nav: 'Tablets',
  title: "The clinic's tablets",
  intro:
    "The clinic's tablets as the register knows them. Withdraw a lost or retired tablet: its key stops signing and the tablet stops syncing.",
  adminOnly: "Only the clinic's administrator may see and withdraw tablets.",
  offline:
    'The list of tablets is kept at the register: open this screen while online. Work on this tablet goes on offline meanwhile.',
  needsPassword:
    'You unlocked with a PIN, which may not speak to the register in your name. Sign in with your password while online to see the tablets.',
  loading: 'Loading the tablets…',
  refresh: 'Refresh the list',
  empty: 'The register has no tablets of this clinic.',
  loadFailed: 'Could not get the list of tablets: {{reason}}',
  caption: "The clinic's tablets and their sync",
  tablet: 'Tablet',
  status: 'State',
  enrolledAt: 'Enrolled',
  lastSeenAt: 'Last contact',
  lastPushAt: 'Last push',
  recordsPushed: 'Records the register got',
  actions: 'Actions',
  never: 'never',
  enrolled: 'in use',
  withdrawnOn: 'withdrawn {{time}}',
  thisTablet: 'this tablet',
  replaces: 'replaces {{code}}',
  replacedBy: 'replaced by {{code}}',
  silent: 'Not synced for {{days}} days: the tablet may be working offline with unsent work.',
  withdraw: 'Withdraw',
  notFromHere: 'withdraw from another tablet',
  withdrawLabel: 'Withdraw tablet {{code}} “{{name}}”',
  notThisTablet:
    'The tablet you are working at cannot be withdrawn from here: it would stop syncing at once. Withdraw it from another tablet.',
  confirmTitle: 'Withdraw tablet {{code}} “{{name}}”?',
  consequenceToken:
    'The tablet stops syncing with the register at once: its access key no longer works.',
  consequenceUnsent:
    'Work done on it and not yet sent to the register can no longer reach the register.',
  consequenceCards:
    'Certificates it has already signed stay valid; a certificate becomes invalid only if it is revoked on its own.',
  consequenceKey:
    'Verifiers will refuse cards it signs after the withdrawal: its key is marked withdrawn in the trust list.',
  confirm: 'Yes, withdraw {{code}}',
  keep: 'Keep it',
  withdrawing: 'Withdrawing…',
  withdrawn: 'Tablet {{code}} “{{name}}” was withdrawn at the register {{time}}.',
  withdrawFailed: 'Tablet {{code}} was not withdrawn: {{reason}}',
};
