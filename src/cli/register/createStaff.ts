import { signInRequestSchema, STAFF_ROLES } from '../../core/protocol/session';
import { ROLE_ORGANISATION_MESSAGES } from '../../core/staff/organisation';
import { createStaff, generatePassword } from '../../register/staffAccounts';
import type { RegisterCommand } from './command';
import { EXIT_OK, oneOf, parseOptions, RefusedError, required, UsageError } from './command';

// npm run register -- create-staff --clinic PKGP3 --login petrova --role registrar \
//   --name "Петрова Анна Сергеевна" [--password …]
// Without --password a password is generated and printed once, on stdout:
//   {"staff":{"id":"0193…","login":"petrova","role":"registrar","clinic":"PKGP3",
//             "password":"q83vEjRWeJA4sL0m"}}

const OPTIONS = {
  clinic: { type: 'string' },
  login: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  password: { type: 'string' },
} as const;

/** The same limits the sign-in form has, so every account made here can sign in. */
export function checkedCredentials(login: string, password: string): void {
  const parsed = signInRequestSchema.safeParse({ login, password });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'login');
    throw new UsageError(`--${field} is not accepted by the sign-in form (too long or empty)`);
  }
  if (password.length < 8) throw new UsageError('--password must have at least 8 characters');
}

export const createStaffCommand: RegisterCommand = {
  name: 'create-staff',
  summary: 'add a member of staff to a clinic',
  usage: `create-staff --clinic CODE --login LOGIN --role ${STAFF_ROLES.join('|')} --name "ФИО" [--password PASSWORD]`,
  details: ['  without --password, a password is generated and printed once'],
  async run(argv, context) {
    const values = parseOptions(argv, OPTIONS);
    const clinicCode = required(values.clinic, 'clinic');
    const login = required(values.login, 'login');
    const role = oneOf(values.role, 'role', STAFF_ROLES);
    const displayName = required(values.name, 'name');
    const password = values.password ?? generatePassword(context.random);
    checkedCredentials(login, password);
    const { db } = await context.open();
    const created = await createStaff(
      db,
      { clinicCode, login, role, displayName, password },
      context,
    );
    if (!created.ok) {
      switch (created.reason) {
        case 'clinic-not-found':
          throw new RefusedError({
            en: `no clinic with code ${clinicCode}`,
            ru: `нет клиники с кодом ${clinicCode}`,
          });
        case 'login-taken':
          throw new RefusedError({
            en: `the login ${login} is taken`,
            ru: `логин ${login} уже занят`,
          });
        default:
          throw new RefusedError(ROLE_ORGANISATION_MESSAGES[created.reason]);
      }
    }
    const shown = values.password === undefined ? { password } : {};
    context.io.out(
      `${JSON.stringify({ staff: { id: created.value.id, login, role, clinic: clinicCode, ...shown } })}\n`,
    );
    return EXIT_OK;
  },
};
