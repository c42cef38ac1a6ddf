import { disableStaff } from '../../register/staffAccounts';
import type { RegisterCommand } from './command';
import { EXIT_OK, parseOptions, RefusedError, required } from './command';

// npm run register -- disable-staff --login petrova
//   {"staff":{"login":"petrova","disabledAt":"2026-12-01T09:00:00.000Z"}}
// The account can no longer sign in and its open sessions end at once; the records it wrote
// keep naming it. Disabling twice keeps the first time.

const OPTIONS = { login: { type: 'string' } } as const;

export const disableStaffCommand: RegisterCommand = {
  name: 'disable-staff',
  summary: 'stop a member of staff from signing in (their sessions end at once)',
  usage: 'disable-staff --login LOGIN',
  details: [],
  async run(argv, context) {
    const login = required(parseOptions(argv, OPTIONS).login, 'login');
    const { db } = await context.open();
    const disabled = await disableStaff(db, login, context.now());
    if (!disabled.ok) {
      throw new RefusedError({
        en: `no staff login ${login}`,
        ru: `нет сотрудника с логином ${login}`,
      });
    }
    context.io.out(
      `${JSON.stringify({ staff: { login, disabledAt: disabled.value.disabledAt } })}\n`,
    );
    return EXIT_OK;
  },
};
