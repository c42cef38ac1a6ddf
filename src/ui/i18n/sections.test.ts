import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { startI18n } from './index';
import { loadTextSections, withTexts } from './sections';

// The desk's, administration's and verifier's Russian texts come with their screens, not with
// start-up (issue #14); these tests hold i18next's global instance, as the app does.
describe('texts loaded with their screens', () => {
  it('starts with the sign-in texts only and adds a section when its screen loads', async () => {
    await startI18n('ru');
    expect(i18next.t('login.title')).toBe('Вход для сотрудников');
    expect(i18next.exists('desk.search.searching')).toBe(false);
    await loadTextSections(['desk']);
    expect(i18next.t('desk.search.searching')).toBe('Ищем…');
    expect(i18next.exists('verifier.title')).toBe(false);
    expect(i18next.t('login.title')).toBe('Вход для сотрудников');
  });

  it('on an English screen still adds the Russian texts, which the bilingual prints use', async () => {
    await startI18n('en');
    const loaded = await withTexts(['desk', 'verifier'], Promise.resolve('chunk'));
    expect(loaded).toBe('chunk');
    const ru = i18next.getFixedT('ru');
    expect(ru('desk.search.searching')).toBe('Ищем…');
    expect(ru('verifier.title')).toBe('Проверка QR-кода');
    expect(ru('login.title')).toBe('Вход для сотрудников');
    expect(i18next.t('login.title')).toBe('Staff sign-in');
  });
});
