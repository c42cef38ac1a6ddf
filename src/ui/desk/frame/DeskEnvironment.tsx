import { createContext, useContext } from 'react';
import type { DeskEnv } from '../../../desk/env';

export type { DeskEnv } from '../../../desk/env';

export const DeskContext = createContext<DeskEnv | null>(null);

export function useDesk(): DeskEnv {
  const env = useContext(DeskContext);
  if (env === null) throw new Error('useDesk must be used inside the desk');
  return env;
}
