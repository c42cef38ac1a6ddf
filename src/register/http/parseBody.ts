import { z } from 'zod';
import type { BodyIssue } from './apiError';

// Request bodies are validated by the same zod schemas the clients use (src/core/protocol),
// in the handler, instead of duplicating them as Fastify JSON schemas.

export type ParsedBody<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly BodyIssue[] };

// `z.core.$ZodType`: some request schemas are `zod/mini` ones shared with the app's first chunk.
export function parseBody<S extends z.core.$ZodType>(
  schema: S,
  body: unknown,
): ParsedBody<z.output<S>> {
  const parsed = z.safeParse(schema, body);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.length === 0 ? '(body)' : issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}

/** "login: Invalid input…; password: Too small…" for the error message. */
export function describeIssues(issues: readonly BodyIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}

/**
 * Issues for named top-level string fields that contain a NUL character, which PostgreSQL
 * cannot store in text (it would be a 500): `{path: "login", message: "contains-nul"}`.
 */
export function nulIssues(value: object, fields: readonly string[]): BodyIssue[] {
  const record = value as Record<string, unknown>;
  return fields
    .filter((field) => {
      const text = record[field];
      return typeof text === 'string' && text.includes('\u0000');
    })
    .map((field) => ({ path: field, message: 'contains-nul' }));
}
