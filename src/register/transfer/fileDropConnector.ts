import { constants } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type {
  ConnectorHealth,
  TransferConnector,
  TransferOutcome,
  TransferPayload,
} from './connector';
import { describeError } from './connector';

// The default connector: one JSON file per item in a folder, for an operator or a regional
// gateway to pick up. A file appears whole or not at all: it is written under a dot-name,
// flushed to disk, then renamed (atomic within one file system), so a reader that skips
// dot-files never reads half a Bundle. The name is the item's, e.g.
//
//   KAM01-T03-2026-000017.issued.0193f4c2-…-c1.json
//
// and is the external id. A retry after a crash rewrites the same name with the same bytes
// (transferBundle.ts), so the folder holds each certificate event once.

export function fileNameOf(
  payload: Pick<TransferPayload, 'certificateNumber' | 'event' | 'certificateId'>,
): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9-]/g, '_');
  return `${safe(payload.certificateNumber)}.${payload.event}.${safe(payload.certificateId)}.json`;
}

export function fileDropConnector(dir: string): TransferConnector {
  return {
    description: `file drop into ${dir}`,
    async check(): Promise<ConnectorHealth> {
      try {
        await mkdir(dir, { recursive: true });
        await access(dir, constants.W_OK);
        return { ok: true };
      } catch (error) {
        return { ok: false, problem: `folder ${dir} is not writable: ${describeError(error)}` };
      }
    },
    async send(payload): Promise<TransferOutcome> {
      const name = fileNameOf(payload);
      const temporary = path.join(dir, `.${name}.part`);
      try {
        await mkdir(dir, { recursive: true });
        const file = await open(temporary, 'w');
        try {
          await file.writeFile(`${JSON.stringify(payload.bundle, null, 2)}\n`, 'utf8');
          await file.sync();
        } finally {
          await file.close();
        }
        await rename(temporary, path.join(dir, name));
        return { kind: 'accepted', externalId: name };
      } catch (error) {
        await rm(temporary, { force: true }).catch(() => undefined);
        return {
          kind: 'failed',
          error: `cannot write ${path.join(dir, name)}: ${describeError(error)}`,
        };
      }
    },
  };
}
