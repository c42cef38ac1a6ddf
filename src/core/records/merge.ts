// Three-way, field-by-field merge of a mutable record (DESIGN: "concurrent edits merge field
// by field, and a true clash keeps both versions visible"). Fields are a record's top-level
// members; a nested value (a document, the consents) counts as one field.
//
//   base     {phone: "+7914…1", document: A}          the version the tablet edited from
//   current  {phone: "+7914…1", document: B}          another tablet changed document
//   incoming {phone: "+7914…9", document: A}          this tablet changed phone
//   merged   {phone: "+7914…9", document: B}, clashes []
//
// A field is the tablet's change when its value differs from the base (from the register's
// current value when the base is unknown). It clashes when another tablet also changed it
// since the base and the two values differ: the register's value is kept and the field named.
// Nothing here reads a clock: order comes from versions alone. Who edited (`updatedBy`,
// `updatedAt`) is bookkeeping, not content: it never clashes, and the merged record names
// the incoming editor, since the register checked that editor's role for this write.
import { BOOKKEEPING_FIELDS } from './base';
import { sameJson } from './sameJson';

export { canonicalJson } from './canonicalJson';

type Fields = Readonly<Record<string, unknown>>;

/** Fields the register sets itself, and bookkeeping; they are never a change of content. */
const SERVER_FIELDS = new Set(['version', ...BOOKKEEPING_FIELDS]);

/** Top-level fields whose content differs between two versions (version, editor excluded). */
export function changedFields(before: Fields, after: Fields): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !SERVER_FIELDS.has(key) && !sameJson(before[key], after[key]));
}

/** Whether two records hold the same content, whatever their key order or version. */
export function sameContent(a: Fields, b: Fields): boolean {
  return changedFields(a, b).length === 0;
}

export type MergeInput = {
  /** The record at the tablet's base version; undefined when the register has none. */
  readonly base: Fields | undefined;
  readonly current: Fields;
  readonly incoming: Fields;
  /** Fields other tablets changed after the base version. */
  readonly foreignFields: ReadonlySet<string>;
};

export type MergeOutcome = {
  readonly merged: Record<string, unknown>;
  /** Fields both sides changed to different values: the register's value was kept. */
  readonly clashes: readonly string[];
};

export function mergeFields(input: MergeInput): MergeOutcome {
  const { base, current, incoming, foreignFields } = input;
  const merged: Record<string, unknown> = { ...current };
  const clashes: string[] = [];
  for (const field of changedFields(current, incoming)) {
    const tabletChanged = base === undefined || !sameJson(base[field], incoming[field]);
    if (!tabletChanged) continue;
    if (foreignFields.has(field)) {
      clashes.push(field);
      continue;
    }
    if (incoming[field] === undefined) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a cleared optional field
      delete merged[field];
    } else {
      merged[field] = incoming[field];
    }
  }
  for (const field of BOOKKEEPING_FIELDS) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- an edit-less incoming
    if (incoming[field] === undefined) delete merged[field];
    else merged[field] = incoming[field];
  }
  return { merged, clashes: clashes.sort() };
}
