// A renderer's sync as the app runs it, with nothing stood in: IndexedDB (fake-indexeddb), the runner,
// the AppApi dispatched to the real Node services (payloads validated as over IPC), and the reference
// civil-status API over HTTP. What the server stored is read from the server.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AppApi } from '../../../shared/api/app-api.ts';
import type { StoredEntrySummary } from '../../../shared/sync/protocol.ts';
import { createAppServices, type AppServices } from '../../../electron/services/app-services.ts';
import { dispatch } from '../../../electron/services/dispatch.ts';
import { EventHub } from '../../../electron/services/event-hub.ts';
import type { SohoaDatabase } from '../../../renderer/db/database.ts';
import { saveEntry, verifyEntry } from '../../../renderer/db/entries-repository.ts';
import { SyncRunner, type SyncStatus } from '../../../renderer/features/sync/sync-runner.ts';
import { createAppClient, type AppClient } from '../../../renderer/platform/app-client.ts';
import { parseFaults } from '../../reference-api/api-faults.ts';
import { startReferenceApi, type ReferenceApi } from '../../reference-api/api-server.ts';
import { ApiStore } from '../../reference-api/api-store.ts';
import { addBook } from './books.ts';
import { freshDatabase } from './render-app.tsx';

export const apiToken = 'harness-token';

export interface SyncHarness {
  db: SohoaDatabase;
  client: AppClient;
  services: AppServices;
  api: ReferenceApi | null;
  bookId: string;
  statuses: SyncStatus[];
  runner: SyncRunner;
  /** starts (or restarts, on the same folder) the reference API with these faults, and points the app at it */
  startApi: (faults?: string) => Promise<ReferenceApi>;
  stopApi: () => Promise<void>;
  /** a new runner on the same database, as after a reload */
  reload: () => Promise<void>;
  /** keys a complete birth entry and verifies it: its outbox row is written */
  verifiedEntry: (name?: string) => Promise<string>;
  /** what the server acknowledged, read from its journal on disk (injected faults cannot touch that) */
  stored: () => Promise<StoredEntrySummary[]>;
  close: () => Promise<void>;
}

export async function syncHarness(): Promise<SyncHarness> {
  const dirs = await Promise.all([mkdtemp(path.join(tmpdir(), 'sohoa-sync-app-')), mkdtemp(path.join(tmpdir(), 'sohoa-sync-api-'))]);
  const [appDir, apiDir] = dirs;
  const services = createAppServices({ dataDir: appDir, host: 'web', version: 'test', events: new EventHub(), sync: { timeouts: { healthTimeoutMs: 400, batchTimeoutMs: 800, pageTimeoutMs: 2000 } } });
  const bridge: AppApi = { invoke: (channel, input) => dispatch(services.handlers, channel, input) as never, on: () => () => undefined };
  const client = createAppClient(bridge);
  const db = freshDatabase();
  const bookId = randomUUID();
  await addBook(db, bookId);
  const statuses: SyncStatus[] = [];
  // backoffs of a few tens of milliseconds: the tests wait for outcomes, not for the clock
  const newRunner = () => new SyncRunner(db, client, { random: () => 0.005, idleMs: 50, offlineFloorMs: 20, onStatus: (s) => statuses.push(s) });

  const harness: SyncHarness = {
    db, client, services, api: null, bookId, statuses,
    runner: newRunner(),
    async startApi(faults = '') {
      await harness.api?.close();
      harness.api = await startReferenceApi({ dataDir: apiDir, tokens: [apiToken], faults: parseFaults(faults) });
      await client.call('sync:configure', { apiUrl: harness.api.url, token: apiToken });
      harness.runner.kick();
      return harness.api;
    },
    async stopApi() {
      await harness.api?.close();
    },
    async reload() {
      await harness.runner.stop();
      harness.runner = newRunner();
      await harness.runner.start();
    },
    async verifiedEntry(name = 'Trần Thị Bình') {
      const typed = { 'registration.number': '12', 'registration.date': '12/03/2003', 'child.fullName': name, 'child.sex': 'Nữ', 'child.birthDate': '01/03/2003', 'child.birthPlace': 'xã Bình Lập' };
      const entry = await saveEntry(db, { bookId, pageId: null, kind: 'birth', typed }, 'clerk');
      await verifyEntry(db, entry.id, 'clerk', () => []);
      harness.runner.kick();
      return entry.id;
    },
    async stored() {
      // from the server's journal on disk, which injected faults cannot touch
      return (await ApiStore.open(apiDir)).list();
    },
    async close() {
      await harness.runner.stop();
      await harness.api?.close();
      await services.dispose();
      db.close();
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
  return harness;
}
