import { generatePassword, resetPassword } from '../../register/staffAccounts';
import type { RegisterCommand } from './command';
import { EXIT_OK, parseOptions, RefusedError, required } from './command';
import { checkedCredentials } from './createStaff';

// npm run register -- reset-password --login petrova [--password …]
//   {"staff":{"login":"petrova","password":"Zx81…"}}      (generated, printed once)
// The member's open sessions end; a disabled account stays disabled (stderr says so).

const OPTIONS = { login: { type: 'string' }, password: { type: 'string' } } as const;

export const resetPasswordCommand: RegisterCommand = {
  name: 'reset-password',
  summary: 'set a new password for a member of staff (their sessions end)',
  usage: 'reset-password --login LOGIN [--password PASSWORD]',
  details: ['  without --password, a password is generated and printed once'],
  async run(argv, context) {
    const values = parseOptions(argv, OPTIONS);
    const login = required(values.login, 'login');
    const password = values.password ?? generatePassword(context.random);
    checkedCredentials(login, password);
    const { db } = await context.open();
    const reset = await resetPassword(db, login, password, context);
    if (!reset.ok) {
      throw new RefusedError({
        en: `no staff login ${login}`,
        ru: `нет сотрудника с логином ${login}`,
      });
    }
    if (reset.value.disabled) {
      context.io.err(
        'register: the account is disabled and stays so (учётная запись отключена и остаётся отключённой)\n',
      );
    }
    const shown = values.password === undefined ? { password } : {};
    context.io.out(`${JSON.stringify({ staff: { login, ...shown } })}\n`);
    return EXIT_OK;
  },
};
