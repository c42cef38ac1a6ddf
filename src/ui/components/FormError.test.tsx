import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormError } from './FormError';

describe('the error paragraph of a form', () => {
  it('renders nothing when there is no message', () => {
    expect(renderToStaticMarkup(<FormError message={undefined} />)).toBe('');
    expect(renderToStaticMarkup(<FormError message={null} />)).toBe('');
    expect(renderToStaticMarkup(<FormError message="" />)).toBe('');
  });

  it('announces the message as an alert', () => {
    expect(renderToStaticMarkup(<FormError message="Нет связи с реестром" />)).toBe(
      '<p class="form-error" role="alert">Нет связи с реестром</p>',
    );
  });

  it('carries the test id of the place it stands in', () => {
    expect(renderToStaticMarkup(<FormError message="Неверный PIN" testId="unlock-failure" />)).toBe(
      '<p class="form-error" role="alert" data-testid="unlock-failure">Неверный PIN</p>',
    );
  });
});
