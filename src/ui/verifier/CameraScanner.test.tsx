import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n';
import { CameraScanner } from './CameraScanner';

// Where the camera cannot start (here: a browser over plain http, with no camera API), the scanner says what
// to do instead, in the words of the screen it sits on: the verifier offers its photo upload
// and paste box, the desk's receipt form its typed fields.
describe('the camera scanner without a camera', () => {
  beforeAll(async () => {
    vi.stubGlobal('navigator', {});
    await initI18n('ru');
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('points the guard at the photo upload and the paste box', () => {
    const html = renderToStaticMarkup(<CameraScanner onCode={() => undefined} />);
    expect(html).toContain('data-error="unavailable"');
    expect(html).toContain('Загрузите фото QR-кода или вставьте текст кода ниже.');
  });

  it('points the cashier at the receipt’s typed fields, never at a paste box', () => {
    const html = renderToStaticMarkup(
      <CameraScanner onCode={() => undefined} errorTexts="desk.receipt.cameraError" />,
    );
    expect(html).toContain('Перепишите данные чека в поля ниже.');
    expect(html).not.toContain('вставьте текст кода');
  });
});
