// Runs in Chromium, in the page the keying benchmark opens: the real blind-keying and arbitration screens
// (React, Dexie, the browser's own IndexedDB on disk, strict durability), with page images from a stand-in
// for the Node side. Seeds a double-keyed batch; the driver types through it with Playwright's keyboard.
import { createRoot, type Root } from 'react-dom/client';
import type { AppApi } from '../../../shared/api/app-api.ts';
import type { Profile } from '../../../shared/team/profile.ts';
import { DatabaseContext } from '../../../renderer/app/database-context.ts';
import { createBook } from '../../../renderer/db/books-repository.ts';
import { openDatabase } from '../../../renderer/db/database.ts';
import { saveEntry, verifyEntry } from '../../../renderer/db/entries-repository.ts';
import { addPage } from '../../../renderer/db/pages-repository.ts';
import { assignPass, createBatches, saveKeying, setKeyingPolicy } from '../../../renderer/db/team-repository.ts';
import { ArbitrationScreen } from '../../../renderer/features/team/arbitration-screen.tsx';
import { BlindKeyingScreen } from '../../../renderer/features/team/blind-keying-screen.tsx';
import { AppClientContext, createAppClient } from '../../../renderer/platform/app-client.ts';
import { useTeamStore } from '../../../renderer/stores/team-store.ts';
import { completeBirth } from '../../renderer/support/books.ts';

const db = openDatabase('sohoa-keying-bench');
const person = (id: string, fullName: string, role: Profile['role']): Profile => ({ id, fullName, role, hasPin: false, createdAt: '2026-12-01T00:00:00Z' });
const lan = person('lan', 'Bùi Thị Lan', 'operator');
const minh = person('minh', 'Đỗ Văn Minh', 'operator');
const binh = person('binh', 'Trần Văn Bình', 'checker');
const perPage = 10;
const givens = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh'];
// names as a register holds them (a digit in a name is an error that keeps an entry from being verified)
const nameOf = (i: number) => `Nguyễn Văn ${givens[i % givens.length]!}`;

// a 1×1 PNG: what the screens add is measured, not the decoding of a scan
const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const bridge: AppApi = {
  invoke: (channel) => Promise.resolve((channel === 'pages:getImage' ? { ok: true, value: { mimeType: 'image/png', bytes: png } } : { ok: false, error: { code: 'unknown-channel', vi: channel, en: channel } }) as never),
  on: () => () => undefined,
};

let root: Root | null = null;
let batchId = '';

function show(screen: 'keying' | 'arbitrate', who: Profile): void {
  useTeamStore.setState({ profiles: [lan, minh, binh], personId: who.id });
  root?.unmount();
  const element = document.getElementById('root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
  root = createRoot(element);
  root.render(
    <AppClientContext.Provider value={createAppClient(bridge)}>
      <DatabaseContext.Provider value={db}>{screen === 'keying' ? <BlindKeyingScreen batchId={batchId} /> : <ArbitrationScreen batchId={batchId} />}</DatabaseContext.Provider>
    </AppClientContext.Provider>,
  );
}

/** Milliseconds from each Enter (or A) to the next snippet's position on screen, painted. */
const samples: number[] = [];
let pressedAt: number | null = null;
let lastPosition = '';
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' || event.key === 'a') pressedAt = performance.now();
}, true);
new MutationObserver(() => {
  const position = document.querySelector('.keying-item > p, .arbitration-item > p, [role="status"].notice')?.textContent ?? '';
  if (pressedAt === null || position === lastPosition) return;
  lastPosition = position;
  const started = pressedAt;
  pressedAt = null;
  requestAnimationFrame(() => samples.push(performance.now() - started));
}).observe(document, { subtree: true, childList: true, characterData: true });

declare global {
  interface Window {
    keyingBench: typeof keyingBench;
  }
}

const keyingBench = {
  /** A batch of `snippets` entries, one key field each, keyed by pass A; `differing` of them later keyed otherwise by pass B. */
  async seed(snippets: number): Promise<void> {
    const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985 });
    await setKeyingPolicy(db, book.id, { mode: 'double', keyFields: ['child.fullName'] });
    const pages = Math.ceil(snippets / perPage);
    for (let p = 0; p < pages; p++) {
      const sha = (p + 1).toString(16).padStart(64, '0');
      await addPage(db, book.id, { sha256: sha, fileName: `p${p + 1}.jpg`, format: 'jpeg', width: 2000, height: 3000, byteLength: 1, alreadyImported: false });
    }
    const [batch] = await createBatches(db, book.id, { mode: 'size', pagesPerBatch: pages }, 'sup');
    batchId = batch!.id;
    await assignPass(db, batchId, 'A', lan);
    await assignPass(db, batchId, 'B', minh);
    for (let i = 0; i < snippets; i++) {
      const pageId = (Math.floor(i / perPage) + 1).toString(16).padStart(64, '0');
      const entry = await saveEntry(db, { bookId: book.id, pageId, kind: 'birth', typed: completeBirth(1985, { 'child.fullName': nameOf(i), 'registration.number': String(i + 1) }) }, lan.id);
      await verifyEntry(db, entry.id, lan.id, () => [], { anyway: true });
    }
  },
  /** What pass B types for snippet i: every tenth differs from pass A. */
  valueFor(i: number, differEvery: number): string {
    return i % differEvery === 0 ? nameOf(i).replace('Nguyễn', 'Nguyên') : nameOf(i);
  },
  showKeying: () => show('keying', minh),
  showArbitration: () => show('arbitrate', binh),
  position: () => lastPosition,
  take(): number[] {
    return samples.splice(0);
  },
  /** The baseline: a keying stored alone, no screen, as the same transaction writes it. */
  async bareKeyings(count: number): Promise<number[]> {
    const entries = await db.entries.toArray();
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      await saveKeying(db, { batchId, entryId: entries[i]!.id, field: 'registration.book', value: String(i) }, minh.id);
      times.push(performance.now() - started);
    }
    return times;
  },
  async counts(): Promise<{ verified: number; decisions: number; keyings: number }> {
    return { verified: await db.entries.where('status').equals('verified').count(), decisions: await db.decisions.count(), keyings: await db.keyings.count() };
  },
};
window.keyingBench = keyingBench;
