import type { Widen } from '../../i18n/widen';
import type { representativeTextRu } from './representativeText.ru';

// English texts of a minor's legal representative; the `print` lines are the translation
// printed under the Russian text on an English desk.
export const representativeTextEn: Widen<typeof representativeTextRu> = {
  title: 'Legal representative',
  introUnder14:
    'The patient is under 14: the legal representative writes the statement and concludes the contract ("from the representative on behalf of the child"). Enter them before printing the statement.',
  introMinor:
    'The patient is 14 to 18: they sign the statement themselves, with the legal representative’s written consent. Enter the representative before printing the statement.',
  address: 'Representative’s address',
  basis: 'What they are to the patient',
  basisOption: {
    parent: 'Parent',
    'adoptive-parent': 'Adoptive parent',
    guardian: 'Guardian (child under 14)',
    trustee: 'Trustee (child of 14 to 18)',
  },
  basisDocument: 'Document of authority',
  basisDocumentHint:
    'For example: the child’s birth certificate IV-МЮ 123456; for a guardian or trustee, the guardianship authority’s act with its number and date',
  genitive: 'As written on the statement (genitive case)',
  save: 'Save the representative',
  change: 'Change the representative’s details',
  keep: 'Keep as is',
  named: 'Legal representative: {{name}} ({{basis}})',
  document: '{{type}} {{document}}',
  issued: 'issued {{date}} by {{issuer}}',
  basisOf: 'Authority: {{document}}',
  required:
    'Enter the legal representative first: a minor’s statement is not printed or signed without them.',
  printWaits:
    'The statement can be printed for signature once the legal representative is entered.',
  print: {
    inInterestsMale: 'legal representative ({{basis}}), on behalf of the minor {{name}}',
    inInterestsFemale: 'legal representative ({{basis}}), on behalf of the minor {{name}}',
    requestForMale:
      'I ask you to test the blood of {{name}} for antibodies to SARS-CoV-2 and to issue in his name a certificate of the presence (absence) of antibodies to SARS-CoV-2 with a QR code.',
    requestForFemale:
      'I ask you to test the blood of {{name}} for antibodies to SARS-CoV-2 and to issue in her name a certificate of the presence (absence) of antibodies to SARS-CoV-2 with a QR code.',
    consent:
      'I, {{name}} ({{basis}}, {{document}}), consent to this statement, the contract and the paid medical service (Civil Code art. 26).',
    signature: 'signature of the legal representative / name',
    basisWord: {
      parent: 'parent',
      'adoptive-parent': 'adoptive parent',
      guardian: 'guardian',
      trustee: 'trustee',
    },
  },
};
