// Types for `petrovich` 0.2.1 (MIT), which ships none: the declension of Russian surnames,
// given names and patronymics. Only the call SeroDesk makes is declared. The package is
// CommonJS (`module.exports = petrovich`); bundlers and Node hand it over as the default.
declare module 'petrovich' {
  type PetrovichGender = 'male' | 'female' | 'androgynous';
  type PetrovichCase =
    'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  type PetrovichPerson = {
    gender: PetrovichGender;
    first?: string;
    middle?: string;
    last?: string;
  };
  /** Declines each part present; throws only for a gender or case outside the lists above. */
  function petrovich(person: PetrovichPerson, grammaticalCase: PetrovichCase): PetrovichPerson;
  export default petrovich;
}
