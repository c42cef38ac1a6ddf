// The kinds of clinic record, without their schemas: the desk's menu, the header's sync
// counts and the tablet's tables name the kinds on the first screen, which must not load and
// build every record schema (and zod) to do it (issue #14). record.ts checks at compile time
// that its schemas are exactly these kinds.
export const RECORD_KINDS = [
  'person',
  'application',
  'contract',
  'sample',
  'result',
  'certificate',
  'revocation',
] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];

export function isRecordKind(kind: unknown): kind is RecordKind {
  return typeof kind === 'string' && (RECORD_KINDS as readonly string[]).includes(kind);
}
