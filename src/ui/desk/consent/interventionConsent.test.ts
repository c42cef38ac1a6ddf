import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../core/records/calendarDate';
import { examplePerson, exampleRepresentative } from '../../../core/records/examples';
import { FIXTURE_CLINIC } from '../../../desk/deskFixture';
import { interventionConsentDocument } from './interventionConsent';
import { BLANK } from './personalDataConsent';

describe('the printed ИДС to the blood draw', () => {
  it('is signed by an adult in their own name, with the intervention, risks and refusal', () => {
    const doc = interventionConsentDocument({
      person: examplePerson({ address: 'Елизово' }),
      representative: undefined,
      clinic: FIXTURE_CLINIC,
    });
    expect(doc.opening.ru).toMatch(/^Я, Щербаков Артём Ильич, 31\.08\.1985 года рождения/);
    expect(doc.signerName).toBe('Щербаков Артём Ильич');
    const body = doc.body.map((p) => p.ru).join('\n');
    expect(body).toContain('взятие венозной крови');
    expect(body).toContain('гематома');
    expect(body).toContain('головокружение');
    expect(body).toContain('Альтернативы');
    expect(body).toContain('вправе отказаться');
    expect(doc.body.every((p) => p.en !== '')).toBe(true);
  });

  it('is signed by the representative for a child, naming the child in the genitive', () => {
    const doc = interventionConsentDocument({
      person: examplePerson({
        surname: 'Иванов',
        givenName: 'Пётр',
        patronymic: 'Сергеевич',
        birthDate: '2016-01-20' as CalendarDate,
      }),
      representative: exampleRepresentative(),
      clinic: FIXTURE_CLINIC,
    });
    expect(doc.opening.ru).toContain('Я, Иванова Мария Петровна, 14.07.1988 года рождения');
    expect(doc.opening.ru).toContain(
      'несовершеннолетнего(ей) Иванова Петра Сергеевича, 20.01.2016',
    );
    expect(doc.opening.en).toContain('of the minor Иванов Пётр Сергеевич');
    expect(doc.signerName).toBe('Иванова Мария Петровна');
  });

  it('leaves a blank for the pen where a representative recorded earlier has no birth date', () => {
    const doc = interventionConsentDocument({
      person: examplePerson({ birthDate: '2016-01-20' as CalendarDate }),
      representative: { ...exampleRepresentative(), birthDate: undefined },
      clinic: FIXTURE_CLINIC,
    });
    expect(doc.opening.ru).toContain(`Я, Иванова Мария Петровна, ${BLANK} года рождения`);
  });
});
