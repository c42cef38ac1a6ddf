// Demo people with identifiers that pass every check the desk runs: a Russian name whose
// patronymic is its father's name in the right sex, a SNILS and an ОМС number with valid
// check digits, a passport of the Kamchatka series (OKATO 30 + the year of issue) issued at
// 14, 20 or 45 as the law has it, or a birth certificate for a child under 14, and an address
// in Kamchatka. The addresses' streets and postcodes are real places; houses and flats are
// made up. A minor comes with the parent who represents them on the statement (issue #11).
import type { Representative } from '../../core/person/representative';
import type { PersonDetails, Sex } from '../../core/person/person';
import { omsCheckDigit } from '../../core/person/oms';
import { SNILS_LAST_UNVERIFIED, snilsCheckNumber } from '../../core/person/snils';
import { transliterate } from '../../core/person/transliterate';
import type { CalendarDate } from '../../core/records/calendarDate';
import { addDays, addYears } from '../../core/records/calendarDate';
import type { DemoRandom } from './demoRandom';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES } from './russianNames';

const SETTLEMENTS: readonly { readonly place: string; readonly streets: readonly string[] }[] = [
  {
    place: '683000, Камчатский край, г. Петропавловск-Камчатский',
    streets: [
      'ул. Ленинская',
      'пр-т Карла Маркса',
      'ул. Советская',
      'пр-т Победы',
      'ул. Ключевская',
      'ул. Академика Королёва',
      'пр-т Рыбаков',
      'ул. Пограничная',
      'ул. Тушканова',
      'ул. Вулканная',
      'ул. Океанская',
    ],
  },
  {
    place: '684000, Камчатский край, г. Елизово',
    streets: ['ул. Ленина', 'ул. Завойко', 'ул. Рябикова', 'ул. Звёздная'],
  },
  {
    place: '684090, Камчатский край, г. Вилючинск',
    streets: ['ул. Кронштадтская', 'ул. Победы', 'ул. Мира'],
  },
  { place: '684300, Камчатский край, с. Мильково', streets: ['ул. Ленинская', 'ул. Советская'] },
  { place: '684350, Камчатский край, с. Эссо', streets: ['ул. Мостовая', 'ул. Советская'] },
  {
    place: '684415, Камчатский край, п. Усть-Камчатск',
    streets: ['ул. Советская', 'ул. Ленина'],
  },
];

const MOBILE_CODES = ['914', '924', '961', '962'] as const;

export type DemoPerson = {
  readonly details: PersonDetails;
  /** The legal representative, for a person under 18 on the day of the visit. */
  readonly representative?: Representative;
};

export function demoSnils(random: DemoRandom): string {
  let body = random.digits(9);
  while (Number(body) <= SNILS_LAST_UNVERIFIED) body = random.digits(9);
  return `${body}${String(snilsCheckNumber(body)).padStart(2, '0')}`;
}

export function demoOms(random: DemoRandom): string {
  const body = `41${random.digits(13)}`;
  return `${body}${String(omsCheckDigit(body))}`;
}

function address(random: DemoRandom): string {
  const settlement = random.pick(SETTLEMENTS);
  const flat = random.chance(0.8) ? `, кв. ${String(random.int(1, 120))}` : '';
  return `${settlement.place}, ${random.pick(settlement.streets)}, д. ${String(random.int(1, 60))}${flat}`;
}

function phone(random: DemoRandom): string {
  return `+7${random.pick(MOBILE_CODES)}${random.digits(7)}`;
}

function passportIssuer(issuedOn: CalendarDate): string {
  if (issuedOn < '2006-01-01') return 'Петропавловск-Камчатским ГОВД Камчатской области';
  if (issuedOn < '2016-06-01') {
    return 'Отделом УФМС России по Камчатскому краю в г. Петропавловске-Камчатском';
  }
  return 'УМВД России по Камчатскому краю';
}

