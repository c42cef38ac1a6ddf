// Names as the contract writes them where the records give no more than a string: the
// signature's transcript ("Иванова М. П.") and the head physician, whose sex the requisites
// do not record, declined in the genitive («в лице главного врача Ивановой Марии Петровны»).
import { declinedName } from '../person/declension';
import type { Sex } from '../person/person';

/** "Иванова М. П." for the signature's transcript. */
export function initials(name: string): string {
  const [surname = '', ...rest] = name.split(' ');
  return [surname, ...rest.map((part) => `${part.charAt(0)}.`)].join(' ');
}

/**
 * The head physician's sex, which the requisites do not record, from the patronymic's
 * ending (-вна/-чна, -вич/-ич, кызы/оглы); none: the name is printed undeclined.
 */
function sexOfPatronymic(name: string): Sex | undefined {
  const parts = name.split(' ');
  const last = (parts[parts.length - 1] ?? '').toLowerCase();
  if (parts.length < 3) return undefined;
  if (/(вна|чна|кызы)$/u.test(last)) return 'female';
  if (/(ич|оглы|улы)$/u.test(last)) return 'male';
  return undefined;
}

export function headPhysicianGenitive(name: string): string {
  const sex = sexOfPatronymic(name);
  if (sex === undefined) return name;
  const [surname = '', givenName = '', ...patronymic] = name.split(' ');
  return declinedName({ surname, givenName, patronymic: patronymic.join(' '), sex }, 'genitive')
    .text;
}
