import type { PinReason } from '../../core/staff/pin';
import { PIN_MESSAGES } from '../../core/staff/pin';

/** A PIN rule's message (core keeps both languages) in the UI's current language. */
export function pinRuleMessage(reason: PinReason, language: string): string {
  const message = PIN_MESSAGES[reason];
  return language === 'en' ? message.en : message.ru;
}

/** The browser's WebCrypto, which PIN hashing takes as an injected dependency. */
export const browserPinCrypto = {
  get subtle(): SubtleCrypto {
    return crypto.subtle;
  },
  random: (length: number): Uint8Array => crypto.getRandomValues(new Uint8Array(length)),
};