/** The passport of someone born on `birthDate`, as of `day`; undefined before their 14th birthday's. */
function passport(
  random: DemoRandom,
  birthDate: CalendarDate,
  day: CalendarDate,
): PersonDetails['document'] | undefined {
  const issues = [14, 20, 45]
    .map((age) => addDays(addYears(birthDate, age), random.int(3, 40)))
    .filter((issuedOn) => issuedOn < day);
  const issuedOn = issues.at(-1);
  if (issuedOn === undefined) return undefined;
  return {
    type: 'ru-passport',
    series: `30${issuedOn.slice(2, 4)}`,
    number: `${String(random.int(1, 9))}${random.digits(5)}`,
    issuedOn,
    issuedBy: passportIssuer(issuedOn),
  };
}

function birthCertificate(random: DemoRandom, birthDate: CalendarDate): PersonDetails['document'] {
  return {
    type: 'birth-certificate',
    series: `${random.pick(['I', 'II'])}-МЛ`,
    number: `${String(random.int(1, 9))}${random.digits(5)}`,
    issuedOn: addDays(birthDate, random.int(5, 30)),
    issuedBy: 'Агентство записи актов гражданского состояния Камчатского края',
  };
}

function formatRu(date: CalendarDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/**
 * A person aged `age` on `day` (the visit). `age` under 18 makes a minor with a parent as
 * representative; under 14 they show their birth certificate.
 */
export function demoPerson(random: DemoRandom, day: CalendarDate, age: number): DemoPerson {
  const sex: Sex = random.chance(0.55) ? 'female' : 'male';
  const [surnameMale, surnameFemale] = random.pick(SURNAMES);
  const father = random.pick(MALE_NAMES);
  const surname = sex === 'male' ? surnameMale : surnameFemale;
  const givenName = sex === 'male' ? random.pick(MALE_NAMES)[0] : random.pick(FEMALE_NAMES);
  const patronymic = sex === 'male' ? father[1] : father[2];
  const birthDate = addDays(addYears(day, -age), -random.int(1, 360));
  const certificate = birthCertificate(random, birthDate);
  const home = address(random);
  const details: PersonDetails = {
    surname,
    givenName,
    patronymic,
    surnameLatin: transliterate(surname),
    givenNameLatin: transliterate(givenName),
    sex,
    birthDate,
    document: passport(random, birthDate, day) ?? certificate,
    ...(random.chance(0.9) ? { snils: demoSnils(random) } : {}),
    ...(random.chance(0.75) ? { oms: demoOms(random) } : {}),
    ...(age >= 12 && random.chance(0.9) ? { phone: phone(random) } : {}),
    address: home,
  };
  if (age >= 18) return { details };
  const byFather = random.chance(0.35);
  const parentBirth = addYears(birthDate, -random.int(22, 38));
  const representative: Representative = {
    surname: byFather ? surnameMale : surnameFemale,
    givenName: byFather ? father[0] : random.pick(FEMALE_NAMES),
    patronymic: byFather ? random.pick(MALE_NAMES)[1] : random.pick(MALE_NAMES)[2],
    sex: byFather ? 'male' : 'female',
    birthDate: parentBirth,
    document: passport(random, parentBirth, day) ?? birthCertificate(random, parentBirth),
    address: home,
    phone: phone(random),
    basis: 'parent',
    basisDocument: `Свидетельство о рождении ${certificate.series ?? ''} № ${certificate.number} от ${formatRu(certificate.issuedOn ?? birthDate)}`,
  };
  return { details, representative };
}

/** The surname with two inner letters swapped: the clerk's typo a correction puts right. */
export function misspelt(surname: string): string {
  const letters = Array.from(surname);
  for (let i = 1; i + 2 < letters.length; i++) {
    const [a, b] = [letters[i], letters[i + 1]];
    if (a !== undefined && b !== undefined && a !== b) {
      letters[i] = b;
      letters[i + 1] = a;
      return letters.join('');
    }
  }
  return `${surname}а`;
}
