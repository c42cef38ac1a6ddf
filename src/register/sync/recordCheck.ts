import { z } from 'zod';
import type { ClinicRecord, RecordKind } from '../../core/records/record';
import { clinicRecordSchema, isRecordKind, RECORD_SCHEMAS } from '../../core/records/record';

// The register's check of a record, pushed or read back: the kind's schema compiled by zod
// (`z.compile`, zod's ahead-of-time fast path: one generated function per kind instead of a
// walk of the schema's nodes), built at the kind's first record. It answers as the schema
// does: a valid record parses to the same value; an invalid one is handed by zod to the
// schema itself, so the issues (paths and messages) are the schema's, as before.
//
// Issue #14: a person pushed cost zod's walk ≈ 7 µs and ≈ 7.6 KB of garbage; compiled,
// ≈ 3 µs and ≈ 2.7 KB (bench persons, Node 20, warm). A record without a known kind goes to
// the union, whose refusal names the kind.
//
// `z.compile` refuses a schema holding a z.lazy it cannot see into (core/records/base.ts,
// "Lazies two deep at most"); recordCheck.test.ts holds every kind to compiling, so the register
// never falls back to the walk without a failing test.

const compiled: Partial<Record<RecordKind, z.ZodType<ClinicRecord>>> = {};

/** The kind's schema, compiled at its first use and kept. `strict`: a refusal throws. */
export function compiledRecordSchema(kind: RecordKind, strict = false): z.ZodType<ClinicRecord> {
  const known = compiled[kind];
  if (known !== undefined) return known;
  // unwrap: the kind's z.lazy would hand its parse to the runtime (a compiled lazy only
  // calls it), the object inside compiles.
  const schema: z.ZodType<ClinicRecord> = z.compile(RECORD_SCHEMAS[kind].unwrap(), { strict });
  compiled[kind] = schema;
  return schema;
}

function kindOf(input: unknown): RecordKind | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const kind: unknown = (input as { readonly kind?: unknown }).kind;
  return isRecordKind(kind) ? kind : undefined;
}

/** The kind's compiled schema; the union for a record of no known kind (its refusal names it). */
function schemaFor(input: unknown): z.ZodType<ClinicRecord> {
  const kind = kindOf(input);
  return kind === undefined ? clinicRecordSchema : compiledRecordSchema(kind);
}

/** clinicRecordSchema.safeParse, by the kind's compiled schema. */
export function safeParseRecord(input: unknown): z.ZodSafeParseResult<ClinicRecord> {
  return schemaFor(input).safeParse(input);
}

/** clinicRecordSchema.parse, by the kind's compiled schema: throws zod's error. */
export function parseRecord(input: unknown): ClinicRecord {
  return schemaFor(input).parse(input);
}
