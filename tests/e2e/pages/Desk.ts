import type { Locator } from 'playwright-core';
import { parseHealthCardFile } from '../../../src/core/shc/healthCardFile';
import { DeskCase } from './DeskCase';

// The registry desk as a clerk drives it: the case (DeskCase.ts), and here the certificates —
// issued, downloaded, reprinted, corrected and revoked — one method per thing a clerk does,
// in Russian labels as the clerk sees them, so a test reads like the procedure.

export type { NewPerson } from './DeskCase';
export { DEMO_IGG_KIT, TEST_FISCAL_DRIVE } from './DeskCase';

export class Desk extends DeskCase {
  /**
   * Issues as the signed-in commission member: the protocol number, the date as offered
   * (today) and every member of the commission ticked as taking part (issue #11).
   */
  async issueCertificate(protocolNumber: string): Promise<Locator> {
    await this.field('Номер протокола комиссии').fill(protocolNumber);
    await this.tickWholeCommission();
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

  /** The signed card (JWS) of the certificate on screen, from its .smart-health-card file. */
  async cardJws(): Promise<string> {
    const file = parseHealthCardFile(
      new TextDecoder().decode(await this.download('Скачать файл .smart-health-card')),
    );
    if (!file.ok) throw new Error('the .smart-health-card file does not parse');
    const [jws] = file.value;
    if (jws === undefined) throw new Error('the .smart-health-card file holds no card');
    return jws;
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

  /** Ticks every member of the commission in the (one) issue form as taking part. */
  async tickWholeCommission(): Promise<void> {
    const members = this.page
      .getByRole('group', { name: 'Члены комиссии, принявшие решение' })
      .getByRole('checkbox');
    await members.first().waitFor();
    for (const member of await members.all()) await member.check();
  }

  async correctCertificate(protocolNumber: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Исправить (новая справка)' }).click();
    await this.field('Номер протокола комиссии').fill(protocolNumber);
    await this.tickWholeCommission();
    await this.page.getByRole('button', { name: 'Выдать исправленную справку' }).click();
    const certificate = this.page.getByTestId('certificate-document');
    await certificate.waitFor();
    return certificate;
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

  async confirmRevocation(): Promise<void> {
    await this.page.getByRole('button', { name: 'Да, аннулировать' }).click();
    await this.page.getByTestId('revoke-form').waitFor({ state: 'detached' });
  }
}
