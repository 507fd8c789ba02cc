// Runs in Chromium, in the page the list benchmark opens: the renderer's own database code on the
// browser's own IndexedDB (on disk, strict durability, as the app has it). Driven by list-benchmark.ts.
import type { Entry, FieldValue } from '../../../shared/domain/entry.ts';
import { entryRowOf } from '../../../shared/domain/entry-rows.ts';
import { searchKey } from '../../../shared/text/search-key.ts';
import { openDatabase } from '../../../renderer/db/database.ts';
import { saveEntry } from '../../../renderer/db/entries-repository.ts';
import { entryRowsByKeys, entryRowsChangedSince, loadEntryList } from '../../../renderer/db/entry-rows-repository.ts';
import { newId } from '../../../renderer/db/ids.ts';
import type { EntryListIndex } from '../../../shared/domain/entry-list-index.ts';

const db = openDatabase('sohoa-list-bench');
const bookId = '01900000-0000-7000-8000-000000000001';
const shown = 40;
const perPage = 100;

// Surnames by their rough share of the population, so a search for "nguyen" returns what it would.
const surnames: [string, number][] = [['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4], ['Vũ', 3.9], ['Võ', 3], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Quách', 0.2]];
const middles = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thị Kim', 'Xuân'];
const givens = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Ngọc', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thủy', 'Trang', 'Trung', 'Tuấn', 'Việt', 'Yến'];

// A fixed sequence, so every run builds the same book.
let seed = 20261123;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const total = surnames.reduce((sum, [, share]) => sum + share, 0);
function surname(): string {
  let at = random() * total;
  for (const [name, share] of surnames) if ((at -= share) < 0) return name;
  return 'Nguyễn';
}
const person = () => `${surname()} ${pick(middles)} ${pick(givens)}`;
const typed = (value: string): FieldValue => ({ value, raw: value, source: 'typed' });

function entryAt(i: number): Entry {
  const year = 1980 + (i % 40);
  const no = String((i % 2000) + 1);
  const fields: Record<string, FieldValue> = {
    'registration.number': typed(no),
    'registration.book': typed('01'),
    'registration.date': typed(`${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${year}`),
    'registration.registrar': typed('Lê Văn Cán'),
    'child.fullName': typed(person()),
    'child.sex': typed(i % 2 ? 'Nam' : 'Nữ'),
    'child.birthDate': typed(`${String((i % 27) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${year}`),
    'child.birthPlace': typed('Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh'),
    'child.ethnicity': typed('Kinh'),
    'child.nationality': typed('Việt Nam'),
    'father.fullName': typed(person()),
    'father.birthYear': typed(String(year - 28)),
    'father.residence': typed('Ấp 3, Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh'),
    'mother.fullName': typed(person()),
    'mother.birthYear': typed(String(year - 25)),
    'mother.residence': typed('Ấp 3, Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh'),
  };
  return { id: `entry-${String(i).padStart(8, '0')}`, bookId, pageId: `page-${Math.floor(i / perPage)}`, kind: 'birth', entryNo: no, fields, status: i % 3 ? 'verified' : 'draft', revision: 1, updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(), updatedBy: 'bench', warnings: [] };
}

async function seedBook(count: number): Promise<void> {
  await db.delete();
  await db.open();
  const pages = Math.ceil(count / perPage);
  await db.pages.bulkAdd(Array.from({ length: pages }, (_, p) => ({ id: `page-${p}`, bookId, sequence: p + 1, fileName: `${p + 1}.jpg`, byteLength: 1, width: 1, height: 1, importedAt: '2026-01-01T00:00:00Z', ocrState: 'done' as const })));
  for (let from = 0; from < count; from += 5000) {
    const entries = Array.from({ length: Math.min(5000, count - from) }, (_, k) => entryAt(from + k));
    await db.transaction('rw', db.entries, db.entryRows, async () => {
      await db.entries.bulkAdd(entries);
      await db.entryRows.bulkAdd(entries.map((entry, k) => entryRowOf(entry, Math.floor((from + k) / perPage) + 1, newId())));
    });
  }
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

let index: EntryListIndex | null = null;
const listed = () => {
  if (index === null) throw new Error('open the list first');
  return index;
};

const list = {
  /** the list as it opens: the snapshot and the changes since read, the rows in view read */
  open: () =>
    timed(async () => {
      index = await loadEntryList(db, bookId);
      return (await entryRowsByKeys(db, index.slice(0, shown))).length;
    }),
  /** the first opening of a book with no snapshot yet (after the upgrade that made the rows): every row read once */
  openFirst: () =>
    timed(async () => {
      await db.entryListSnapshots.clear();
      index = await loadEntryList(db, bookId);
      return index.size;
    }),
  /** scrolled to a row far down */
  scroll: (offset: number) => timed(async () => (await entryRowsByKeys(db, listed().slice(offset, offset + shown))).length),
  /** a search, and the rows of its first screen */
  search: (query: string) =>
    timed(async () => {
      const keys = listed().search(query) ?? [];
      await entryRowsByKeys(db, keys.slice(0, shown));
      return keys.length;
    }),
  /** what the list did before rows: every entry of the book read, sorted, and searched in memory */
  loadAll: (query: string) =>
    timed(async () => {
      const entries = await db.entries.where('bookId').equals(bookId).sortBy('updatedAt');
      const words = searchKey(query).split(' ').filter(Boolean);
      return entries.filter((entry) => {
        const text = searchKey(Object.values(entry.fields).map((f) => f.value).join(' '));
        return words.every((w) => text.includes(w));
      }).length;
    }),
  /** a clerk's save (entry, list row, audit row in one strict transaction) with the book full, then the list brought up to date */
  save: (i: number) =>
    timed(async () => {
      await saveEntry(db, { id: entryAt(i).id, bookId, pageId: null, kind: 'birth', typed: { 'child.fullName': `${person()} ${i}`, 'registration.number': String(i) } }, 'bench');
      listed().apply(await entryRowsChangedSince(db, bookId, listed().upTo));
    }),
  /** the floor under a save: one entry put in a strict transaction of its own */
  put: (i: number) => timed(() => db.transaction('rw', db.entries, () => db.entries.put({ ...entryAt(i), revision: 99 })).then(() => undefined)),
};

declare global {
  interface Window {
    listBench: { seedBook: typeof seedBook; list: typeof list };
  }
}
window.listBench = { seedBook, list };
