// A FHIR R4 Bundle of type `collection` holding the resources of many certificates, written
// either at once (collectionBundle) or piece by piece for an export too large for memory
// (bundleOpening, then entries, then BUNDLE_CLOSING). A person with two certificates, or a
// duplicate sharing its original's result, is one Patient or Observation: a Bundle may not
// hold two entries with the same fullUrl (rule bdl-7). Literal shape:
//
//   {"resourceType":"Bundle","type":"collection","timestamp":"2026-12-01T09:00:00.000Z",
//    "entry":[{"fullUrl":"urn:uuid:0193…","resource":{"resourceType":"Patient",…}},…]}
import type { BundleEntry, CollectionBundle } from './fhirTypes';
import type { CertificateCase } from './certificateResources';
import { certificateEntries } from './certificateResources';

/** Keeps the first entry of every fullUrl across all calls. */
export function entryDeduper(): (entries: readonly BundleEntry[]) => BundleEntry[] {
  const seen = new Set<string>();
  return (entries) =>
    entries.filter((entry) => {
      if (seen.has(entry.fullUrl)) return false;
      seen.add(entry.fullUrl);
      return true;
    });
}

export function collectionBundle(
  items: readonly CertificateCase[],
  timestamp: Date,
): CollectionBundle {
  const fresh = entryDeduper();
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: timestamp.toISOString(),
    entry: items.flatMap((item) => fresh(certificateEntries(item))),
  };
}

/** The JSON text before the first entry; entries follow, comma-separated, then the closing. */
export function bundleOpening(timestamp: Date): string {
  return `{"resourceType":"Bundle","type":"collection","timestamp":${JSON.stringify(timestamp.toISOString())},"entry":[`;
}

export const BUNDLE_CLOSING = ']}';
