import { readFileSync } from 'node:fs';
import { UsageError } from './command';

/** A JSON file named by a flag; unreadable or not JSON is a usage error naming the flag. */
export function readJsonFile(path: string, flag: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`--${flag}: cannot read ${path}: ${detail}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`--${flag}: ${path} is not JSON: ${detail}`);
  }
}
