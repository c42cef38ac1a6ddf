import { isUuid } from '../../core/ids';
import { withdrawTablet } from '../../register/tabletWithdrawal';
import type { RegisterCommand } from './command';
import { EXIT_OK, parseOptions, RefusedError, required } from './command';
import { clinicIdByCode } from './clinicByCode';

// npm run register -- withdraw-tablet --clinic PKGP3 --tablet T2      (its code, or its id)
//   {"tablet":{"id":"0193…","code":"T2","status":"withdrawn","withdrawnAt":"…"}}
// The same withdrawal as an admin's POST /api/tablets/:id/withdraw (register/tabletWithdrawal.ts).

const OPTIONS = { clinic: { type: 'string' }, tablet: { type: 'string' } } as const;

export const withdrawTabletCommand: RegisterCommand = {
  name: 'withdraw-tablet',
  summary: 'withdraw a lost or retired tablet (its token stops working, its key is marked)',
  usage: 'withdraw-tablet --clinic CODE --tablet T2|TABLET-ID',
  details: [],
  async run(argv, context) {
    const values = parseOptions(argv, OPTIONS);
    const code = required(values.clinic, 'clinic');
    const tablet = required(values.tablet, 'tablet');
    const { db } = await context.open();
    const clinicId = await clinicIdByCode(db, code);
    const row = await db.kysely
      .selectFrom('tablet')
      .select(['id', 'code'])
      .where('clinic_id', '=', clinicId)
      .where(isUuid(tablet) ? 'id' : 'code', '=', tablet)
      .executeTakeFirst();
    const withdrawn =
      row === undefined
        ? null
        : await withdrawTablet(db, { tabletId: row.id, clinicId, now: context.now() });
    if (row === undefined || withdrawn === null) {
      throw new RefusedError({
        en: `no tablet ${tablet} in clinic ${code}`,
        ru: `в клинике ${code} нет планшета ${tablet}`,
      });
    }
    context.io.out(
      `${JSON.stringify({
        tablet: {
          id: row.id,
          code: row.code,
          status: 'withdrawn',
          withdrawnAt: withdrawn.withdrawnAt,
        },
      })}\n`,
    );
    return EXIT_OK;
  },
};
