import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';

/**
 * Creates the data directory if needed and proves it is writable by writing a probe file:
 * permission bits alone do not tell (root ignores them; a read-only mount does not show in
 * them). The failure's detail is "<path> (<error code>)".
 */
export function prepareDataDir(dir: string): Result<string, 'data-dir-unwritable'> {
  const probe = path.join(dir, `.write-probe-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe);
    return ok(dir);
  } catch (error) {
    return fail('data-dir-unwritable', `${dir} (${errorCode(error)})`);
  }
}

export function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
