// Instants outside the desk (the header's last sync, the tablet's own screens) in the
// device's time zone, written as the desk writes dates in both languages: дд.мм.гггг чч:мм.
// `toLocaleString('en-GB')` would give "01/12/2026, 04:38:18" on an English screen.

const two = (value: number) => String(value).padStart(2, '0');

/** An instant as "01.12.2026 04:38" in the device's zone. */
export function formatDeviceDateTime(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const day = `${two(date.getDate())}.${two(date.getMonth() + 1)}.${String(date.getFullYear())}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
