import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { RequisitesEditor } from './RequisitesEditor';
import { EMPTY_REQUISITES_FORM } from './requisitesForm';

describe('the requisites section of the settings editor', () => {
  beforeAll(async () => {
    await initI18n('ru');
  });

  it('shows each field’s error next to that field and no other', () => {
    const errors: Record<string, string> = {
      'requisites.ogrn': 'ОГРН: контрольная цифра не сходится',
      'requisites.licence.date': 'Дата лицензии: существующая дата, например 15.03.2022',
    };
    const html = renderToStaticMarkup(
      <RequisitesEditor
        form={{ ...EMPTY_REQUISITES_FORM, ogrn: '1027700132196' }}
        onChange={() => undefined}
        errorOf={(field) => errors[field]}
      />,
    );
    expect(html).toContain('<h2 id="requisites-title">Реквизиты</h2>');
    expect(html).toContain(
      '<p id="requisites-ogrn-error" class="field-error">ОГРН: контрольная цифра не сходится</p>',
    );
    const ogrnInput = /<input[^>]*id="requisites-ogrn"[^>]*>/.exec(html)?.[0] ?? '';
    expect(ogrnInput).toContain('aria-invalid="true"');
    expect(ogrnInput).toContain('requisites-ogrn-error');
    expect(html).toContain('id="requisites-licence-date-error"');
    expect(html).not.toContain('id="requisites-inn-error"');
    expect(html.match(/class="field-error"/g)).toHaveLength(2);
  });
});
