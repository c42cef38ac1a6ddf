import { useEffect, useState } from 'react';
import type { TabletSummary } from '../../core/protocol/tablet';
import { fetchClinicTablets } from '../../sync/enrol';
import { registerTransport } from '../registerTransport';

export type ClinicTablets =
  | { readonly status: 'idle' | 'loading' | 'failed' }
  | { readonly status: 'loaded'; readonly tablets: readonly TabletSummary[] };

/** The clinic's tablets from the register, fetched once a staff token is given. */
export function useClinicTablets(staffToken: string | undefined): ClinicTablets {
  const [state, setState] = useState<ClinicTablets>({ status: 'idle' });
  useEffect(() => {
    if (staffToken === undefined) return;
    let live = true;
    setState({ status: 'loading' });
    void fetchClinicTablets(registerTransport, staffToken).then((answer) => {
      if (!live) return;
      setState(answer.ok ? { status: 'loaded', tablets: answer.value } : { status: 'failed' });
    });
    return () => {
      live = false;
    };
  }, [staffToken]);
  return state;
}
