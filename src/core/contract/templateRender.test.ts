import { describe, expect, it } from 'vitest';
import { clinicRequisitesSchema } from '../clinic/requisites';
import type { CalendarDate } from '../records/calendarDate';
import { exampleContract, examplePerson, exampleRepresentative } from '../records/examples';
import { exampleRequisites } from '../clinic/examples';
import type { ContractToRender, RenderedContract } from './templateRender';
import { renderContract } from './templateRender';
import { RU_DEFAULT_2026_12 } from './templateRuDefault';

const REQUISITES = clinicRequisitesSchema.parse(exampleRequisites());
// The example contract is written on 20.11.2026 (00:15 UTC, 12:15 in Kamchatka).
const ADULT: ContractToRender = {
  template: RU_DEFAULT_2026_12,
  contract: exampleContract(),
  person: examplePerson(),
  representative: undefined,
  requisites: REQUISITES,
  utcOffsetMinutes: 720,
};
const GIRL_OF_TEN = examplePerson({
  surname: 'Иванова',
  givenName: 'Анна',
  patronymic: 'Сергеевна',
  sex: 'female',
  birthDate: '2016-01-25' as CalendarDate,
  document: { type: 'birth-certificate', series: 'IV-МЮ', number: '123456' },
});
const BOY_OF_SIXTEEN = examplePerson({
  surname: 'Иванов',
  givenName: 'Пётр',
  patronymic: 'Сергеевич',
  birthDate: '2010-05-02' as CalendarDate,
});

