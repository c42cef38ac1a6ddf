import { z } from 'zod/mini';
import type { SignInResponse } from '../core/protocol/session';
import { signInResponseSchema, staffInfoSchema } from '../core/protocol/session';

// Every key this app keeps in the browser's localStorage, in one place, each with the schema
// its value is written and read with (the tablet's IndexedDB `meta` keys are listed the same
// way in src/storage/metaKeys.ts). Nothing else names a localStorage key: modules go through
// `readLocal`/`writeLocal`/`removeLocal`, so a value edited by hand, or written by an older
// release, is parsed and dropped if it does not fit — never trusted.
//
//   localStorage["serodesk.session"]         {"via":"pin","staff":{"id":"0193…",…}}
//   localStorage["serodesk.locked-place"]    {"path":"/desk/statement/0193…","search":"",
//                                             "lockedAt":"2026-12-01T05:10:00.000Z"}
//   localStorage["serodesk.language"]        en            (text, not JSON)
//   localStorage["serodesk.verifier.camera"] on            (text, not JSON)
//   localStorage["serodesk.draft:<staff id>:person-form"]  {"value":{…},"savedAt":"…"}

/**
 * The member at the tablet (sessionStore.ts): a password sign-in carries the register's
 * token, a PIN unlock none; a value saved by the release before PINs (`{token, staff}`) is
 * read as a password session.
 */
export const deskSessionSchema = z.union([
  z.object({
    via: z.literal('password'),
    token: z.string().check(z.minLength(16)),
    staff: staffInfoSchema,
  }),
  z.object({ via: z.literal('pin'), staff: staffInfoSchema }),
  z.pipe(
    signInResponseSchema,
    z.transform((saved: SignInResponse) => ({ ...saved, via: 'password' as const })),
  ),
]);

/** Where the tablet was locked (lockedPlace.ts). */
export const lockedPlaceSchema = z.object({
  path: z.string().check(z.startsWith('/')),
  search: z.string().check(z.regex(/^(\?.*)?$/)),
  lockedAt: z.iso.datetime(),
});

/** A synchronous copy of a draft (draftMirror.ts). */
export const mirroredDraftSchema = z.object({ value: z.unknown(), savedAt: z.string() });

/** `json` values are JSON text; `text` values are stored as the string itself. */
export type LocalEntry<S extends z.ZodMiniType> = {
  readonly key: string;
  readonly schema: S;
  readonly format: 'json' | 'text';
};

export const LOCAL = {
  session: { key: 'serodesk.session', schema: deskSessionSchema, format: 'json' },
  lockedPlace: { key: 'serodesk.locked-place', schema: lockedPlaceSchema, format: 'json' },
  language: { key: 'serodesk.language', schema: z.enum(['ru', 'en']), format: 'text' },
  verifierCamera: {
    key: 'serodesk.verifier.camera',
    schema: z.enum(['on', 'off']),
    format: 'text',
  },
} as const satisfies Record<string, LocalEntry<z.ZodMiniType>>;

/** The copy of one draft: its key is the draft's own (which names its member of staff). */
export function draftMirrorEntry(draftKey: string): LocalEntry<typeof mirroredDraftSchema> {
  return { key: `serodesk.draft:${draftKey}`, schema: mirroredDraftSchema, format: 'json' };
}

/** The value under `entry`, or undefined when there is none or it does not parse. */
export function readLocal<S extends z.ZodMiniType>(
  storage: Pick<Storage, 'getItem'>,
  { key, schema, format }: LocalEntry<S>,
): z.output<S> | undefined {
  const raw = storage.getItem(key);
  if (raw === null) return undefined;
  try {
    const parsed = schema.safeParse(format === 'json' ? JSON.parse(raw) : raw);
    return parsed.success ? parsed.data : undefined;
  } catch (error) {
    console.warn(`Dropped an unreadable localStorage["${key}"]`, error);
    return undefined;
  }
}

/** Writes `value` under `entry`, checked by its schema first (a bad value throws). */
export function writeLocal<S extends z.ZodMiniType>(
  storage: Pick<Storage, 'setItem'>,
  { key, schema, format }: LocalEntry<S>,
  value: z.input<S>,
): void {
  const checked: unknown = schema.parse(value);
  storage.setItem(key, format === 'json' ? JSON.stringify(checked) : String(checked));
}

export function removeLocal(
  storage: Pick<Storage, 'removeItem'>,
  { key }: LocalEntry<z.ZodMiniType>,
): void {
  storage.removeItem(key);
}
