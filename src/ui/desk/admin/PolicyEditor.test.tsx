import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLINIC_POLICY } from '../../../core/clinic/settings';
import { initI18n } from '../../i18n';
import { PolicyEditor } from './PolicyEditor';
import { policyFormOf } from './policyForm';

describe('the issuing rules section of the settings editor', () => {
  beforeAll(async () => {
    await initI18n('ru');
  });

  it('shows the range error next to its field and says the region caps the months', () => {
    const html = renderToStaticMarkup(
      <PolicyEditor
        form={{ ...policyFormOf(DEFAULT_CLINIC_POLICY), maxSampleAgeDays: '91' }}
        onChange={() => undefined}
        errorOf={(field) =>
          field === 'policy.maxSampleAgeDays' ? 'Целое число от 1 до 90' : undefined
        }
      />,
    );
    expect(html).toContain('<h2 id="policy-title">Правила выдачи</h2>');
    expect(html).toContain(
      '<p id="policy-max-sample-age-error" class="field-error">Целое число от 1 до 90</p>',
    );
    expect(html.match(/class="field-error"/g)).toHaveLength(1);
    expect(html).toContain('правила допуска региона дают меньше месяцев');
    expect(html).toMatch(/<option value="720" selected="">UTC\+12 \(Камчатка\)<\/option>/);
  });

  it('greys out the absence days while "no expiry" is ticked, and keeps a foreign offset', () => {
    const html = renderToStaticMarkup(
      <PolicyEditor
        form={{
          ...policyFormOf({ ...DEFAULT_CLINIC_POLICY, absenceCardDays: null }),
          utcOffsetMinutes: '330',
        }}
        onChange={() => undefined}
        errorOf={() => undefined}
      />,
    );
    const days = /<input[^>]*id="policy-absence-card-days"[^>]*>/.exec(html)?.[0] ?? '';
    expect(days).toContain('disabled=""');
    expect(/<input[^>]*id="policy-absence-no-expiry"[^>]*>/.exec(html)?.[0]).toContain(
      'checked=""',
    );
    expect(html).toMatch(/<option value="330" selected="">UTC\+5:30<\/option>/);
  });
});
