import { describe, expect, it } from 'vitest';
import { fieldIssues, wordsOfIssue } from './staffIssues';

describe("the register's staff refusals as words next to the fields", () => {
  it('puts the words of each rule next to its field, the first issue of a field winning', () => {
    const fields = fieldIssues([
      { path: 'login', message: 'login-taken' },
      { path: 'login', message: 'login-format' },
      { path: 'role', message: 'role-not-in-clinic' },
    ]);
    expect(fields.login?.ru).toBe('Этот логин уже занят');
    expect(fields.role?.en).toMatch(/regional administrators/);
    expect(fields.displayName).toBeUndefined();
  });

  it('shows an unknown reason as the register sent it, and ignores unknown paths', () => {
    expect(wordsOfIssue({ path: 'login', message: 'login-banned' })).toEqual({
      ru: 'login-banned',
      en: 'login-banned',
    });
    expect(fieldIssues([{ path: '(body)', message: 'login-taken' }])).toEqual({});
  });
});
