import type { KitId } from '../ids';
import type { Kit } from '../lab/kit';
import type { ClinicSettings } from './settings';

// Which test kits a paid service is performed with. The price list names them per service, so
// that a statement paid for IgM antibodies gets an IgM kit and an IgM certificate:
//
//   {"code":"igm","nameRu":"Антитела IgM к SARS-CoV-2",…,"kitIds":["0193…0002"]}
//
// A service that names no kits (a price list saved before kits were named) is performed with
// any kit the clinic uses, as it always was. The desk offers only the fitting kits, and the
// rules refuse a new sample with another (recordRules.ts), on the tablet and at the register.

/** Whether the service names its kits; an unknown code names none. */
function namedKitIds(settings: ClinicSettings, serviceCode: string): readonly KitId[] {
  return settings.priceList.find((item) => item.code === serviceCode)?.kitIds ?? [];
}

/** Whether a sample tested with `kitId` may stand for the service paid as `serviceCode`. */
export function kitFitsService(
  settings: ClinicSettings,
  serviceCode: string,
  kitId: KitId,
): boolean {
  const named = namedKitIds(settings, serviceCode);
  return named.length === 0 || named.includes(kitId);
}

/** The clinic's kits in use that the service may be performed with, in the clinic's order. */
export function kitsForService(settings: ClinicSettings, serviceCode: string): Kit[] {
  return settings.kits.filter(
    (kit) => !kit.withdrawn && kitFitsService(settings, serviceCode, kit.id),
  );
}