function rendered(input: ContractToRender): RenderedContract {
  const result = renderContract(input);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

/** Every printed string of the contract, to look for leftovers. */
function allText(contract: RenderedContract): string {
  return [
    contract.title,
    contract.subtitle,
    contract.preamble,
    ...contract.clauses.flatMap((c) => [c.heading, ...c.paragraphs]),
    ...contract.parties.flatMap((p) => [p.title, ...p.lines, p.signer ?? '', p.note ?? '']),
    contract.footer,
  ].join('\n');
}

describe('the contract for a paid medical service, filled from its template', () => {
  it('names an adult consumer as the party, the head physician in the genitive, and two copies', () => {
    const contract = rendered(ADULT);
    expect(contract.title).toBe('ДОГОВОР № KAM01-T03-2026-000042');
    expect(contract.subtitle).toBe('на оказание платной медицинской услуги от 20.11.2026');
    expect(contract.preamble).toBe(
      'Государственное бюджетное учреждение здравоохранения Камчатского края «Городская ' +
        'поликлиника № 3» (далее — «Исполнитель») в лице главного врача Ивановой Марии ' +
        'Петровны, с одной стороны, и Щербаков Артём Ильич, 31.08.1985 г. р. (далее — ' +
        '«Потребитель»), с другой стороны, вместе — «Стороны», заключили настоящий договор о ' +
        'нижеследующем.',
    );
    expect(contract.parties.map((p) => [p.role, p.signer])).toEqual([
      ['provider', 'Главный врач Иванова М. П.'],
      ['consumer', 'Щербаков А. И.'],
    ]);
    expect(contract.copies).toEqual(['Экземпляр Исполнителя', 'Экземпляр Потребителя']);
    expect(allText(contract)).toContain('в двух экземплярах');
    expect(contract.templateVersion).toBe('ru-default-2026-12');
    expect(contract.footer).toBe('Договор по шаблону ru-default-2026-12');
  });

  it('states the service and its price from the contract, and the provider licence and requisites', () => {
    const contract = rendered(ADULT);
    const text = allText(contract);
    expect(text).toContain(
      '«Определение антител к SARS-CoV-2 (IgG)» (код A26.06.036.001 по прейскуранту',
    );
    expect(text).toContain('Стоимость услуги по прейскуранту Исполнителя — 950,00\u00a0₽');
    expect(text).toContain(
      'лицензии на осуществление медицинской деятельности № Л041-01184-41/00312345 от ' +
        '15.03.2022 (лицензирующий орган — Министерство здравоохранения Камчатского края)',
    );
    expect(contract.parties[0]?.lines).toEqual([
      'ГБУЗ КК «ГП № 3»',
      'Адрес: 683032, г. Петропавловск-Камчатский, ул. Ленинская, д. 1',
      'ОГРН: 1027700132195',
      'ИНН/КПП: 7707083893/773601001',
      'Телефон: +7 (4152) 41-20-00',
      'Лицензия: № Л041-01184-41/00312345 от 15.03.2022, Министерство здравоохранения Камчатского края',
    ]);
    expect(contract.parties[1]?.lines).toEqual([
      'Щербаков Артём Ильич',
      'Дата рождения: 31.08.1985',
      'Документ: паспорт гражданина РФ 30 05 123456',
      'Телефон: +7 914 123-45-67',
    ]);
    expect(text).not.toMatch(/\{\{|\}\}|____|undefined/);
  });

  it('makes the representative of a child under 14 the customer who signs, the child not signing', () => {
    const contract = rendered({
      ...ADULT,
      person: GIRL_OF_TEN,
      representative: exampleRepresentative(),
    });
    expect(contract.preamble).toContain(
      'с одной стороны, и Иванова Мария Петровна (родитель; Свидетельство о рождении IV-МЮ ' +
        '123456 от 01.02.2016) (далее — «Заказчик»), действующая в интересах несовершеннолетней ' +
        'Ивановой Анны Сергеевны, 25.01.2016 г. р. (далее — «Потребитель»), с другой стороны',
    );
    expect(contract.parties.map((p) => [p.role, p.title, p.signer])).toEqual([
      ['provider', 'Исполнитель', 'Главный врач Иванова М. П.'],
      ['consumer', 'Потребитель', undefined],
      ['representative', 'Заказчик — законный представитель Потребителя', 'Иванова М. П.'],
    ]);
    expect(contract.parties[2]?.lines).toContain(
      'Документ: паспорт гражданина РФ 30 05 654321, выдан 20.04.2015 УМВД России по Камчатскому краю',
    );
    expect(contract.parties[2]?.note).toBeUndefined();
    expect(contract.copies).toHaveLength(2);
  });

  it('has a minor of 14 to 18 sign with the representative’s written consent line', () => {
    const contract = rendered({
      ...ADULT,
      person: BOY_OF_SIXTEEN,
      representative: exampleRepresentative(),
    });
    expect(contract.preamble).toContain(
      'и Иванов Пётр Сергеевич, 02.05.2010 г. р. (далее — «Потребитель»), действующий с ' +
        'письменного согласия законного представителя Ивановой Марии Петровны (родитель), с ' +
        'другой стороны',
    );
    const [, consumer, representative] = contract.parties;
    expect(consumer?.signer).toBe('Иванов П. С.');
    expect(representative?.title).toBe('Законный представитель Потребителя');
    expect(representative?.note).toBe(
      'С заключением договора несовершеннолетним согласна (ст. 26 ГК РФ) законный представитель ' +
        'Иванова Мария Петровна',
    );
    expect(representative?.signer).toBe('Иванова М. П.');
  });

  it('writes the consent line for a father in the masculine', () => {
    const father = exampleRepresentative({
      surname: 'Иванов',
      givenName: 'Сергей',
      patronymic: 'Олегович',
      sex: 'male',
    });
    const contract = rendered({ ...ADULT, person: BOY_OF_SIXTEEN, representative: father });
    expect(contract.parties[2]?.note).toMatch(
      /^С заключением договора несовершеннолетним согласен /,
    );
    expect(contract.preamble).toContain('законного представителя Иванова Сергея Олеговича');
  });

  it('names another payer as the customer, who signs and gets a third copy', () => {
    const contract = rendered({
      ...ADULT,
      contract: exampleContract({ payer: { kind: 'other', name: 'ООО «Камчатрыбпром»' } }),
    });
    expect(contract.preamble).toContain(
      '(далее — «Потребитель»), а также ООО «Камчатрыбпром» (далее — «Заказчик») как ' +
        'плательщик за услугу в пользу Потребителя, с другой стороны',
    );
    expect(contract.parties.map((p) => p.role)).toEqual(['provider', 'consumer', 'customer']);
    expect(contract.parties[2]?.lines).toEqual(['ООО «Камчатрыбпром»']);
    expect(contract.copies).toEqual([
      'Экземпляр Исполнителя',
      'Экземпляр Потребителя',
      'Экземпляр Заказчика',
    ]);
    expect(allText(contract)).toContain('в трёх экземплярах');
  });

  it('keeps the representative of a child under 14 as representative when another payer is the customer', () => {
    const contract = rendered({
      ...ADULT,
      person: GIRL_OF_TEN,
      representative: exampleRepresentative(),
      contract: exampleContract({ payer: { kind: 'other', name: 'Иванов Сергей Олегович' } }),
    });
    expect(contract.preamble).toContain(
      '01.02.2016) — законный представитель несовершеннолетней Ивановой Анны Сергеевны',
    );
    expect(contract.parties.map((p) => [p.role, p.title])).toEqual([
      ['provider', 'Исполнитель'],
      ['consumer', 'Потребитель'],
      ['representative', 'Законный представитель Потребителя'],
      ['customer', 'Заказчик'],
    ]);
  });

  it('judges the age on the contract’s date: 14 that day means the minor signs', () => {
    const turnsFourteen = examplePerson({ birthDate: '2012-11-20' as CalendarDate });
    const contract = rendered({
      ...ADULT,
      person: turnsFourteen,
      representative: exampleRepresentative(),
    });
    expect(contract.parties[1]?.signer).toBe('Щербаков А. И.');
    expect(contract.parties[2]?.note).toBeDefined();
  });

  it('ignores a representative for an adult', () => {
    const contract = rendered({ ...ADULT, representative: exampleRepresentative() });
    expect(contract.parties.map((p) => p.role)).toEqual(['provider', 'consumer']);
  });

  it('prints a hand-corrected genitive of the child', () => {
    const contract = rendered({
      ...ADULT,
      person: { ...GIRL_OF_TEN, declined: { genitive: 'Ивановой Анны-Марии Сергеевны' } },
      representative: exampleRepresentative(),
    });
    expect(contract.preamble).toContain('несовершеннолетней Ивановой Анны-Марии Сергеевны');
  });

  it('refuses to print a contract without the clinic requisites', () => {
    expect(renderContract({ ...ADULT, requisites: undefined })).toEqual({
      ok: false,
      reason: 'contract-requisites-missing',
    });
  });

  it('refuses to print a minor’s contract with no representative on the statement', () => {
    expect(renderContract({ ...ADULT, person: BOY_OF_SIXTEEN })).toEqual({
      ok: false,
      reason: 'contract-representative-missing',
    });
  });

  it('prints the head physician undeclined when the name gives no sex', () => {
    const contract = rendered({
      ...ADULT,
      requisites: { ...REQUISITES, headPhysician: 'Ким Виктория' },
    });
    expect(contract.preamble).toContain('в лице главного врача Ким Виктория, с одной стороны');
  });
});
