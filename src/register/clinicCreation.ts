import type { ClinicRequisites } from '../core/clinic/requisites';
import type { ClinicSettings } from '../core/clinic/settings';
import { DEFAULT_CLINIC_POLICY } from '../core/clinic/settings';
import type { Result } from '../core/result';
import type { OrganisationKind } from '../core/staff/organisation';
import { fail, ok } from '../core/result';
import type { RegisterDb } from './db/connect';
import { newId } from './ids';

// A new clinic at the register (issue #12, `npm run register -- create-clinic`): its identity
// and issuer, its requisites, and default policies. Price list, kits and commission are
// entered later by the clinic's admin; until a commission is entered no certificate can be
// issued there (core/clinic/commission.ts).

export type NewClinic = {
  readonly code: string;
  readonly nameRu: string;
  readonly nameEn: string;
  readonly address: string;
  /** The clinic's own SHC issuer; null: the register's ISSUER_URL. */
  readonly issuerUrl: string | null;
  readonly requisites?: ClinicRequisites;
  /** 'authority': the regional ministry, whose staff are regional administrators. */
  readonly kind?: OrganisationKind;
};

export async function createClinic(
  db: RegisterDb,
  clinic: NewClinic,
  deps: { readonly now: () => Date; readonly random: (bytes: number) => Uint8Array },
): Promise<Result<{ readonly id: string }, 'clinic-code-taken'>> {
  const settings: ClinicSettings = {
    priceList: [],
    kits: [],
    policy: DEFAULT_CLINIC_POLICY,
    ...(clinic.requisites === undefined ? {} : { requisites: clinic.requisites }),
  };
  const id = newId(deps.now, deps.random);
  const inserted = await db.kysely
    .insertInto('clinic')
    .values({
      id,
      code: clinic.code,
      name_ru: clinic.nameRu,
      name_en: clinic.nameEn,
      address: clinic.address,
      issuer_url: clinic.issuerUrl,
      settings: JSON.stringify(settings),
      created_at: deps.now().toISOString(),
      kind: clinic.kind ?? 'clinic',
    })
    .onConflict((conflict) => conflict.column('code').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted === undefined ? fail('clinic-code-taken', clinic.code) : ok({ id });
}
