import { DEFAULT_CLINIC_POLICY } from '../../../core/clinic/settings';
import { dottedDateTime } from '../../../core/tablet/tabletWarningText';

/** Times are shown in the region's own zone (Kamchatka, UTC+12), as the ministry reads them. */
const REGION_OFFSET_MINUTES = DEFAULT_CLINIC_POLICY.utcOffsetMinutes;

/** The region's calendar day of an instant: "2026-12-04T13:00:00Z" → "05.12.2026". */
export const regionDay = (instant: string) =>
  dottedDateTime(instant, REGION_OFFSET_MINUTES).slice(0, 10);
