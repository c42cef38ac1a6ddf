import type { Locator, Page } from 'playwright-core';
import { openSection } from './sections';

// The registry desk as a clerk drives it, from the person's registration to the result
// (the certificates are Desk.ts's): one method per thing a clerk does, in Russian labels as
// the clerk sees them, so a test reads like the procedure.

export type NewPerson = {
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic?: string;
  readonly birthDate: string;
  readonly sex: 'Женский' | 'Мужской';
  readonly document: string;
  readonly snils?: string;
  readonly phone?: string;
  /**
   * What the personal-data consent must name (issue #11): without them the statement is not
   * signed, so `fillPerson` types a plausible default for each one left out.
   */
  readonly address?: string;
  /** dd.mm.yyyy; default: the birth date, plus 14 years for a passport. */
  readonly documentIssuedOn?: string;
  readonly documentIssuedBy?: string;
};

/** A date of issue the person form accepts: not before birth, a passport not before 14. */
function defaultIssuedOn(person: NewPerson): string {
  const [day = '01', month = '01', year = '2000'] = person.birthDate.split('.');
  const passport = /^\d/.test(person.document);
  return `${day}.${month}.${String(Number(year) + (passport ? 14 : 0))}`;
}

/** The ФН of the cash register the browser tests' receipts come from. */
export const TEST_FISCAL_DRIVE = '7284440500123456';

/** The demo clinic's quantitative IgG kit, as the sample form's list names it. */
export const DEMO_IGG_KIT = 'SARS-CoV-2-IgG количественный-ИФА-БЕСТ (IgG, ELISA)';

