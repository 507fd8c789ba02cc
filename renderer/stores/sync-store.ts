// Where sync stands, for every screen: set by the running SyncRunner, read by the indicator and the
// outbox screen; `kick` asks the runner for a round now (an entry was verified, someone signed in).
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SyncStatus } from '../features/sync/sync-runner.ts';

interface SyncState {
  status: SyncStatus;
  kick: () => void;
  setStatus: (status: SyncStatus) => void;
  setKick: (kick: () => void) => void;
}

// The last successful sync is kept across reloads; the rest is found out again.
export const useSyncStore = create<SyncState>()(
  persist(
    (set) => ({
      status: { phase: 'offline', signIn: null, lastSyncAt: null, clockSkewMs: null },
      kick: () => undefined,
      setStatus: (status) => set({ status }),
      setKick: (kick) => set({ kick }),
    }),
    {
      name: 'sohoa-sync',
      partialize: ({ status }) => ({ lastSyncAt: status.lastSyncAt }),
      merge: (saved, current) => ({ ...current, status: { ...current.status, lastSyncAt: (saved as { lastSyncAt?: string | null } | undefined)?.lastSyncAt ?? null } }),
    },
  ),
);
