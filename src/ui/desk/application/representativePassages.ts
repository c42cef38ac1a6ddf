// What a minor's statement prints about their legal representative (issue #11, item 4), by the
// minor's standing on the statement's date (core/person/minorRules.ts):
//
//   under 14   the representative is the party: «от Ивановой Марии Петровны, законного
//              представителя (родитель), в интересах несовершеннолетнего Иванова Петра
//              Сергеевича»; the request asks for the child's blood test, and the representative
//              signs. Their passport and basis document are not repeated here: the
//              personal-data consent on the same page names them (152-ФЗ ст. 9 ч. 4 п. 2), and
//              the page must stay one A4 sheet
//   14 to 18   the minor writes it («от Иванова Петра Сергеевича») and the representative's
//              written consent (ГК РФ ст. 26) is printed with their name, document and basis,
//              and a signature line of their own beside the minor's
//
// Names are in the genitive after «от», «в интересах» and «несовершеннолетнего»; a form the
// clerk corrected by hand wins (declension.ts). The English lines translate, in the nominative.
import { fullNameOf } from '../../../core/person/name';
import type { TFunction } from 'i18next';
import { declinedName } from '../../../core/person/declension';
import { formatDocument } from '../../../core/person/document';
import type { MinorStanding } from '../../../core/person/minorRules';
import type { Representative } from '../../../core/person/representative';
import type { PersonRecord } from '../../../core/records/person';

/** One passage of the statement: the Russian text signed, and its English translation. */
export type BilingualPassage = { readonly ru: string; readonly en: string };

export type RepresentativePassages = {
  /** The lines after «Главному врачу …» up to the person's birth date. */
  readonly from: readonly BilingualPassage[];
  /** The request, when the representative asks on the child's behalf. */
  readonly request?: BilingualPassage;
  /**
   * The representative's consent to a 14–18-year-old's statement, and the label of their
   * signature line, printed beside the minor's.
   */
  readonly consent?: { readonly text: BilingualPassage; readonly signature: BilingualPassage };
  /** The label of the statement's own signature line, when the representative signs it. */
  readonly signature?: BilingualPassage;
};

/** «паспорт РФ 30 05 123456»; an 'other' document is its own name. */
function documentPhrase(t: TFunction, document: Representative['document']): string {
  const typed = t(`desk.documentType.${document.type}`);
  const type = document.type === 'other' ? '' : typed.charAt(0).toLowerCase() + typed.slice(1);
  return `${type} ${formatDocument(document)}`.trim();
}

type Translate = TFunction;

export function representativePassages(
  person: PersonRecord,
  representative: Representative | undefined,
  standing: MinorStanding,
  ru: Translate,
  en: Translate,
): RepresentativePassages {
  // Each passage in both languages: Russian names in the genitive, English in the nominative.
  const both = (text: (t: Translate, lang: 'ru' | 'en') => string): BilingualPassage => ({
    ru: text(ru, 'ru'),
    en: text(en, 'en'),
  });
  const minorName = (lang: 'ru' | 'en') =>
    lang === 'ru' ? declinedName(person, 'genitive').text : fullNameOf(person);
  const ownFrom = both((t, lang) => t('desk.statementPrint.from', { name: minorName(lang) }));
  if (representative === undefined || !standing.representativeRequired) return { from: [ownFrom] };
  const name = fullNameOf(representative);
  const female = person.sex === 'female';
  const basis = (t: Translate) => t(`desk.representative.print.basisWord.${representative.basis}`);
  const document = (t: Translate) => documentPhrase(t, representative.document);
  const signature = both((t) => t('desk.representative.print.signature'));
  if (standing.contractParty === 'representative') {
    const representativeName = (lang: 'ru' | 'en') =>
      lang === 'ru' ? declinedName(representative, 'genitive').text : name;
    return {
      from: [
        both((t, lang) => t('desk.statementPrint.from', { name: representativeName(lang) })),
        both((t, lang) =>
          female
            ? t('desk.representative.print.inInterestsFemale', {
                basis: basis(t),
                name: minorName(lang),
              })
            : t('desk.representative.print.inInterestsMale', {
                basis: basis(t),
                name: minorName(lang),
              }),
        ),
      ],
      request: both((t, lang) =>
        female
          ? t('desk.representative.print.requestForFemale', { name: minorName(lang) })
          : t('desk.representative.print.requestForMale', { name: minorName(lang) }),
      ),
      signature,
    };
  }
  return {
    from: [ownFrom],
    consent: {
      text: both((t) =>
        t('desk.representative.print.consent', { name, basis: basis(t), document: document(t) }),
      ),
      signature,
    },
  };
}
