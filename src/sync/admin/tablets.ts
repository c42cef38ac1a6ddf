import { z } from 'zod';
import type { TabletId } from '../../core/ids';
import type { AdminTabletList } from '../../core/protocol/adminTablets';
import { adminTabletListSchema } from '../../core/protocol/adminTablets';
import type { TabletWithdrawnResponse } from '../../core/protocol/tablet';
import { tabletWithdrawnResponseSchema } from '../../core/protocol/tablet';
import type { Transport } from '../transport';
import type { AdminResult } from './adminRequest';
import { adminRequest } from './adminRequest';

// The administration screen's tablet calls (wire shapes in src/core/protocol/adminTablets.ts):
// the list with its warnings, and a withdrawal. The register decides whose tablets answer.

/** A link may be slow; a list of a region's tablets is still small. */
const TIMEOUT_MS = 20_000;

export function listAdminTablets(
  transport: Transport,
  token: string,
): Promise<AdminResult<AdminTabletList>> {
  return adminRequest(
    transport,
    token,
    { method: 'GET', path: '/api/admin/tablets', timeoutMs: TIMEOUT_MS },
    adminTabletListSchema,
  );
}

export function withdrawAdminTablet(
  transport: Transport,
  token: string,
  tabletId: TabletId,
): Promise<AdminResult<TabletWithdrawnResponse['tablet']>> {
  return adminRequest(
    transport,
    token,
    {
      method: 'POST',
      path: `/api/admin/tablets/${encodeURIComponent(tabletId)}/withdraw`,
      timeoutMs: TIMEOUT_MS,
    },
    z.pipe(
      tabletWithdrawnResponseSchema.check(
        z.refine(
          (answer: TabletWithdrawnResponse) => answer.tablet.id === tabletId,
          'the register answered for another tablet',
        ),
      ),
      z.transform((answer: TabletWithdrawnResponse) => answer.tablet),
    ),
  );
}
