import { createContext, useContext, useState } from 'react';
import type { ReactNode } from 'react';
import type { SeroDeskDatabase } from '../../desk/database';
import { openDatabase } from '../../desk/database';

const DatabaseContext = createContext<SeroDeskDatabase | null>(null);

/** Opens the tablet's IndexedDB database once for the whole app. */
export function DatabaseProvider({ children }: { readonly children: ReactNode }) {
  const [db] = useState(() => openDatabase());
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): SeroDeskDatabase {
  const db = useContext(DatabaseContext);
  if (db === null) throw new Error('useDatabase must be used inside <DatabaseProvider>');
  return db;
}
