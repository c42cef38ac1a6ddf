import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {
  ClinicStaffList,
  StaffMember,
  StaffMemberAnswer,
  StaffPasswordAnswer,
} from '../../core/protocol/adminStaff';
import {
  changeRoleRequestSchema,
  createStaffRequestSchema,
  setDisabledRequestSchema,
} from '../../core/protocol/adminStaff';
import { isUuid } from '../../core/ids';
import type { StaffChange } from '../../core/staff/staffChanges';
import { checkNewMember, fieldOfChange } from '../../core/staff/staffChanges';
import type { AdminCaller } from '../auth/adminScope';
import { requireAdmin, scopeReaches } from '../auth/adminScope';
import type { StaffClinicRow } from '../clinicStaffList';
import { findStaffClinic, listClinicStaff } from '../clinicStaffList';
import type { RegisterContext } from '../context';
import { replyError } from '../http/apiError';
import { describeIssues, nulIssues, parseBody } from '../http/parseBody';
import {
  changeStaff,
  createClinicStaff,
  generatePassword,
  resetPassword,
  resetStaffPin,
} from '../staffAccounts';

// A clinic's staff, managed by its admin or the regional admin (issue #12; wire shapes and
// examples in src/core/protocol/adminStaff.ts):
//
//   GET  /api/admin/clinics/:clinicId/staff                        the staff list
//   POST /api/admin/clinics/:clinicId/staff                        a new member; password once
//   PUT  /api/admin/clinics/:clinicId/staff/:staffId/role          change the role
//   PUT  /api/admin/clinics/:clinicId/staff/:staffId/disabled      disable / enable
//   POST /api/admin/clinics/:clinicId/staff/:staffId/password      new password, shown once
//   POST /api/admin/clinics/:clinicId/staff/:staffId/pin-reset     PIN forgotten by the tablets
//
// The clinic is in the path and checked against the caller's scope before anything is read:
// a clinic admin naming another clinic, or a member of another clinic, gets 404 as if it did
// not exist. Passwords are generated here, never chosen in the browser, and answered once.
// The regional admin picks the clinic from GET /api/admin/clinics (adminClinics.ts).

type Target = { readonly caller: AdminCaller; readonly clinic: StaffClinicRow };

function paramOf(request: FastifyRequest, name: 'clinicId' | 'staffId'): string | undefined {
  const params = request.params as Partial<Record<string, string>>;
  const value = params[name];
  return value !== undefined && isUuid(value) ? value : undefined;
}

/** The caller and the clinic of the path, or null after replying 401/403/404. */
async function reachClinic(
  request: FastifyRequest,
  reply: FastifyReply,
  context: RegisterContext,
): Promise<Target | null> {
  const caller = await requireAdmin(request, reply, context);
  if (caller === null) return null;
  const clinicId = paramOf(request, 'clinicId');
  const clinic =
    clinicId === undefined || !scopeReaches(caller.scope, clinicId)
      ? undefined
      : await findStaffClinic(context.db.kysely, clinicId);
  if (clinic === undefined) {
    replyError(reply, 'not-found');
    return null;
  }
  return { caller, clinic };
}

/** The member of the path in the clinic of the path, or null after replying 404. */
async function reachMember(
  request: FastifyRequest,
  reply: FastifyReply,
  context: RegisterContext,
  target: Target,
): Promise<StaffMember | null> {
  const staffId = paramOf(request, 'staffId');
  const [member] =
    staffId === undefined ? [] : await listClinicStaff(context.db.kysely, target.clinic, staffId);
  if (member === undefined) {
    replyError(reply, 'not-found');
    return null;
  }
  return member;
}

async function answerMember(
  reply: FastifyReply,
  context: RegisterContext,
  target: Target,
  staffId: string,
  password?: string,
): Promise<FastifyReply> {
  const [member] = await listClinicStaff(context.db.kysely, target.clinic, staffId);
  if (member === undefined) return replyError(reply, 'not-found');
  const answer: StaffMemberAnswer | StaffPasswordAnswer =
    password === undefined ? { member } : { member, password };
  return reply.header('Cache-Control', 'no-store').send(answer);
}

