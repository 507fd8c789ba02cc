import { createContext, useContext } from 'react';
import type { SohoaDatabase } from '../db/database.ts';

export const DatabaseContext = createContext<SohoaDatabase | null>(null);

export function useDatabase(): SohoaDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('DatabaseContext is not provided');
  return db;
}
