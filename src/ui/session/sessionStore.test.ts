import { describe, expect, it } from 'vitest';
import type { ClinicId, StaffId } from '../../core/ids';
import type { StaffInfo } from '../../core/protocol/session';
import { loadSession, passwordSession, pinSession, saveSession } from './sessionStore';

const staff: StaffInfo = {
  id: '0193a1b2-0000-7000-8000-0000000000a1' as StaffId,
  login: 'registrar',
  displayName: 'Иванова Мария Петровна',
  role: 'registrar',
  clinic: {
    id: '0193a1b2-0000-7000-8000-000000000001' as ClinicId,
    code: 'PKGP3',
    nameRu: 'Поликлиника № 3',
    nameEn: 'Polyclinic No. 3',
  },
};
const TOKEN = 'm1Zr0123456789abcdef';

function memoryStorage(initial?: string) {
  const items = new Map<string, string>();
  if (initial !== undefined) items.set('serodesk.session', initial);
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
  };
}

describe('the saved session', () => {
  it('reads a session saved before PINs existed as a password sign-in with its token', () => {
    const storage = memoryStorage(JSON.stringify({ token: TOKEN, staff }));
    expect(loadSession(storage)).toEqual({ via: 'password', token: TOKEN, staff });
  });

  it('keeps a password sign-in and a PIN unlock across a reload', () => {
    const storage = memoryStorage();
    saveSession(storage, passwordSession({ token: TOKEN, staff }));
    expect(loadSession(storage)).toEqual({ via: 'password', token: TOKEN, staff });
    saveSession(storage, pinSession(staff));
    expect(loadSession(storage)).toEqual({ via: 'pin', staff });
  });

  it('gives a PIN unlock no register token, even one written into storage by hand', () => {
    const storage = memoryStorage(JSON.stringify({ via: 'pin', token: TOKEN, staff }));
    expect(loadSession(storage)).toEqual({ via: 'pin', staff });
  });

  it('drops a password session without a token and anything unreadable', () => {
    expect(loadSession(memoryStorage(JSON.stringify({ via: 'password', staff })))).toBeNull();
    expect(loadSession(memoryStorage(JSON.stringify({ via: 'pin' })))).toBeNull();
    expect(loadSession(memoryStorage('{not json'))).toBeNull();
    expect(loadSession(memoryStorage())).toBeNull();
  });
});