export class DeskCase {
  constructor(protected readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The error shown next to a field, by the field's id. */
  errorOf(fieldId: string): Locator {
    return this.page.locator(`#${fieldId}-error`);
  }

  async openNewPersonForm(): Promise<void> {
    await openSection(this.page, {
      nav: 'Разделы регистратуры',
      link: 'Новый пациент',
      heading: 'Новый пациент',
    });
  }

  async fillPerson(person: NewPerson): Promise<void> {
    await this.field('Фамилия').fill(person.surname);
    await this.field('Имя').fill(person.givenName);
    if (person.patronymic !== undefined)
      await this.field('Отчество (если есть)').fill(person.patronymic);
    await this.field('Дата рождения').fill(person.birthDate);
    await this.page.getByText(person.sex, { exact: true }).click();
    await this.field('Серия и номер').fill(person.document);
    if (person.snils !== undefined) await this.field('СНИЛС (если есть)').fill(person.snils);
    if (person.phone !== undefined) await this.field('Телефон (если есть)').fill(person.phone);
    await this.page
      .getByLabel(/^Адрес/)
      .fill(person.address ?? 'г. Петропавловск-Камчатский, ул. Ленинская, д. 1, кв. 2');
    await this.page
      .getByLabel(/^Дата выдачи/)
      .fill(person.documentIssuedOn ?? defaultIssuedOn(person));
    await this.page
      .getByLabel(/^Кем выдан/)
      .fill(person.documentIssuedBy ?? 'УМВД России по Камчатскому краю');
  }

  async submitPerson(): Promise<void> {
    await this.page.getByRole('button', { name: 'Зарегистрировать', exact: true }).click();
  }

  async registerPerson(person: NewPerson): Promise<void> {
    await this.openNewPersonForm();
    await this.fillPerson(person);
    await this.submitPerson();
    await this.page.getByRole('button', { name: 'Новое обращение (заявление)' }).waitFor();
  }

  /** Registers a walk-in citizen and opens their statement, ticked and marked signed. */
  async openSignedStatement(person: NewPerson): Promise<void> {
    await this.registerPerson(person);
    await this.startApplication();
    await this.tickStatement();
    await this.markStatementSigned();
  }

  async startApplication(): Promise<void> {
    await this.page.getByRole('button', { name: 'Новое обращение (заявление)' }).click();
    await this.page.getByRole('heading', { level: 2, name: /Заявление/ }).waitFor();
  }

  async tickStatement(): Promise<void> {
    await this.page.getByText('Пациент согласен на обработку персональных данных').click();
    await this.page.getByText('Пациент согласен на оказание платной услуги').click();
    await this.page.getByText('Документ, удостоверяющий личность, предъявлен и проверен').click();
  }

  async openStatementPrint(): Promise<Locator> {
    await this.page.getByRole('link', { name: 'Заявление для подписи' }).click();
    const statement = this.page.getByRole('article', { name: 'ЗАЯВЛЕНИЕ' });
    await statement.waitFor();
    return statement;
  }

  async backFromPrint(): Promise<void> {
    await this.page.getByRole('link', { name: 'Назад' }).click();
  }

  /**
   * Marks the statement signed and then, unless told not to, the ИДС to the blood draw too
   * (issue #11: a sample needs it), as the registry does before sending the citizen on.
   */
  async markStatementSigned(options: { readonly withConsent?: boolean } = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Заявление подписано' }).click();
    await this.page.getByText(/^Заявление подписано \d\d\.\d\d\.\d{4}/).waitFor();
    if (options.withConsent !== false) await this.markConsentSigned();
  }

  /**
   * Types a cash register's receipt as a cashier copies it from the paper (issue #11): the
   * form's own time (now) and operation type stay; `receipt` is the ФД number, and the sum is
   * the price the page shows unless `sum` is given.
   */
  async typeReceipt(
    form: 'payment-receipt' | 'refund-receipt',
    receipt: { readonly document: string; readonly sum?: string },
  ): Promise<void> {
    const price =
      form === 'payment-receipt'
        ? this.page.locator('.price-line strong')
        : this.page
            .getByTestId('contract-paid')
            .locator('.facts-row', { hasText: 'Цена' })
            .locator('dd');
    const sum = receipt.sum ?? ((await price.textContent()) ?? '').replace(/[^\d,]/g, '');
    await this.page.locator(`#${form}-s`).fill(sum);
    await this.page.locator(`#${form}-fn`).fill(TEST_FISCAL_DRIVE);
    await this.page.locator(`#${form}-i`).fill(receipt.document);
    await this.page.locator(`#${form}-fp`).fill('2819037465');
  }

  /** Opens the ИДС to the blood draw for printing (issue #11), from the statement's page. */
  async openConsentPrint(): Promise<Locator> {
    await this.page.getByRole('link', { name: 'ИДС для подписи' }).click();
    const consent = this.page.getByRole('article', {
      name: 'ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ',
    });
    await consent.waitFor();
    return consent;
  }

  /** Marks the printed ИДС signed: a new sample needs it. */
  async markConsentSigned(): Promise<void> {
    await this.page.getByRole('button', { name: 'ИДС подписано', exact: true }).click();
    await this.page.getByTestId('consent-signed').waitFor();
  }

  /** Prints the ИДС, goes back and marks it signed, as a clerk does before the blood draw. */
  async takeInterventionConsent(): Promise<void> {
    await this.openConsentPrint();
    await this.backFromPrint();
    await this.markConsentSigned();
  }

  /** Records the citizen's withdrawal of the consents named by their checkbox labels. */
  async withdrawConsent(
    consents: readonly ('Согласие на обработку персональных данных' | 'ИДС на забор крови')[],
    note = '',
  ): Promise<void> {
    await this.page.getByRole('button', { name: 'Пациент отзывает согласие' }).click();
    const form = this.page.getByTestId('consent-withdrawal-form');
    for (const consent of consents) await form.getByText(consent, { exact: true }).click();
    if (note !== '') await form.getByLabel('Пояснение (необязательно)').fill(note);
    await form.getByRole('button', { name: 'Записать отзыв согласия' }).click();
    await this.page.getByTestId('consent-withdrawn').waitFor();
  }

  /** `service` is a price-list code of the demo clinic; the form's first test otherwise. */
  async recordPaidContract(payment: {
    method: 'Наличные' | 'Банковская карта';
    receipt: string;
    service?: string;
  }): Promise<string> {
    if (payment.service !== undefined) {
      await this.field('Услуга').selectOption(payment.service);
    }
    await this.page.getByText(payment.method, { exact: true }).click();
    await this.typeReceipt('payment-receipt', { document: payment.receipt });
    await this.page.getByRole('button', { name: 'Заключить договор и записать оплату' }).click();
    const paid = this.page.getByTestId('contract-paid');
    await paid.waitFor();
    return (await paid.locator('dd').first().textContent()) ?? '';
  }

  /**
   * Records the sample with `kit`, the kit's option label: by default the demo's quantitative
   * IgG kit, one of the two its first test (igg-quant) is performed with, so the clerk chooses.
   * `null` leaves the form's own choice (a service with one kit, a retest).
   */
  async recordSample(tubeLabel: string, kit: string | null = DEMO_IGG_KIT): Promise<void> {
    await this.field('Номер пробирки (этикетка)').fill(tubeLabel);
    if (kit !== null) await this.field('Тест-система').selectOption({ label: kit });
    await this.page.getByRole('button', { name: 'Записать взятие образца' }).click();
  }

  /** Types the value and returns the interpretation the desk computed before confirming. */
  async enterResult(value: string): Promise<string> {
    const computed = await this.typeResult(value);
    await this.confirmResult();
    return computed;
  }

  /** Types the value and presses "Сохранить": the confirmation shows, nothing is written. */
  async typeResult(value: string): Promise<string> {
    await this.page.getByLabel(/^Значение/).fill(value);
    const computed = (await this.page.getByTestId('computed-interpretation').textContent()) ?? '';
    await this.page.getByRole('button', { name: 'Сохранить результат', exact: true }).click();
    await this.resultConfirmation().waitFor();
    return computed;
  }

  /** The large value and interpretation shown for a second look before the result is written. */
  resultConfirmation(): Locator {
    return this.page.getByRole('group', { name: 'Проверьте результат перед записью' });
  }

  async confirmResult(): Promise<void> {
    await this.resultConfirmation()
      .getByRole('button', { name: 'Подтвердить', exact: true })
      .click();
    await this.page.getByTestId('result-interpretation').waitFor();
  }

  checklist(): Locator {
    return this.page
      .getByRole('list', { name: 'Проверка перед выдачей справки' })
      .getByRole('listitem');
  }

  async search(query: string): Promise<Locator> {
    await this.page.getByRole('link', { name: 'Поиск', exact: true }).click();
    await this.page.getByLabel(/^Фамилия, СНИЛС/).fill(query);
    return this.page.getByRole('list', { name: 'Найденные пациенты' }).getByRole('listitem');
  }

  async openJournal(): Promise<Locator> {
    await this.page.getByRole('link', { name: 'Журнал дня' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Журнал дня' }).waitFor();
    return this.page.locator('.journal > li');
  }

  async correctLatinGivenName(latin: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Изменить данные' }).click();
    await this.field('Имя латиницей').fill(latin);
    await this.page.getByRole('button', { name: 'Сохранить изменения' }).click();
    await this.page.getByRole('link', { name: 'Изменить данные' }).waitFor();
  }

  async openRefund(): Promise<void> {
    await this.page.getByRole('button', { name: 'Возврат оплаты' }).click();
  }

  /** Types the refund's receipt (n=2, ФД `receipt`) and the reason, and confirms. */
  async confirmRefund(reason: string, receipt = '9001'): Promise<void> {
    await this.typeReceipt('refund-receipt', { document: receipt });
    await this.page.getByLabel('Причина возврата').fill(reason);
    await this.page.getByRole('button', { name: 'Оформить возврат' }).click();
  }

  /** The statement step's note that a paid contract must be refunded before withdrawal. */
  refundFirstNote(): Locator {
    return this.page.getByText('По договору внесена оплата. Сначала оформите возврат оплаты');
  }

  async withdrawStatement(reason: string): Promise<void> {
    const field = this.page.getByLabel('Причина отзыва заявления');
    if (!(await field.isVisible())) {
      await this.page
        .getByRole('button', { name: 'Пациент передумал — отозвать заявление' })
        .click();
    }
    await field.fill(reason);
    await this.page.getByRole('button', { name: 'Отозвать заявление', exact: true }).click();
  }

  /** The sync badge of the person whose card is open: "в регистре" once the register has it. */
  personSync(): Locator {
    return this.page.locator('section[aria-labelledby="person-title"] > .sync-badge');
  }

  async syncNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Синхронизировать' }).click();
  }
}
