import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({}, '/srv/serodesk');
    expect(config).toEqual({
      ok: true,
      value: {
        port: 8080,
        host: '0.0.0.0',
        dataDir: '/srv/serodesk/data',
        database: { kind: 'sqlite', file: '/srv/serodesk/data/register.sqlite' },
        logLevel: 'info',
        issuerUrl: 'https://localhost:8080',
        staticDir: '/srv/serodesk/dist',
        bodyLimitBytes: 5 * 1024 * 1024,
      },
    });
  });

  it('treats empty variables as unset and follows PORT in the default issuer URL', () => {
    const config = loadConfig({ PORT: '9090', DATABASE_URL: '', LOG_LEVEL: ' ' }, '/x');
    expect(config.ok && config.value.issuerUrl).toBe('https://localhost:9090');
    expect(config.ok && config.value.database.kind).toBe('sqlite');
    expect(config.ok && config.value.logLevel).toBe('info');
  });

  it('refuses an http issuer, which SMART Health Cards do not allow', () => {
    const config = loadConfig({ ISSUER_URL: 'http://register.example' }, '/x');
    expect(config).toMatchObject({ ok: false, reason: 'invalid-config' });
    expect(config.ok ? '' : config.detail).toContain('ISSUER_URL');
  });

  it('uses PostgreSQL for a postgres:// URL and strips a trailing slash from ISSUER_URL', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://serodesk@db:5432/register',
        ISSUER_URL: 'https://register.example/',
      },
      '/x',
    );
    expect(config.ok && config.value.database).toEqual({
      kind: 'postgres',
      url: 'postgres://serodesk@db:5432/register',
    });
    expect(config.ok && config.value.issuerUrl).toBe('https://register.example');
  });

  it.each([
    [{ PORT: '80a' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL'],
    [{ ISSUER_URL: 'ftp://register.example' }, 'ISSUER_URL'],
    [{ BODY_LIMIT_BYTES: '10' }, 'BODY_LIMIT_BYTES'],
  ])('refuses %j, naming %s', (env, variable) => {
    const config = loadConfig(env, '/x');
    expect(config.ok).toBe(false);
    expect(!config.ok && config.detail).toContain(variable);
  });
});
