// May this kit ground a certificate of *presence* of antibodies under the region's admission
// policy? The desk asks before signing, with the verifier's own rule: the class is read from
// the LOINC code the card will carry (antibodyClassOfLoinc(loincForKit(kit).code)), never from
// the kit's name, so a card the door would call "class not admitted" is never issued.
// An *absence* certificate from any kit stays allowed: it states a fact and admits nobody.
//
//   policy {"admittedClasses":["IgG"],"version":3,…} + kit IgM ELISA (LOINC 94564-2)
//     → fail('presence-class-not-admitted', 'IgM; admitted IgG; policy v3')
import type { Bilingual } from '../bilingual';
import type { CardAntibodyClass } from '../admission/antibodyClass';
import { antibodyClassOfLoinc } from '../admission/antibodyClass';
import type { AdmissionPolicy } from '../admission/policy';
import type { Kit } from '../lab/kit';
import { loincForKit } from '../lab/loinc';
import type { Result } from '../result';
import { fail, ok } from '../result';

export type PresenceReason = 'presence-class-not-admitted';

export type PresenceKit = Pick<Kit, 'antibodyClass' | 'target' | 'method' | 'loinc'>;

/** The class the kit's card reports; undefined only for a code outside the antibody tests. */
export function cardClassOfKit(kit: PresenceKit): CardAntibodyClass | undefined {
  return antibodyClassOfLoinc(loincForKit(kit).code);
}

/** Whether a presence certificate may be issued from `kit`; the class it reports when so. */
export function checkPresenceGround(
  kit: PresenceKit,
  policy: AdmissionPolicy,
): Result<CardAntibodyClass, PresenceReason> {
  const cardClass = cardClassOfKit(kit);
  if (cardClass !== undefined && policy.admittedClasses.includes(cardClass)) return ok(cardClass);
  return fail(
    'presence-class-not-admitted',
    `${cardClass ?? 'unknown'}; admitted ${policy.admittedClasses.join('+')}; policy v${String(policy.version)}`,
  );
}

const CLASS_WORDS: { readonly [C in CardAntibodyClass]: Bilingual } = {
  IgG: { ru: 'IgG', en: 'IgG' },
  IgM: { ru: 'IgM', en: 'IgM' },
  IgA: { ru: 'IgA', en: 'IgA' },
  total: { ru: 'суммарные антитела', en: 'total antibodies' },
  'IgG+IgM': { ru: 'IgG+IgM вместе', en: 'IgG and IgM together' },
  'IgA+IgM': { ru: 'IgA+IgM вместе', en: 'IgA and IgM together' },
  neutralising: { ru: 'нейтрализующие антитела', en: 'neutralising antibodies' },
};

/** The refusal in words, naming what the kit measures and what the region's rules admit. */
export function presenceRefusalWords(kit: PresenceKit, policy: AdmissionPolicy): Bilingual {
  const cardClass = cardClassOfKit(kit);
  const measured = (language: 'ru' | 'en') =>
    cardClass === undefined ? '—' : CLASS_WORDS[cardClass][language];
  const admitted = (language: 'ru' | 'en') =>
    policy.admittedClasses.map((c) => CLASS_WORDS[c][language]).join(', ');
  const version = String(policy.version);
  return {
    ru:
      `Справку о наличии антител по этой тест-системе выдать нельзя: она определяет ` +
      `${measured('ru')}, а правила региона (${policy.region.ru}, версия ${version}) признают ` +
      `только ${admitted('ru')}. QR-код такой справки не пропустят — нужен анализ тест-системой ` +
      `на ${admitted('ru')}.`,
    en:
      `A certificate of presence cannot be issued from this test kit: it measures ` +
      `${measured('en')}, and the region's rules (${policy.region.en}, version ${version}) ` +
      `admit only ${admitted('en')}. Its QR code would not admit anyone — test again with a ` +
      `kit for ${admitted('en')}.`,
  };
}
