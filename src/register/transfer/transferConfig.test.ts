import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeConnector, readTransferSettings } from './transferConfig';

const cwd = '/srv/serodesk';
const dataDir = '/srv/serodesk/data';

describe('the transfer connector settings', () => {
  it('drop files into <DATA_DIR>/transfer when nothing else is said', () => {
    expect(readTransferSettings({}, cwd, dataDir)).toEqual({
      connector: { kind: 'file', dir: path.join(dataDir, 'transfer') },
      timeoutMs: 30_000,
      intervalMs: 5_000,
    });
  });

  it('resolve FEDERAL_TRANSFER_DIR against the working directory', () => {
    const settings = readTransferSettings({ FEDERAL_TRANSFER_DIR: 'outbox' }, cwd, dataDir);
    expect(settings.connector).toEqual({ kind: 'file', dir: '/srv/serodesk/outbox' });
  });

  it('pick HTTP when a URL is given, with its token and timing', () => {
    const settings = readTransferSettings(
      {
        FEDERAL_TRANSFER_URL: 'https://gateway.example/fhir/Bundle',
        FEDERAL_TRANSFER_TOKEN: 's3cret',
        FEDERAL_TRANSFER_TIMEOUT_MS: '5000',
        FEDERAL_TRANSFER_INTERVAL_MS: '200',
      },
      cwd,
      dataDir,
    );
    expect(settings).toEqual({
      connector: { kind: 'http', url: 'https://gateway.example/fhir/Bundle', token: 's3cret' },
      timeoutMs: 5000,
      intervalMs: 200,
    });
    expect(describeConnector(settings.connector)).not.toContain('s3cret');
  });

  it.each([
    [
      { FEDERAL_TRANSFER_URL: 'gateway.example/fhir', FEDERAL_TRANSFER_TOKEN: 't' },
      'FEDERAL_TRANSFER_URL',
    ],
    [
      { FEDERAL_TRANSFER_URL: 'ftp://gateway.example/', FEDERAL_TRANSFER_TOKEN: 't' },
      'FEDERAL_TRANSFER_URL',
    ],
    [{ FEDERAL_TRANSFER_URL: 'https://gateway.example/' }, 'FEDERAL_TRANSFER_TOKEN'],
    [{ FEDERAL_TRANSFER_CONNECTOR: 'http' }, 'FEDERAL_TRANSFER_URL'],
    [{ FEDERAL_TRANSFER_CONNECTOR: 'cda' }, 'FEDERAL_TRANSFER_CONNECTOR'],
    [{ FEDERAL_TRANSFER_TIMEOUT_MS: 'soon' }, 'FEDERAL_TRANSFER_TIMEOUT_MS'],
  ])('report %j as misconfigured, naming %s, instead of failing the register', (env, name) => {
    const { connector } = readTransferSettings(env, cwd, dataDir);
    expect(connector.kind).toBe('misconfigured');
    expect(describeConnector(connector)).toContain(name);
  });
});
