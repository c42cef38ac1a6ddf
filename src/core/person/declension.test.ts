import { describe, expect, it } from 'vitest';
import type { NameToDecline } from './declension';
import { declineByRules, declinedName } from './declension';
import type { Sex } from './person';

function person(sex: Sex, full: string, declined?: NameToDecline['declined']): NameToDecline {
  const [surname = '', givenName = '', patronymic] = full.split(' ');
  return {
    surname,
    givenName,
    sex,
    ...(patronymic === undefined ? {} : { patronymic }),
    ...(declined === undefined ? {} : { declined }),
  };
}

// [sex, nominative, genitive, dative]: real names, checked against the grammar of Russian
// surnames (Розенталь, «Справочник по правописанию и литературной правке», § 177).
const NAMES: readonly (readonly [Sex, string, string, string])[] = [
  ['male', 'Иванов Иван Иванович', 'Иванова Ивана Ивановича', 'Иванову Ивану Ивановичу'],
  ['female', 'Иванова Мария Петровна', 'Ивановой Марии Петровны', 'Ивановой Марии Петровне'],
  ['male', 'Толстой Лев Николаевич', 'Толстого Льва Николаевича', 'Толстому Льву Николаевичу'],
  ['female', 'Толстая Софья Андреевна', 'Толстой Софьи Андреевны', 'Толстой Софье Андреевне'],
  ['male', 'Щербаков Артём Ильич', 'Щербакова Артёма Ильича', 'Щербакову Артёму Ильичу'],
  // Double-barrelled: each part declines by its own ending.
  [
    'male',
    'Римский-Корсаков Николай Андреевич',
    'Римского-Корсакова Николая Андреевича',
    'Римскому-Корсакову Николаю Андреевичу',
  ],
  [
    'female',
    'Петрова-Водкина Анна Сергеевна',
    'Петровой-Водкиной Анны Сергеевны',
    'Петровой-Водкиной Анне Сергеевне',
  ],
  [
    'male',
    'Петров-Водкин Кузьма Сергеевич',
    'Петрова-Водкина Кузьмы Сергеевича',
    'Петрову-Водкину Кузьме Сергеевичу',
  ],
  [
    'female',
    'Кузьмина-Караваева Елизавета Юрьевна',
    'Кузьминой-Караваевой Елизаветы Юрьевны',
    'Кузьминой-Караваевой Елизавете Юрьевне',
  ],
  // A fixed first part: petrovich 0.2.1 gets these wrong by itself (declension.ts).
  [
    'male',
    'Бонч-Бруевич Владимир Дмитриевич',
    'Бонч-Бруевича Владимира Дмитриевича',
    'Бонч-Бруевичу Владимиру Дмитриевичу',
  ],
  [
    'male',
    'Тер-Петросян Левон Акопович',
    'Тер-Петросяна Левона Акоповича',
    'Тер-Петросяну Левону Акоповичу',
  ],
  // Indeclinable surnames: in -ко, -о, -их/-ых, and a foreign one in a stressed -а (Дюма).
  [
    'male',
    'Шевченко Тарас Григорьевич',
    'Шевченко Тараса Григорьевича',
    'Шевченко Тарасу Григорьевичу',
  ],
  ['female', 'Шевченко Оксана Ивановна', 'Шевченко Оксаны Ивановны', 'Шевченко Оксане Ивановне'],
  ['male', 'Дюма Александр Ильич', 'Дюма Александра Ильича', 'Дюма Александру Ильичу'],
  ['male', 'Дурново Пётр Николаевич', 'Дурново Петра Николаевича', 'Дурново Петру Николаевичу'],
  ['male', 'Черных Илья Ильич', 'Черных Ильи Ильича', 'Черных Илье Ильичу'],
  ['female', 'Черных Любовь Кузьминична', 'Черных Любови Кузьминичны', 'Черных Любови Кузьминичне'],
  ['female', 'Долгих Вера Ивановна', 'Долгих Веры Ивановны', 'Долгих Вере Ивановне'],
  // A surname ending in a consonant declines for a man and not for a woman.
  ['male', 'Ковальчук Никита Фомич', 'Ковальчука Никиты Фомича', 'Ковальчуку Никите Фомичу'],
  ['female', 'Ковальчук Ольга Никитична', 'Ковальчук Ольги Никитичны', 'Ковальчук Ольге Никитичне'],
  ['male', 'Гоголь Николай Васильевич', 'Гоголя Николая Васильевича', 'Гоголю Николаю Васильевичу'],
  ['female', 'Гоголь Мария Ивановна', 'Гоголь Марии Ивановны', 'Гоголь Марии Ивановне'],
  ['male', 'Кравец Олег Сергеевич', 'Кравца Олега Сергеевича', 'Кравцу Олегу Сергеевичу'],
  ['female', 'Кравец Инна Сергеевна', 'Кравец Инны Сергеевны', 'Кравец Инне Сергеевне'],
  ['female', 'Ким Ирина Сергеевна', 'Ким Ирины Сергеевны', 'Ким Ирине Сергеевне'],
  ['male', 'Ким Олег Сергеевич', 'Кима Олега Сергеевича', 'Киму Олегу Сергеевичу'],
  // Given names and patronymics with unusual endings.
  ['male', 'Сорокин Никита Никитич', 'Сорокина Никиты Никитича', 'Сорокину Никите Никитичу'],
  ['male', 'Ульянов Владимир Ильич', 'Ульянова Владимира Ильича', 'Ульянову Владимиру Ильичу'],
  ['male', 'Кукушкин Савва Саввич', 'Кукушкина Саввы Саввича', 'Кукушкину Савве Саввичу'],
  ['male', 'Зайцев Лев Павлович', 'Зайцева Льва Павловича', 'Зайцеву Льву Павловичу'],
  ['male', 'Соловей Павел Игоревич', 'Соловея Павла Игоревича', 'Соловею Павлу Игоревичу'],
  [
    'female',
    'Кузьмина Любовь Кузьминична',
    'Кузьминой Любови Кузьминичны',
    'Кузьминой Любови Кузьминичне',
  ],
  ['female', 'Бах Рахиль Львовна', 'Бах Рахили Львовны', 'Бах Рахили Львовне'],
  ['female', 'Бородина Ия Фоминична', 'Бородиной Ии Фоминичны', 'Бородиной Ии Фоминичне'],
  [
    'female',
    'Хабибуллина Гульнара Ринатовна',
    'Хабибуллиной Гульнары Ринатовны',
    'Хабибуллиной Гульнаре Ринатовне',
  ],
  // A woman's surname ending in a consonant, й or ь is not declined; petrovich declines Цой.
  ['female', 'Цой Нелли Робертовна', 'Цой Нелли Робертовны', 'Цой Нелли Робертовне'],
  ['male', 'Цой Виктор Робертович', 'Цоя Виктора Робертовича', 'Цою Виктору Робертовичу'],
  ['female', 'Соловей Анна Игоревна', 'Соловей Анны Игоревны', 'Соловей Анне Игоревне'],
  ['female', 'Мамина-Сибиряк Ирина', 'Маминой-Сибиряк Ирины', 'Маминой-Сибиряк Ирине'],
];

