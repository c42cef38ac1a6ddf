import { describe, expect, it } from 'vitest';
import { apiErrorBody } from './apiErrors';
import { refusalOf } from './refusal';

describe('reading a refusal of the register', () => {
  it('reads the code, the register’s words and the refused fields of its error body', () => {
    const body = apiErrorBody('invalid-body', {
      issues: [{ path: 'replaces', message: 'unknown tablet' }],
    });
    expect(refusalOf(400, body)).toMatchObject({
      status: 400,
      code: 'invalid-body',
      said: { en: body.error.message, ru: body.error.messageRu },
      issues: [{ path: 'replaces', message: 'unknown tablet' }],
      detail: '400 invalid-body',
    });
  });

  it('keeps a code this release does not know out of the typed code, but in the detail', () => {
    const body = { error: { code: 'register-on-fire', message: 'Hot', messageRu: 'Жарко' } };
    expect(refusalOf(500, body)).toMatchObject({
      code: undefined,
      said: { en: 'Hot', ru: 'Жарко' },
      detail: '500 register-on-fire',
    });
  });

  it('names only the status for a page that is not the register’s (a proxy, a captive portal)', () => {
    expect(refusalOf(502, '<html>Bad gateway</html>')).toMatchObject({
      code: undefined,
      said: undefined,
      issues: [],
      detail: '502',
    });
  });
});
