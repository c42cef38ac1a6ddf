import { beforeAll, describe, expect, it } from 'vitest';
import type i18next from 'i18next';
import { minorStanding } from '../../../core/person/minorRules';
import type { CalendarDate } from '../../../core/records/calendarDate';
import { examplePerson, exampleRepresentative } from '../../../core/records/examples';
import { initI18n } from '../../i18n';
import { representativePassages } from './representativePassages';

const STATEMENT_DAY = '2026-12-01' as CalendarDate;
const boy = (birthDate: string) =>
  examplePerson({
    surname: 'Иванов',
    givenName: 'Пётр',
    patronymic: 'Сергеевич',
    birthDate: birthDate as CalendarDate,
  });

describe('the representative’s lines on a minor’s statement', () => {
  let i18n: typeof i18next;
  beforeAll(async () => {
    i18n = await initI18n('ru');
  });
  const passages = (person: ReturnType<typeof boy>, withMother = true) =>
    representativePassages(
      person,
      withMother ? exampleRepresentative() : undefined,
      minorStanding(person.birthDate, STATEMENT_DAY),
      i18n.getFixedT('ru'),
      i18n.getFixedT('en'),
    );

  it('writes a ten-year-old’s statement from the mother in his interests, in the genitive', () => {
    const party = passages(boy('2016-01-20'));
    expect(party.from.map((line) => line.ru)).toEqual([
      'от Ивановой Марии Петровны',
      'законного представителя (родитель), в интересах несовершеннолетнего Иванова Петра Сергеевича',
    ]);
    expect(party.from[0]?.en).toBe('from Иванова Мария Петровна');
    expect(party.request?.ru).toContain('исследование крови Иванова Петра Сергеевича');
    expect(party.signature?.ru).toBe('подпись законного представителя / расшифровка');
    expect(party.consent).toBeUndefined();
  });

  it('prints the hand-corrected genitive of the representative', () => {
    const person = boy('2016-01-20');
    const party = representativePassages(
      person,
      exampleRepresentative({ declined: { genitive: 'Ивановой Марьи Петровны' } }),
      minorStanding(person.birthDate, STATEMENT_DAY),
      i18n.getFixedT('ru'),
      i18n.getFixedT('en'),
    );
    expect(party.from[0]?.ru).toBe('от Ивановой Марьи Петровны');
  });

  it('lets a sixteen-year-old write it, with the mother’s consent and her signature line', () => {
    const party = passages(boy('2010-05-01'));
    expect(party.from.map((line) => line.ru)).toEqual(['от Иванова Петра Сергеевича']);
    expect(party.request).toBeUndefined();
    expect(party.signature).toBeUndefined();
    expect(party.consent?.text.ru).toBe(
      'Я, Иванова Мария Петровна (родитель, паспорт РФ 30 05 654321), даю согласие на подачу настоящего заявления, заключение договора и получение платной медицинской услуги (ст. 26 ГК РФ).',
    );
    expect(party.consent?.signature.ru).toBe('подпись законного представителя / расшифровка');
  });

  it('prints an adult’s statement from the adult, with nothing of a representative', () => {
    const party = passages(boy('1990-01-01'), false);
    expect(party).toEqual({
      from: [{ ru: 'от Иванова Петра Сергеевича', en: 'from Иванов Пётр Сергеевич' }],
    });
  });
});