describe('declinedName by the rules', () => {
  it.each(NAMES)('declines %s %s into the genitive as %s', (sex, full, genitive) => {
    expect(declinedName(person(sex, full), 'genitive').text).toBe(genitive);
  });

  it.each(NAMES)('declines %s %s into the dative', (sex, full, _genitive, dative) => {
    expect(declinedName(person(sex, full), 'dative').text).toBe(dative);
  });

  it('returns each part declined, and no patronymic when the person has none', () => {
    expect(declineByRules(person('female', 'Иванова Мария Петровна'), 'genitive')).toEqual({
      source: 'rules',
      surname: 'Ивановой',
      givenName: 'Марии',
      patronymic: 'Петровны',
      text: 'Ивановой Марии Петровны',
    });
    expect(declineByRules(person('male', 'Кох Роберт'), 'genitive')).toEqual({
      source: 'rules',
      surname: 'Коха',
      givenName: 'Роберта',
      text: 'Коха Роберта',
    });
  });

  // petrovich alone writes «Сашы» for a man: -ы after ш breaks the spelling rule.
  it('takes the sex from the record, not from the name', () => {
    const sasha = { surname: 'Мельник', givenName: 'Саша' };
    expect(declinedName({ ...sasha, sex: 'male' }, 'genitive').text).toBe('Мельника Саши');
    expect(declinedName({ ...sasha, sex: 'female' }, 'genitive').text).toBe('Мельник Саши');
  });
});

describe('declinedName with a form the clerk wrote', () => {
  const aliyeva = person('female', 'Алиева Айгюль Руслан', {
    genitive: 'Алиевой Айгюль Руслан кызы',
  });

  it('prints the clerk’s form for the case they corrected', () => {
    expect(declinedName(aliyeva, 'genitive')).toEqual({
      source: 'clerk',
      text: 'Алиевой Айгюль Руслан кызы',
    });
  });

  it('declines by the rules the cases the clerk left alone', () => {
    expect(declinedName(aliyeva, 'dative')).toMatchObject({ source: 'rules' });
  });

  it('ignores an empty form', () => {
    const blank = person('male', 'Иванов Иван Иванович', { genitive: '' });
    expect(declinedName(blank, 'genitive').text).toBe('Иванова Ивана Ивановича');
  });
});
