// Sync to the reference civil-status API on loopback, as the app does it: the renderer's outbox and
// runner (IndexedDB as fake-indexeddb in Node), the AppApi dispatched to the real Node services, the API
// over HTTP with its journal flushed to disk. DESIGN budgets: at least 200 entries/s, and a 10,000-entry
// backlog drained under 20 % injected faults with every entry stored exactly once. Baseline in the same
// run: the same batches POSTed straight to the API (no outbox, no Node side between). Reports only.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AppApi } from '../../shared/api/app-api.ts';
import type { Entry } from '../../shared/domain/entry.ts';
import { entryPayload } from '../../shared/sync/entry-payload.ts';
import { newOutboxRow } from '../../shared/sync/outbox.ts';
import { createAppServices } from '../../electron/services/app-services.ts';
import { dispatch } from '../../electron/services/dispatch.ts';
import { EventHub } from '../../electron/services/event-hub.ts';
import { openDatabase } from '../../renderer/db/database.ts';
import { SyncRunner } from '../../renderer/features/sync/sync-runner.ts';
import { createAppClient } from '../../renderer/platform/app-client.ts';
import { parseFaults } from '../reference-api/api-faults.ts';
import { startReferenceApi } from '../reference-api/api-server.ts';
import { ApiStore } from '../reference-api/api-store.ts';

const token = 'bench';
const throughputEntries = 2_000;
const backlogEntries = 10_000;
// 20 % of requests fail one way or another
const faults = '500=0.05,503=0.05,429=0.03:1,drop-before=0.03,drop-after=0.04,seed=2026';
const budgetPerSecond = 200;

const book = { id: randomUUID(), kind: 'birth' as const, templateId: 'birth-form', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 2003, yearTo: 2003, createdAt: '2026-01-01T00:00:00Z' };
const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'];

function entry(i: number): Entry {
  const text = (value: string) => ({ value, raw: value, source: 'typed' as const });
  return {
    id: randomUUID(), bookId: book.id, pageId: null, kind: 'birth', entryNo: String(i), status: 'verified', revision: 2, updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'bench', warnings: [],
    fields: {
      'registration.number': text(String(i)), 'registration.date': text('12/03/2003'), 'child.fullName': text(`${surnames[i % 5]!} Văn ${i}`), 'child.sex': text('Nam'),
      'child.birthDate': text('01/03/2003'), 'child.birthPlace': text('xã Bình Lập, huyện Châu Thành, tỉnh Long An'), 'father.fullName': text('Lê Văn Cha'), 'mother.fullName': text('Phạm Thị Mẹ'),
    },
  };
}

interface Drain {
  seconds: number;
  stored: number;
  uniqueEntries: number;
  rowsDone: number;
}

async function drain(count: number, faultSpec: string): Promise<Drain> {
  const [appDir, apiDir] = await Promise.all([mkdtemp(path.join(tmpdir(), 'sohoa-bench-app-')), mkdtemp(path.join(tmpdir(), 'sohoa-bench-api-'))]);
  const api = await startReferenceApi({ dataDir: apiDir, tokens: [token], faults: parseFaults(faultSpec) });
  const services = createAppServices({ dataDir: appDir, host: 'web', version: 'bench', events: new EventHub(), sync: { apiUrl: api.url, token } });
  const bridge: AppApi = { invoke: (channel, input) => dispatch(services.handlers, channel, input) as never, on: () => () => undefined };
  const db = openDatabase(`sohoa-bench-${randomUUID()}`);
  try {
    await db.books.add(book);
    const entries = Array.from({ length: count }, (_, i) => entry(i));
    await db.entries.bulkAdd(entries);
    const now = new Date();
    await db.outbox.bulkAdd(entries.map((e) => newOutboxRow(entryPayload(e, book, randomUUID()), now)));

    const runner = new SyncRunner(db, createAppClient(bridge), { idleMs: 100 });
    const started = performance.now();
    await runner.start();
    while ((await db.outbox.where('state').equals('done').count()) < count) await new Promise((resolve) => setTimeout(resolve, 100));
    const seconds = (performance.now() - started) / 1000;
    await runner.stop();
    const stored = (await ApiStore.open(apiDir)).list();
    return { seconds, stored: stored.length, uniqueEntries: new Set(stored.map((s) => s.entryId)).size, rowsDone: await db.outbox.where('state').equals('done').count() };
  } finally {
    db.close();
    await api.close();
    await services.dispose();
    await Promise.all([appDir, apiDir].map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

/** The same entries POSTed straight to the API in batches of 100: the floor under the app's sync. */
async function direct(count: number): Promise<number> {
  const apiDir = await mkdtemp(path.join(tmpdir(), 'sohoa-bench-api-'));
  const api = await startReferenceApi({ dataDir: apiDir, tokens: [token] });
  try {
    const items = Array.from({ length: count }, (_, i) => entryPayload(entry(i), book, randomUUID()));
    const started = performance.now();
    for (let i = 0; i < items.length; i += 100) {
      const response = await fetch(`${api.url}/v1/entries:batch`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ items: items.slice(i, i + 100) }) });
      if (!response.ok) throw new Error(`baseline batch answered ${response.status}`);
    }
    return (performance.now() - started) / 1000;
  } finally {
    await api.close();
    await rm(apiDir, { recursive: true, force: true });
  }
}

export async function runSyncBenchmark(): Promise<void> {
  console.log(`Sync to the reference API on loopback (outbox in fake-indexeddb, Node services, journal flushed per batch)`);
  const baseline = await direct(throughputEntries);
  const clean = await drain(throughputEntries, '');
  const rate = throughputEntries / clean.seconds;
  console.log(`  ${throughputEntries.toLocaleString('en')} entries, no faults: ${clean.seconds.toFixed(2)} s, ${rate.toFixed(0)} entries/s (${rate >= budgetPerSecond ? 'within' : 'UNDER'} the ${budgetPerSecond}/s budget); baseline POSTed straight: ${(throughputEntries / baseline).toFixed(0)} entries/s; app/baseline time ${(clean.seconds / baseline).toFixed(2)}×`);
  const faulty = await drain(backlogEntries, faults);
  const once = faulty.stored === backlogEntries && faulty.uniqueEntries === backlogEntries && faulty.rowsDone === backlogEntries;
  console.log(`  ${backlogEntries.toLocaleString('en')}-entry backlog under faults (${faults}): drained in ${faulty.seconds.toFixed(1)} s; on the server ${faulty.stored.toLocaleString('en')} entries, ${faulty.uniqueEntries.toLocaleString('en')} distinct: ${once ? 'each stored exactly once' : 'NOT exactly once'}`);
}
