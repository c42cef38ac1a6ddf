import type { Locator, Page } from 'playwright-core';

// A minor's legal representative on the statement step, as the clerk enters them (issue #11).
// Labels repeat the person form's, so every field is looked up inside the representative form.

export type NewRepresentative = {
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic?: string;
  readonly sex: 'Женский' | 'Мужской';
  /** дд.мм.гггг, as the ИДС names it. */
  readonly birthDate: string;
  readonly basis: 'Родитель' | 'Усыновитель' | RegExp;
  /** Series and number of their passport, "30 05 654321". */
  readonly document: string;
  readonly documentIssuedOn: string;
  readonly documentIssuedBy: string;
  readonly address: string;
  /** Left out, the form's own (for a parent, the child's birth certificate) stays. */
  readonly basisDocument?: string;
};

export class RepresentativeForm {
  constructor(private readonly page: Page) {}

  form(): Locator {
    return this.page.getByTestId('representative-form');
  }

  field(label: string): Locator {
    return this.form().getByLabel(label, { exact: true });
  }

  errorOf(fieldId: string): Locator {
    return this.page.locator(`#${fieldId}-error`);
  }

  async chooseBasis(basis: NewRepresentative['basis']): Promise<void> {
    await this.form()
      .getByRole('group', { name: 'Кем приходится пациенту' })
      .getByText(basis, { exact: typeof basis === 'string' })
      .click();
  }

  async fill(representative: NewRepresentative): Promise<void> {
    await this.field('Фамилия').fill(representative.surname);
    await this.field('Имя').fill(representative.givenName);
    if (representative.patronymic !== undefined) {
      await this.field('Отчество (если есть)').fill(representative.patronymic);
    }
    await this.form().getByText(representative.sex, { exact: true }).click();
    await this.field('Дата рождения').fill(representative.birthDate);
    await this.chooseBasis(representative.basis);
    await this.field('Серия и номер').fill(representative.document);
    await this.field('Дата выдачи документа').fill(representative.documentIssuedOn);
    await this.field('Кем выдан').fill(representative.documentIssuedBy);
    await this.field('Адрес представителя').fill(representative.address);
    if (representative.basisDocument !== undefined) {
      await this.field('Документ, подтверждающий полномочия').fill(representative.basisDocument);
    }
  }

  async save(): Promise<void> {
    await this.form().getByRole('button', { name: 'Сохранить представителя' }).click();
  }

  summary(): Locator {
    return this.page.getByTestId('representative-summary');
  }
}
