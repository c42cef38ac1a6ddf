import { describe, expect, it } from 'vitest';
import { deskSaveAnswer, noticeOfFailure } from './settingsSaveNotice';

const said = { ru: 'Только администратор клиники.', en: 'Clinic administrators only.' };

describe('what the settings form says after a save', () => {
  it('asks to retry when the register did not answer, and to sign in when the session ended', () => {
    expect(noticeOfFailure('timeout', undefined)).toEqual({ kind: 'no-answer' });
    expect(noticeOfFailure('network', undefined)).toEqual({ kind: 'no-answer' });
    expect(noticeOfFailure('unreadable-response', undefined)).toEqual({ kind: 'no-answer' });
    expect(noticeOfFailure('offline', undefined)).toEqual({ kind: 'offline' });
    expect(noticeOfFailure('session-expired', said)).toEqual({ kind: 'session-expired' });
  });

  it('passes on the register’s own words for a refusal', () => {
    expect(noticeOfFailure('forbidden', said)).toEqual({ kind: 'refused', said });
    expect(noticeOfFailure('invalid-settings', undefined)).toEqual({
      kind: 'refused',
      said: undefined,
    });
  });

  it('keeps the desk’s refused fields for the form', () => {
    const issues = [{ path: 'requisites.ogrn', message: 'ogrn-checksum' }];
    expect(deskSaveAnswer({ ok: false, reason: 'invalid-settings', issues, said })).toEqual({
      ok: false,
      notice: { kind: 'refused', said },
      issues,
    });
  });
});
