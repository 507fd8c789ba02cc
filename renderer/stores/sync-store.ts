// Where sync stands, for every screen: set by the running SyncRunner, read by the indicator and the
// outbox screen; `kick` asks the runner for a round now (an entry was verified, someone signed in).
import { create } from 'zustand';
import type { SyncStatus } from '../features/sync/sync-runner.ts';

interface SyncState {
  status: SyncStatus;
  kick: () => void;
  setStatus: (status: SyncStatus) => void;
  setKick: (kick: () => void) => void;
}

export const useSyncStore = create<SyncState>()((set) => ({
  status: { phase: 'offline', lastSyncAt: null, clockSkewMs: null },
  kick: () => undefined,
  setStatus: (status) => set({ status }),
  setKick: (kick) => set({ kick }),
}));
