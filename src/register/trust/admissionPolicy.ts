import {
  admissionPolicySchema,
  DEFAULT_ADMISSION_POLICY,
  type AdmissionPolicy,
} from '../../core/admission/policy';
import type { RegisterDb } from '../db/connect';

// The admission policy the register publishes at /.well-known/admission-policy.json (wire
// format in core/admission/policy.ts). The newest row wins; with none, the default.
// A new policy always gets the next version, so a verifier can tell which one it holds.

export async function readAdmissionPolicy(db: RegisterDb): Promise<AdmissionPolicy> {
  const row = await db.kysely
    .selectFrom('admission_policy')
    .select('document')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined
    ? DEFAULT_ADMISSION_POLICY
    : admissionPolicySchema.parse(JSON.parse(row.document));
}

export type AdmissionPolicyChange = Omit<AdmissionPolicy, 'version' | 'updatedAt'>;

/** Stores `change` as the next version and returns it as published. */
export async function publishAdmissionPolicy(
  db: RegisterDb,
  change: AdmissionPolicyChange,
  now: Date,
): Promise<AdmissionPolicy> {
  return db.kysely.transaction().execute(async (trx) => {
    const newest = await trx
      .selectFrom('admission_policy')
      .select((eb) => eb.fn.max('version').as('version'))
      .executeTakeFirst();
    const previous = newest?.version ?? DEFAULT_ADMISSION_POLICY.version;
    const policy = admissionPolicySchema.parse({
      ...change,
      version: Math.max(previous, DEFAULT_ADMISSION_POLICY.version) + 1,
      updatedAt: now.toISOString(),
    });
    await trx
      .insertInto('admission_policy')
      .values({
        version: policy.version,
        document: JSON.stringify(policy),
        created_at: policy.updatedAt,
      })
      .execute();
    return policy;
  });
}
