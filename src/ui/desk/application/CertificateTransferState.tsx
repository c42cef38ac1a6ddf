import { useEffect, useState } from 'react';
import type { CertificateId } from '../../../core/ids';
import type { CertificateTransferStatus } from '../../../desk/certificateTransfer';
import { readCertificateTransfers } from '../../../desk/certificateTransfer';
import type { DeskStatement } from '../../../desk/queries';
import { registerTransport } from '../../registerTransport';
import { useSync } from '../../sync/SyncProvider';
import { useOnline } from '../../useOnline';
import { useDesk } from '../frame/DeskEnvironment';
import { certificateTransferText, TRANSFER_TEXT } from './certificateTransferText';

/**
 * Beside the case's certificates: what became of each in the transfer to the federal
 * register, as the register says. Asked again when the network returns, after each sync run
 * and when a certificate's own sync state changes (a certificate just sent is then known);
 * offline, the last answer kept on the tablet is shown with its time.
 */
export function CertificateTransferState({ statement }: { readonly statement: DeskStatement }) {
  const env = useDesk();
  const online = useOnline();
  const { status } = useSync();
  const lastSync = status?.lastSuccessAt ?? null;
  const certificates = statement.certificates;
  const ids = certificates.map(({ record }) => record.id);
  // What, when it changes, makes the register worth asking again.
  const askKey = [online, lastSync, ...certificates.map((c) => `${c.record.id}:${c.sync.state}`)];
  const [states, setStates] = useState<ReadonlyMap<CertificateId, CertificateTransferStatus>>();

  useEffect(() => {
    let live = true;
    void readCertificateTransfers(env, registerTransport, ids).then((read) => {
      if (live) setStates(read);
    });
    return () => {
      live = false;
    };
    // `ids` and the sync states are in askKey, joined so a new array each render is no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [env.db, askKey.join('|')]);

  if (certificates.length === 0) return null;
  return (
    <section className="card step" aria-labelledby="transfer-title" data-testid="transfer-state">
      <h2 id="transfer-title">{env.pick(TRANSFER_TEXT.title)}</h2>
      <ul className="plain-list">
        {certificates.map(({ record }) => {
          const state = states?.get(record.id);
          return (
            <li key={record.id} data-testid="certificate-transfer">
              {env.pick(TRANSFER_TEXT.certificate(record.number))}:{' '}
              <span role="status">
                {env.pick(
                  state === undefined
                    ? TRANSFER_TEXT.checking
                    : certificateTransferText(state, env.utcOffsetMinutes),
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
