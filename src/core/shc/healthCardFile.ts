// The downloadable `.smart-health-card` file (media type application/smart-health-card):
//   {"verifiableCredential":["eyJ6aXAiOiJERUYiLCJhbGciOiJFUzI1NiIsImtpZCI6Ij…"]}
import { z } from 'zod';
import { fail, ok, type Result } from '../result';

export const HEALTH_CARD_FILE_EXTENSION = '.smart-health-card';
export const HEALTH_CARD_FILE_MEDIA_TYPE = 'application/smart-health-card';

const fileSchema = z.object({ verifiableCredential: z.array(z.string()).min(1) });

export function toHealthCardFile(jws: readonly string[]): string {
  return JSON.stringify({ verifiableCredential: jws });
}

export function parseHealthCardFile(text: string): Result<readonly string[], 'file-invalid'> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('file-invalid', error instanceof Error ? error.message : 'not JSON');
  }
  const parsed = fileSchema.safeParse(json);
  return parsed.success
    ? ok(parsed.data.verifiableCredential)
    : fail('file-invalid', parsed.error.issues[0]?.message);
}
