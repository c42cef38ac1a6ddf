// The antibody classes a card may report, in a module of their own: the admission policy's
// schema needs only this list, and it sits in the app's first chunk (through the tablet's
// stored settings), where the LOINC table behind antibodyClass.ts is not wanted (issue #14).

export const CARD_ANTIBODY_CLASSES = [
  'IgG',
  'IgM',
  'IgA',
  'total',
  'IgG+IgM',
  'IgA+IgM',
  'neutralising',
] as const;
export type CardAntibodyClass = (typeof CARD_ANTIBODY_CLASSES)[number];
