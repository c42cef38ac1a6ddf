import { useCallback, useEffect, useState } from 'react';
import type { AdminFailure, AdminResult } from '../../sync/admin/adminRequest';
import { useAdmin } from './AdminContext';

/** What an administration screen has read from the register so far. */
export type AdminLoad<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: AdminFailure }
  | { readonly status: 'loaded'; readonly value: T };

/**
 * Reads what a screen shows with the administrator's token: when the screen opens, when `key`
 * changes (another clinic chosen), and on `reload()` (the screen's "Обновить"). `update`
 * changes the loaded value after a change the register confirmed, without asking again. An
 * answer that arrives after the screen has moved on is dropped.
 *
 * `load` is read at those moments only, so a screen may pass a new closure on every render.
 */
export function useAdminLoad<T>(
  load: (token: string) => Promise<AdminResult<T>>,
  key = '',
): {
  readonly state: AdminLoad<T>;
  readonly reload: () => void;
  readonly update: (change: (value: T) => T) => void;
} {
  const { token } = useAdmin();
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<AdminLoad<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void load(token).then((answer) => {
      if (!live) return;
      setState(
        answer.ok
          ? { status: 'loaded', value: answer.value }
          : { status: 'failed', failure: answer },
      );
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is read on these only (above)
  }, [token, key, generation]);
  const reload = useCallback(() => {
    setGeneration((n) => n + 1);
  }, []);
  const update = useCallback((change: (value: T) => T) => {
    setState((current) =>
      current.status === 'loaded' ? { status: 'loaded', value: change(current.value) } : current,
    );
  }, []);
  return { state, reload, update };
}
