import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../core/records/calendarDate';
import { examplePerson, exampleRepresentative } from '../../../core/records/examples';
import { exampleRequisites } from '../../../core/clinic/examples';
import { FIXTURE_CLINIC } from '../../../desk/deskFixture';
import { clinicRequisitesSchema } from '../../../core/clinic/requisites';
import type { ConsentParties } from './personalDataConsent';
import { BLANK, personalDataConsent } from './personalDataConsent';

const person = examplePerson({
  address: 'г. Петропавловск-Камчатский, ул. Ленинская, д. 1, кв. 2',
  document: {
    type: 'ru-passport',
    series: '3005',
    number: '123456',
    issuedOn: '2015-04-20' as CalendarDate,
    issuedBy: 'УМВД России по Камчатскому краю',
  },
});
const clinic = {
  ...FIXTURE_CLINIC,
  settings: {
    ...FIXTURE_CLINIC.settings,
    requisites: clinicRequisitesSchema.parse(exampleRequisites()),
  },
};
const parties: ConsentParties = {
  person,
  representative: undefined,
  representativeGives: false,
  clinic,
};
const russian = (p: ConsentParties) =>
  personalDataConsent(p)
    .map((passage) => passage.ru)
    .join('\n');

describe('the personal-data consent printed with the statement', () => {
  it('names the subject with address and the document’s number, date of issue and issuer', () => {
    const text = russian(parties);
    expect(text).toContain('Я, Щербаков Артём Ильич, адрес: г. Петропавловск-Камчатский');
    expect(text).toContain(
      'паспорт РФ 30 05 123456, выдан 20.04.2015 УМВД России по Камчатскому краю',
    );
  });

  it('names the operator from the clinic’s requisites: short name, ОГРН, ИНН and address', () => {
    const text = russian(parties);
    expect(text).toContain(`${exampleRequisites().shortName} (ОГРН 1027700132195, ИНН 7707083893)`);
    expect(text).toContain(`адрес: ${exampleRequisites().address}`);
  });

  it('states purpose, data, actions, the register, term and how to withdraw', () => {
    const text = russian(parties);
    for (const element of ['Цель:', 'Данные:', 'Действия:', 'региональный регистр', 'отозвать']) {
      expect(text).toContain(element);
    }
  });

  it('promises no federal transfer while the register does not transfer', () => {
    const text = russian({ ...parties, clinic: { ...clinic, federalTransfer: false } });
    expect(text).toContain('В федеральные информационные системы сведения не передаются.');
    expect(text).not.toContain('федеральный регистр');
    expect(russian(parties)).toContain('не передаются');
  });

  it('names the federal register when the register is configured to transfer', () => {
    const consent = personalDataConsent({
      ...parties,
      clinic: { ...clinic, federalTransfer: true },
    });
    const all = consent.map((p) => `${p.ru}\n${p.en}`).join('\n');
    expect(all).toContain('передаются также в федеральный регистр');
    expect(all).toContain('also sent to the federal register');
    expect(all).not.toContain('не передаются');
  });

  it('leaves a blank to write in where the card lacks the address', () => {
    expect(russian({ ...parties, person: { ...person, address: undefined } })).toContain(
      `адрес: ${BLANK}`,
    );
  });

  it('is given by the representative for a child, naming both and the basis', () => {
    const text = russian({
      ...parties,
      representative: exampleRepresentative(),
      representativeGives: true,
    });
    expect(text).toMatch(
      /^Я, Иванова Мария Петровна, .*законный представитель \(родитель; документ: Свидетельство о рождении/,
    );
    expect(text).toContain('субъекта персональных данных — Щербаков Артём Ильич');
    expect(text).toContain('паспорт РФ 30 05 654321, выдан 20.04.2015');
    expect(text).toContain('данные законного представителя');
  });

  it('falls back to the clinic’s name and address before requisites are entered', () => {
    const text = russian({ ...parties, clinic: FIXTURE_CLINIC });
    expect(text).toContain(`${FIXTURE_CLINIC.nameRu}, адрес: ${FIXTURE_CLINIC.address}`);
  });
});
