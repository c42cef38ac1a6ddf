import type { Result } from '../../core/result';
import { fail, ok } from '../../core/result';
import type { RegisterDb } from '../db/connect';
import type { ExportPeriod } from './certificateCases';
import { openCertificateExport } from './certificateCases';
import type { ExportFormat } from './exportWriters';
import { openExportWriter } from './exportWriters';

// An export of the certificates issued in a period into one file (issue #12): the pages of
// certificateCases.ts through the writer of the format. `onProgress` hears the running
// count after every page, for a progress line on a terminal.

export async function exportCertificates(
  db: RegisterDb,
  request: ExportPeriod & {
    readonly format: ExportFormat;
    readonly out: string;
    readonly issuerUrl: string;
    readonly now: Date;
    readonly onProgress?: (written: number) => void;
  },
): Promise<Result<{ readonly certificates: number }, 'clinic-not-found'>> {
  const pages = await openCertificateExport(db, request, { issuerUrl: request.issuerUrl });
  if (!pages.ok) return fail(pages.reason, pages.detail);
  const writer = await openExportWriter(request.format, request.out, request.now);
  let written = 0;
  try {
    for await (const page of pages.value) {
      await writer.write(page);
      written += page.length;
      request.onProgress?.(written);
    }
    await writer.finish();
  } catch (error) {
    await writer.abort();
    throw error;
  }
  return ok({ certificates: written });
}
