import { mayAuthorise } from '../../core/staff/authorise';
import type { PinHolder } from '../../desk/pins';

/** The authorisers a locked tablet offers: holders of a PIN here in a vouching role. */
export function authorisersAmong(holders: readonly PinHolder[]): readonly PinHolder[] {
  return holders.filter((holder) => mayAuthorise(holder.staff.role));
}
