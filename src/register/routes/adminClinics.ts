import type { FastifyInstance } from 'fastify';
import type { AdminClinic } from '../../core/protocol/adminClinics';
import { newClinicRequestSchema } from '../../core/protocol/adminClinics';
import { requireAdmin } from '../auth/adminScope';
import { createClinic } from '../clinicCreation';
import type { RegisterContext } from '../context';
import type { RegisterDb } from '../db/connect';
import { replyError } from '../http/apiError';
import { describeIssues, parseBody } from '../http/parseBody';

// GET/POST /api/admin/clinics for the regional administrator (wire shapes and example in
// src/core/protocol/adminClinics.ts). A new clinic is made exactly as the CLI's create-clinic
// makes it (clinicCreation.ts), its requisites checked by the same schema as the clinic
// admin's form (core/clinic/requisites.ts), so a field error names the field.
//
// The counts are one grouped query per table, and the last record one indexed look-up per
// clinic (clinic_record_clinic_seq_tablet_idx): a region has tens of clinics, not thousands.

/** Matches a certificate body that is a reprint: JSON escapes quotes inside values, so only the key matches. */
const DUPLICATE_KEY = '%"duplicateOf":"%';

function countMap(rows: readonly { clinic_id: string; count: unknown }[]): Map<string, number> {
  return new Map(rows.map((row) => [row.clinic_id, Number(row.count)]));
}

export async function listAdminClinics(
  db: RegisterDb,
  only?: { readonly id: string },
): Promise<AdminClinic[]> {
  let query = db.kysely.selectFrom('clinic').selectAll().where('kind', '=', 'clinic');
  if (only !== undefined) query = query.where('id', '=', only.id);
  const clinics = await query.orderBy('code').execute();
  const [tablets, staff, certificates] = await Promise.all([
    db.kysely
      .selectFrom('tablet')
      .select((eb) => ['clinic_id', eb.fn.countAll().as('count')])
      .where('status', '=', 'enrolled')
      .groupBy('clinic_id')
      .execute(),
    db.kysely
      .selectFrom('staff')
      .select((eb) => ['clinic_id', eb.fn.countAll().as('count')])
      .where('disabled_at', 'is', null)
      .groupBy('clinic_id')
      .execute(),
    db.kysely
      .selectFrom('clinic_record')
      .select((eb) => ['clinic_id', eb.fn.countAll().as('count')])
      .where('kind', '=', 'certificate')
      .where('body', 'not like', DUPLICATE_KEY)
      .groupBy('clinic_id')
      .execute(),
  ]);
  const tabletCounts = countMap(tablets);
  const staffCounts = countMap(staff);
  const certificateCounts = countMap(certificates);
  const answer: AdminClinic[] = [];
  for (const clinic of clinics) {
    const last = await db.kysely
      .selectFrom('clinic_record')
      .select('updated_at')
      .where('clinic_id', '=', clinic.id)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    answer.push({
      id: clinic.id,
      code: clinic.code,
      nameRu: clinic.name_ru,
      nameEn: clinic.name_en,
      address: clinic.address,
      issuerUrl: clinic.issuer_url,
      createdAt: clinic.created_at,
      counts: {
        tablets: tabletCounts.get(clinic.id) ?? 0,
        staff: staffCounts.get(clinic.id) ?? 0,
        certificates: certificateCounts.get(clinic.id) ?? 0,
      },
      lastRecordAt: last?.updated_at ?? null,
    });
  }
  return answer;
}

export function registerAdminClinicRoutes(app: FastifyInstance, context: RegisterContext): void {
  app.get('/api/admin/clinics', async (request, reply) => {
    const caller = await requireAdmin(request, reply, context, 'region-only');
    if (caller === null) return reply;
    const clinics = await listAdminClinics(context.db);
    return reply.header('Cache-Control', 'no-store').send({ clinics });
  });

  app.post('/api/admin/clinics', async (request, reply) => {
    const caller = await requireAdmin(request, reply, context, 'region-only');
    if (caller === null) return reply;
    const body = parseBody(newClinicRequestSchema, request.body);
    if (!body.ok) {
      return replyError(reply, 'invalid-body', {
        detail: describeIssues(body.issues),
        issues: body.issues,
      });
    }
    const clinic = body.value;
    const created = await createClinic(
      context.db,
      {
        code: clinic.code,
        nameRu: clinic.nameRu,
        nameEn: clinic.nameEn,
        address: clinic.address,
        issuerUrl: clinic.issuerUrl ?? null,
        ...(clinic.requisites === undefined ? {} : { requisites: clinic.requisites }),
        kind: 'clinic',
      },
      context,
    );
    if (!created.ok) {
      return replyError(reply, 'clinic-code-taken', {
        detail: clinic.code,
        issues: [{ path: 'code', message: 'clinic-code-taken' }],
      });
    }
    request.log.info(
      { clinicId: created.value.id, code: clinic.code, staffId: caller.staff.staffId },
      'clinic created by the regional administrator',
    );
    const [listed] = await listAdminClinics(context.db, created.value);
    return reply.code(201).header('Cache-Control', 'no-store').send({ clinic: listed });
  });
}
