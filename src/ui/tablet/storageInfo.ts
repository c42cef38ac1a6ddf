// What the browser says about this tablet's storage (DESIGN, "Storage safety"): whether it
// promised not to evict our data (`persisted()`, asked again with `persist()`), and how much
// is used of the quota (`estimate()`). `navigator.storage` is missing outside a secure
// context (a tablet on plain http over the LAN), so every answer can be "unsupported".
//
//   {persistence: "not-granted", estimate: {usage: 5242880, quota: 299706064896}}

export type Persistence = 'granted' | 'not-granted' | 'unsupported';

export type StorageEstimateFacts = { readonly usage: number; readonly quota: number };

export type StorageFacts = {
  readonly persistence: Persistence;
  readonly estimate: StorageEstimateFacts | null;
};

/** The part of `StorageManager` used here, so tests can hand in their own. */
export type StorageApi = Partial<Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>>;

export async function readStorageFacts(storage: StorageApi | undefined): Promise<StorageFacts> {
  const persistence: Persistence =
    typeof storage?.persisted !== 'function'
      ? 'unsupported'
      : (await storage.persisted())
        ? 'granted'
        : 'not-granted';
  let estimate: StorageEstimateFacts | null = null;
  if (typeof storage?.estimate === 'function') {
    const answer = await storage.estimate();
    if (typeof answer.usage === 'number' && typeof answer.quota === 'number') {
      estimate = { usage: answer.usage, quota: answer.quota };
    }
  }
  return { persistence, estimate };
}

/** Asks again; the browser decides (Chromium by engagement, an installed app is granted). */
export async function askPersistence(storage: StorageApi | undefined): Promise<Persistence> {
  if (typeof storage?.persist !== 'function') return 'unsupported';
  return (await storage.persist()) ? 'granted' : 'not-granted';
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** "5.2 MB" / "5,2 МБ": decimal units as the names say, in the person's number format. */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
