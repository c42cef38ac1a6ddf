import { z } from 'zod';
import { checkRequisites, REQUISITES_MESSAGES } from '../../core/clinic/requisites';
import type { ClinicRequisites } from '../../core/clinic/requisites';
import { CLINIC_CODE_PATTERN } from '../../core/contract/number';
import { createClinic } from '../../register/clinicCreation';
import type { RegisterCommand } from './command';
import { bilingualLine, EXIT_OK, parseOptions, RefusedError, UsageError } from './command';
import { readJsonFile } from './readJsonFile';

// npm run register -- create-clinic --code PKGP5 --name-ru "…" --name-en "…" --address "…"
//   [--issuer https://…] [--requisites requisites.json] [--file clinic.json]
// --file holds the same as one JSON object (flags win over it):
//   {"code":"PKGP5","nameRu":"ГП № 5","nameEn":"City clinic 5","address":"…",
//    "issuerUrl":"https://register.kamchatka.example","requisites":{"fullName":"…",…}}
// Requisites are checked as the clinic admin's form checks them (core/clinic/requisites.ts).

const OPTIONS = {
  code: { type: 'string' },
  'name-ru': { type: 'string' },
  'name-en': { type: 'string' },
  address: { type: 'string' },
  issuer: { type: 'string' },
  requisites: { type: 'string' },
  file: { type: 'string' },
  authority: { type: 'boolean' },
} as const;

const clinicSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(CLINIC_CODE_PATTERN, 'must be 2–10 capital Latin letters or digits'),
  nameRu: z.string().trim().min(1, 'is required').max(300),
  nameEn: z.string().trim().min(1, 'is required').max(300),
  address: z.string().trim().min(1, 'is required').max(500),
  issuerUrl: z
    .url({ protocol: /^https$/, error: 'must be an https:// URL (SMART Health Cards require it)' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  requisites: z.unknown().optional(),
});

const FLAG_OF: Readonly<Record<string, string>> = {
  code: 'code',
  nameRu: 'name-ru',
  nameEn: 'name-en',
  address: 'address',
  issuerUrl: 'issuer',
};

function requisitesOf(input: unknown): ClinicRequisites {
  const checked = checkRequisites(input);
  if (checked.ok) return checked.value;
  const lines = checked.errors.map(
    (error) => `  ${error.field}: ${bilingualLine(REQUISITES_MESSAGES[error.reason])}`,
  );
  throw new UsageError(`--requisites are not valid:\n${lines.join('\n')}`);
}

export const createClinicCommand: RegisterCommand = {
  name: 'create-clinic',
  summary: 'add a clinic with its requisites and SHC issuer',
  usage:
    'create-clinic --code CODE --name-ru NAME --name-en NAME --address ADDRESS ' +
    '[--issuer https://URL] [--requisites FILE.json] [--file CLINIC.json] [--authority]',
  details: [
    '  --code       short code printed on contracts and certificates, e.g. PKGP5',
    '  --issuer     the clinic’s own SMART Health Card issuer; default: the register’s ISSUER_URL',
    '  --requisites JSON of the requisites (ОГРН, ИНН, КПП, licence…), as in docs/API.md',
    '  --file       all of the above as one JSON object; flags override it',
    '  --authority  the regional ministry, not a clinic: its staff are regional administrators',
  ],
  async run(argv, context) {
    const values = parseOptions(argv, OPTIONS);
    const fromFile = values.file === undefined ? {} : readJsonFile(values.file, 'file');
    if (typeof fromFile !== 'object' || fromFile === null || Array.isArray(fromFile)) {
      throw new UsageError('--file must hold one JSON object');
    }
    const merged = {
      ...fromFile,
      ...(values.code === undefined ? {} : { code: values.code }),
      ...(values['name-ru'] === undefined ? {} : { nameRu: values['name-ru'] }),
      ...(values['name-en'] === undefined ? {} : { nameEn: values['name-en'] }),
      ...(values.address === undefined ? {} : { address: values.address }),
      ...(values.issuer === undefined ? {} : { issuerUrl: values.issuer }),
      ...(values.requisites === undefined
        ? {}
        : { requisites: readJsonFile(values.requisites, 'requisites') }),
    };
    const parsed = clinicSchema.safeParse(merged);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? '');
      const message = issue?.code === 'invalid_type' ? 'is required' : (issue?.message ?? '');
      throw new UsageError(`--${FLAG_OF[field] ?? field} ${message}`);
    }
    const clinic = parsed.data;
    const requisites =
      clinic.requisites === undefined ? undefined : requisitesOf(clinic.requisites);
    const { db } = await context.open();
    const created = await createClinic(
      db,
      {
        code: clinic.code,
        nameRu: clinic.nameRu,
        nameEn: clinic.nameEn,
        address: clinic.address,
        issuerUrl: clinic.issuerUrl ?? null,
        ...(requisites === undefined ? {} : { requisites }),
        kind: values.authority === true ? 'authority' : 'clinic',
      },
      context,
    );
    if (!created.ok) {
      throw new RefusedError({
        en: `a clinic with code ${clinic.code} already exists`,
        ru: `клиника с кодом ${clinic.code} уже есть`,
      });
    }
    context.io.out(`${JSON.stringify({ clinic: { id: created.value.id, code: clinic.code } })}\n`);
    return EXIT_OK;
  },
};
