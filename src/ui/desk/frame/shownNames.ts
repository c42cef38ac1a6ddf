// The names the desk shows in the screen's language, where the record keeps the Russian one.
// A contract stores its service's Russian name (`serviceName`): the contract is a Russian
// document, and what the register holds must not depend on the cashier's screen. An English
// screen shows the price list's English name of the same service code instead; a code no
// longer in the price list shows what the contract says. A kit names itself in English only
// when the clinic's settings give it an English name (`nameEn`); most kits' names are
// product names that stay as registered.
import type { Language } from '../../../core/bilingual';
import type { PriceItem } from '../../../core/clinic/settings';
import type { Kit } from '../../../core/lab/kit';

export function shownServiceName(
  contract: { readonly serviceCode: string; readonly serviceName: string },
  priceList: readonly PriceItem[],
  language: Language,
): string {
  if (language !== 'en') return contract.serviceName;
  const item = priceList.find((entry) => entry.code === contract.serviceCode);
  return item?.nameEn ?? contract.serviceName;
}

export function shownKitName(
  kit: Pick<Kit, 'name'> & { readonly nameEn?: string | undefined },
  language: Language,
): string {
  return language === 'en' ? (kit.nameEn ?? kit.name) : kit.name;
}
