import { createContext, useContext } from 'react';
import type { StaffInfo } from '../../core/protocol/session';

/**
 * What every administration screen needs: the signed-in administrator, their register token
 * (the area opens only after a password sign-in, online), and whether they see the whole
 * region or their own clinic.
 */
export type AdminEnv = {
  readonly staff: StaffInfo;
  readonly token: string;
  readonly scope: 'clinic' | 'region';
};

export const AdminContext = createContext<AdminEnv | null>(null);

export function useAdmin(): AdminEnv {
  const env = useContext(AdminContext);
  if (env === null) throw new Error('useAdmin outside the administration area');
  return env;
}
