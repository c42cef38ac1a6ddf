import type { RegisterDb } from './db/connect';

// Withdrawing a lost or retired tablet: its token stops working at once (auth/tabletAuth.ts
// refuses withdrawn tablets) and its key stays in the JWKS marked withdrawn (trust/jwks.ts).
// Shared by POST /api/tablets/:id/withdraw (an admin of the clinic) and
// `npm run register -- withdraw-tablet`. Withdrawing twice keeps the first time.

export type TabletWithdrawal = { readonly id: string; readonly withdrawnAt: string };

/**
 * Withdraws the tablet, looked up within `clinicId` when given (an admin never reaches
 * another clinic's tablets); null when there is no such tablet.
 */
export async function withdrawTablet(
  db: RegisterDb,
  request: { readonly tabletId: string; readonly clinicId?: string; readonly now: Date },
): Promise<(TabletWithdrawal & { readonly changed: boolean }) | null> {
  let query = db.kysely
    .selectFrom('tablet')
    .select(['id', 'status', 'withdrawn_at'])
    .where('id', '=', request.tabletId);
  if (request.clinicId !== undefined) query = query.where('clinic_id', '=', request.clinicId);
  const row = await query.executeTakeFirst();
  if (row === undefined) return null;
  if (row.status === 'withdrawn' && row.withdrawn_at !== null) {
    return { id: row.id, withdrawnAt: row.withdrawn_at, changed: false };
  }
  const withdrawnAt = request.now.toISOString();
  await db.kysely
    .updateTable('tablet')
    .set({ status: 'withdrawn', withdrawn_at: withdrawnAt })
    .where('id', '=', row.id)
    .execute();
  return { id: row.id, withdrawnAt, changed: true };
}
