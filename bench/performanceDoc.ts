// Writing one benchmark's section of docs/PERFORMANCE.md when that benchmark runs alone
// (`npx tsx bench/decode.ts`); `npm run bench` writes the whole file (bench/run.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';

const DOC = fileURLToPath(new URL('../docs/PERFORMANCE.md', import.meta.url));

/**
 * Replaces the section that starts with `heading` (up to the next "## "), or puts it before
 * "## Machine" when the file has no such section yet.
 */
export async function writePerformanceSection(heading: string, section: string): Promise<void> {
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(heading);
  let next: string;
  if (start >= 0) {
    const end = doc.indexOf('\n## ', start + heading.length);
    next = `${doc.slice(0, start)}${section}\n${end >= 0 ? doc.slice(end + 1) : ''}`;
  } else {
    const machine = doc.indexOf('## Machine');
    next =
      machine >= 0
        ? `${doc.slice(0, machine)}${section}\n\n${doc.slice(machine)}`
        : `${doc}\n${section}\n`;
  }
  writeFileSync(DOC, await format(next, { parser: 'markdown', printWidth: 100 }));
}
