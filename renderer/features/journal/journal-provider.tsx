// Runs the journal runner for as long as the app is open, over the app's database and client.
import { useEffect } from 'react';
import { useDatabase } from '../../app/database-context.ts';
import { useAppClient } from '../../platform/app-client.ts';
import { JournalRunner } from './journal-runner.ts';

export function JournalProvider() {
  const db = useDatabase();
  const client = useAppClient();
  useEffect(() => {
    const runner = new JournalRunner(db, client);
    runner.start();
    return () => {
      void runner.stop();
    };
  }, [db, client]);
  return null;
}
