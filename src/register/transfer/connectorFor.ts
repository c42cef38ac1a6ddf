import type { TransferConnector } from './connector';
import { fileDropConnector } from './fileDropConnector';
import type { Fetch } from './httpConnector';
import { httpConnector } from './httpConnector';
import type { TransferSettings } from './transferConfig';

/** The configured connector, or the configuration's problem (which nothing then sends past). */
export function connectorFor(
  settings: TransferSettings,
  transport: { readonly fetch?: Fetch } = {},
):
  | { readonly ok: true; readonly connector: TransferConnector }
  | { readonly ok: false; readonly problem: string } {
  const { connector } = settings;
  switch (connector.kind) {
    case 'file':
      return { ok: true, connector: fileDropConnector(connector.dir) };
    case 'http':
      return {
        ok: true,
        connector: httpConnector({
          url: connector.url,
          token: connector.token,
          timeoutMs: settings.timeoutMs,
          ...(transport.fetch === undefined ? {} : { fetch: transport.fetch }),
        }),
      };
    case 'misconfigured':
      return { ok: false, problem: connector.problem };
  }
}