async function applyChange(
  request: FastifyRequest,
  reply: FastifyReply,
  context: RegisterContext,
  change: (body: unknown) => StaffChange | null,
): Promise<FastifyReply> {
  const target = await reachClinic(request, reply, context);
  if (target === null) return reply;
  const member = await reachMember(request, reply, context, target);
  if (member === null) return reply;
  const wanted = change(request.body);
  if (wanted === null) return replyError(reply, 'invalid-body');
  const changed = await changeStaff(
    context.db,
    {
      clinicId: target.clinic.id,
      staffId: member.id,
      actorId: target.caller.staff.staffId,
      change: wanted,
    },
    context.now(),
  );
  if (!changed.ok) {
    if (changed.reason === 'staff-not-found') return replyError(reply, 'not-found');
    const issues = [{ path: fieldOfChange(wanted), message: changed.reason }];
    return replyError(reply, 'staff-change-refused', { detail: changed.reason, issues });
  }
  request.log.info(
    { staffId: target.caller.staff.staffId, memberId: member.id, change: wanted },
    'staff member changed',
  );
  return answerMember(reply, context, target, member.id);
}

export function registerAdminStaffRoutes(app: FastifyInstance, context: RegisterContext): void {
  app.get('/api/admin/clinics/:clinicId/staff', async (request, reply) => {
    const target = await reachClinic(request, reply, context);
    if (target === null) return reply;
    const { id, code, nameRu, nameEn } = target.clinic;
    const answer: ClinicStaffList = {
      clinic: { id, code, nameRu, nameEn },
      staff: await listClinicStaff(context.db.kysely, target.clinic),
    };
    return reply.header('Cache-Control', 'no-store').send(answer);
  });

  app.post('/api/admin/clinics/:clinicId/staff', async (request, reply) => {
    const target = await reachClinic(request, reply, context);
    if (target === null) return reply;
    const body = parseBody(createStaffRequestSchema, request.body);
    if (!body.ok) {
      return replyError(reply, 'invalid-body', {
        detail: describeIssues(body.issues),
        issues: body.issues,
      });
    }
    const account = { ...body.value, displayName: body.value.displayName.trim() };
    const issues = [
      ...checkNewMember(account, 'clinic').map((issue) => ({
        path: issue.field,
        message: issue.reason,
      })),
      ...nulIssues(account, ['displayName']),
    ];
    if (issues.length > 0) {
      return replyError(reply, 'invalid-body', { detail: describeIssues(issues), issues });
    }
    const password = generatePassword(context.random);
    const created = await createClinicStaff(
      context.db,
      { ...account, clinicId: target.clinic.id, password },
      context,
    );
    if (!created.ok) {
      return replyError(reply, 'login-taken', {
        issues: [{ path: 'login', message: 'login-taken' }],
      });
    }
    request.log.info(
      { staffId: target.caller.staff.staffId, memberId: created.value.id, role: account.role },
      'staff member created',
    );
    reply.code(201);
    return answerMember(reply, context, target, created.value.id, password);
  });

  app.put('/api/admin/clinics/:clinicId/staff/:staffId/role', (request, reply) =>
    applyChange(request, reply, context, (body) => {
      const parsed = changeRoleRequestSchema.safeParse(body);
      return parsed.success ? { kind: 'role', role: parsed.data.role } : null;
    }),
  );

  app.put('/api/admin/clinics/:clinicId/staff/:staffId/disabled', (request, reply) =>
    applyChange(request, reply, context, (body) => {
      const parsed = setDisabledRequestSchema.safeParse(body);
      return parsed.success ? { kind: 'disabled', disabled: parsed.data.disabled } : null;
    }),
  );

  app.post('/api/admin/clinics/:clinicId/staff/:staffId/password', async (request, reply) => {
    const target = await reachClinic(request, reply, context);
    if (target === null) return reply;
    const member = await reachMember(request, reply, context, target);
    if (member === null) return reply;
    const password = generatePassword(context.random);
    const reset = await resetPassword(context.db, member.login, password, context);
    if (!reset.ok) return replyError(reply, 'not-found');
    request.log.info(
      { staffId: target.caller.staff.staffId, memberId: member.id },
      'staff password reset',
    );
    return answerMember(reply, context, target, member.id, password);
  });

  app.post('/api/admin/clinics/:clinicId/staff/:staffId/pin-reset', async (request, reply) => {
    const target = await reachClinic(request, reply, context);
    if (target === null) return reply;
    const member = await reachMember(request, reply, context, target);
    if (member === null) return reply;
    const reset = await resetStaffPin(
      context.db,
      { clinicId: target.clinic.id, staffId: member.id },
      context.now(),
    );
    if (!reset.ok) return replyError(reply, 'not-found');
    request.log.info(
      { staffId: target.caller.staff.staffId, memberId: member.id },
      'staff PIN reset',
    );
    return answerMember(reply, context, target, member.id);
  });
}
