// Runs sync for as long as the app is open: one runner over the app's database and client. Also asks the
// browser to keep IndexedDB persistent, so that it is not evicted under storage pressure with entries
// not yet sent.
import { useEffect } from 'react';
import { useDatabase } from '../../app/database-context.ts';
import { useAppClient } from '../../platform/app-client.ts';
import { useSyncStore } from '../../stores/sync-store.ts';
import { SyncRunner } from './sync-runner.ts';

export function SyncProvider() {
  const db = useDatabase();
  const client = useAppClient();
  useEffect(() => {
    const { setStatus, setKick } = useSyncStore.getState();
    const runner = new SyncRunner(db, client, { onStatus: setStatus, lastSyncAt: useSyncStore.getState().status.lastSyncAt });
    setKick(() => runner.kick());
    void runner.start();
    // a hint only (the health endpoint decides): the network came back, try now rather than at the next backoff
    const online = () => runner.kick();
    window.addEventListener('online', online);
    void navigator.storage?.persist?.();
    return () => {
      window.removeEventListener('online', online);
      setKick(() => undefined);
      void runner.stop();
    };
  }, [db, client]);
  return null;
}
