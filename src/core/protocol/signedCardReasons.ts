// Why the register refuses a pushed certificate's signed card (its `shcJws`). The register
// publishes every enrolled tablet's key as the issuer's, so a card it accepts is one it
// vouches for: the card must be signed, with a key of the pushing clinic — for a new
// certificate the key of the very tablet that pushes it (a card is signed where it is
// issued; a duplicate carries its original's card, signed on whichever tablet issued it) —
// and the record's rid must be the card's, or revoking the record would not revoke the card.
//
//   {"opId":"0193…03","status":"rejected","reason":"card-kid-foreign",
//    "message":{"ru":"…","en":"…"},"detail":"3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s"}
import type { MessageTable } from '../bilingual';

export const SIGNED_CARD_REASONS = [
  'certificate-unsigned',
  'card-unreadable',
  'card-kid-foreign',
  'card-kid-other-tablet',
  'card-signature-invalid',
  'card-rid-mismatch',
] as const;
export type SignedCardReason = (typeof SIGNED_CARD_REASONS)[number];

export const SIGNED_CARD_MESSAGES: MessageTable<SignedCardReason> = {
  'certificate-unsigned': {
    ru: 'Справка отправлена без подписанного QR-кода',
    en: 'The certificate was sent without its signed QR code',
  },
  'card-unreadable': {
    ru: 'QR-код справки повреждён: его не удаётся прочитать',
    en: 'The certificate’s QR code is damaged: it cannot be read',
  },
  'card-kid-foreign': {
    ru: 'QR-код подписан ключом, который не принадлежит планшетам этой клиники',
    en: 'The QR code is signed with a key that belongs to no tablet of this clinic',
  },
  'card-kid-other-tablet': {
    ru: 'QR-код новой справки подписан ключом другого планшета, а не того, который её отправил',
    en: 'The new certificate’s QR code is signed with another tablet’s key, not the sender’s',
  },
  'card-signature-invalid': {
    ru: 'Подпись QR-кода недействительна: справка могла быть изменена',
    en: 'The QR code’s signature is invalid: the certificate may have been altered',
  },
  'card-rid-mismatch': {
    ru: 'Номер отзыва (rid) справки не совпадает с номером в её QR-коде',
    en: 'The certificate’s revocation id (rid) does not match the one in its QR code',
  },
};
