import type { Locator, Page } from 'playwright-core';

// The registry desk as a clerk drives it: one method per thing a clerk does, in Russian
// labels as the clerk sees them, so a test reads like the procedure.

export type NewPerson = {
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic?: string;
  readonly birthDate: string;
  readonly sex: 'Женский' | 'Мужской';
  readonly document: string;
  readonly snils?: string;
  readonly phone?: string;
};

export class Desk {
  constructor(private readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The error shown next to a field, by the field's id. */
  errorOf(fieldId: string): Locator {
    return this.page.locator(`#${fieldId}-error`);
  }

  async openNewPersonForm(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Разделы регистратуры' })
      .getByRole('link', { name: 'Новый пациент' })
      .click();
    await this.page.getByRole('heading', { level: 1, name: 'Новый пациент' }).waitFor();
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

  async markStatementSigned(): Promise<void> {
    await this.page.getByRole('button', { name: 'Заявление подписано' }).click();
    await this.page.getByText(/^Заявление подписано \d\d\.\d\d\.\d{4}/).waitFor();
  }

  async recordPaidContract(payment: {
    method: 'Наличные' | 'Банковская карта';
    receipt: string;
  }): Promise<string> {
    await this.page.getByText(payment.method, { exact: true }).click();
    await this.field('Номер чека').fill(payment.receipt);
    await this.page.getByRole('button', { name: 'Заключить договор и записать оплату' }).click();
    const paid = this.page.getByTestId('contract-paid');
    await paid.waitFor();
    return (await paid.locator('dd').first().textContent()) ?? '';
  }

  /** Records the sample; `kit` is the kit's option label, else the form's first kit stays. */
  async recordSample(tubeLabel: string, kit?: string): Promise<void> {
    await this.field('Номер пробирки (этикетка)').fill(tubeLabel);
    if (kit !== undefined) await this.field('Тест-система').selectOption({ label: kit });
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

  async issueCertificate(protocolNumber: string): Promise<Locator> {
    await this.field('Номер протокола комиссии').fill(protocolNumber);
    await this.page.getByRole('button', { name: 'Выдать справку' }).click();
    const certificate = this.page.getByTestId('certificate-document');
    await certificate.waitFor();
    await this.page.getByTestId('certificate-qr').waitFor();
    return certificate;
  }

  /** The bytes of the file a download button gives. */
  async download(
    button: 'Скачать QR (PNG)' | 'Скачать файл .smart-health-card',
  ): Promise<Uint8Array> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  }

  async backToCase(): Promise<void> {
    await this.backFromPrint();
    await this.page.getByRole('heading', { level: 2, name: '5. Справки' }).waitFor();
  }

  /** Opens the duplicate's confirmation of the one certificate that offers it. */
  async openDuplicate(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Выдать дубликат', exact: true }).click();
    const form = this.page.getByTestId('duplicate-form');
    await form.waitFor();
    return form;
  }

  /** Reprints with a reason: a cause's label, or any other text typed as "Другая причина". */
  async reprintDuplicate(reason = 'Утеря'): Promise<Locator> {
    const form = await this.openDuplicate();
    if (reason === 'Утеря' || reason === 'Порча') {
      await form.getByText(reason, { exact: true }).click();
    } else {
      await form.getByText('Другая причина', { exact: true }).click();
      await form.getByLabel('Опишите причину').fill(reason);
    }
    await form.getByRole('button', { name: 'Да, выдать дубликат' }).click();
    const certificate = this.page.getByTestId('certificate-document');
    await certificate.getByText('ДУБЛИКАТ', { exact: true }).waitFor();
    await this.page.getByTestId('certificate-qr').waitFor();
    return certificate;
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

  async correctCertificate(protocolNumber: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Исправить (новая справка)' }).click();
    await this.field('Номер протокола комиссии').fill(protocolNumber);
    await this.page.getByRole('button', { name: 'Выдать исправленную справку' }).click();
    const certificate = this.page.getByTestId('certificate-document');
    await certificate.waitFor();
    return certificate;
  }

  async openRefund(): Promise<void> {
    await this.page.getByRole('button', { name: 'Возврат оплаты' }).click();
  }

  async confirmRefund(reason: string): Promise<void> {
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

  /** Opens the revocation form of the one certificate in force and fills it in. */
  async fillRevocation(reason: string, note: string): Promise<void> {
    if ((await this.page.getByTestId('revoke-form').count()) === 0) {
      await this.page.getByRole('button', { name: 'Аннулировать справку' }).click();
    }
    await this.page.getByText(reason, { exact: true }).click();
    await this.field('Пояснение').fill(note);
    await this.page.getByRole('button', { name: 'Аннулировать…' }).click();
  }

  /** The sync badge of the certificate's own record, in the case's certificate list. */
  certificateSync(): Locator {
    return this.page.getByTestId('certificate-sync').locator('.sync-badge');
  }

  /** The sync badge of the certificate's revocation record (absent while in force). */
  revocationSync(): Locator {
    return this.page.getByTestId('revocation-sync').locator('.sync-badge');
  }

  /** The print view's on-screen notice above a revoked certificate. */
  revokedNotice(): Locator {
    return this.page.getByTestId('certificate-revoked-notice');
  }

  async syncNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Синхронизировать' }).click();
  }

  async confirmRevocation(): Promise<void> {
    await this.page.getByRole('button', { name: 'Да, аннулировать' }).click();
    await this.page.getByTestId('revoke-form').waitFor({ state: 'detached' });
  }
}
