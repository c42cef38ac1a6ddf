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
        timeouts: { requestMs: 120_000, headersMs: 20_000, keepAliveMs: 10_000 },
        trustProxy: false,
        serveSourceMaps: false,
        federalTransfer: false,
        transfer: {
          connector: { kind: 'file', dir: '/srv/serodesk/data/transfer' },
          timeoutMs: 30_000,
          intervalMs: 5_000,
        },
        tabletSilentHours: 72,
      },
    });
  });

  it('reads after how many hours a silent tablet is warned about, and refuses nonsense', () => {
    const config = loadConfig({ TABLET_SILENT_HOURS: '12' }, '/x');
    expect(config.ok && config.value.tabletSilentHours).toBe(12);
    for (const value of ['0', 'three', '-5', '9000']) {
      const refused = loadConfig({ TABLET_SILENT_HOURS: value }, '/x');
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.detail).toMatch(/^TABLET_SILENT_HOURS: /);
    }
  });

  it('transfers to the federal register only when FEDERAL_TRANSFER is on', () => {
    const on = loadConfig({ FEDERAL_TRANSFER: 'on' }, '/x');
    const off = loadConfig({ FEDERAL_TRANSFER: 'off' }, '/x');
    expect(on.ok && on.value.federalTransfer).toBe(true);
    expect(off.ok && off.value.federalTransfer).toBe(false);
  });

  it('reads the timeouts, the proxy to trust and whether to serve source maps', () => {
    const config = loadConfig(
      {
        REQUEST_TIMEOUT_MS: '1500',
        HEADERS_TIMEOUT_MS: '500',
        KEEP_ALIVE_TIMEOUT_MS: '200',
        TRUST_PROXY: '10.0.0.1, 10.0.0.0/8',
        SERVE_SOURCE_MAPS: 'true',
      },
      '/x',
    );
    expect(config.ok && config.value.timeouts).toEqual({
      requestMs: 1500,
      headersMs: 500,
      keepAliveMs: 200,
    });
    expect(config.ok && config.value.trustProxy).toBe('10.0.0.1, 10.0.0.0/8');
    expect(config.ok && config.value.serveSourceMaps).toBe(true);
  });

  it.each([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['127.0.0.1', '127.0.0.1'],
  ])('reads TRUST_PROXY=%s as %j', (value, expected) => {
    const config = loadConfig({ TRUST_PROXY: value }, '/x');
    expect(config.ok && config.value.trustProxy).toEqual(expected);
  });

  it('keeps the default header timeout within a short request timeout', () => {
    const config = loadConfig({ REQUEST_TIMEOUT_MS: '1000' }, '/x');
    expect(config.ok && config.value.timeouts.headersMs).toBe(1000);
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
    [{ REQUEST_TIMEOUT_MS: 'soon' }, 'REQUEST_TIMEOUT_MS'],
    [{ REQUEST_TIMEOUT_MS: '1000', HEADERS_TIMEOUT_MS: '2000' }, 'HEADERS_TIMEOUT_MS'],
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY'],
    [{ SERVE_SOURCE_MAPS: 'yes' }, 'SERVE_SOURCE_MAPS'],
    [{ FEDERAL_TRANSFER: 'yes' }, 'FEDERAL_TRANSFER'],
  ])('refuses %j, naming %s', (env, variable) => {
    const config = loadConfig(env, '/x');
    expect(config.ok).toBe(false);
    expect(!config.ok && config.detail).toContain(variable);
  });
});
