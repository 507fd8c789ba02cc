import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalStore } from '../../../../electron/services/journal-store.ts';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { saveEntry } from '../../../../renderer/db/entries-repository.ts';
import { acknowledgeJournal, pendingJournal } from '../../../../renderer/db/journal-repository.ts';
import { RestoreBooks } from '../../../../renderer/features/books/restore-books.tsx';
import { useTempDir } from '../../../support/temp-dir.ts';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

const tempDir = useTempDir();

/** A data folder holding one book with an entry, typed in another profile. */
async function dataFolder() {
  const dir = await tempDir();
  const store = new JournalStore(dir);
  const other = freshDatabase();
  const book = await createBook(other, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '07', yearFrom: 2003, yearTo: 2004 });
  await saveEntry(other, { bookId: book.id, pageId: null, kind: 'birth', typed: { 'child.fullName': 'Đỗ Văn Hùng' } }, 'clerk-1');
  const { records, seqs } = await pendingJournal(other, 100);
  await store.append(records);
  await acknowledgeJournal(other, seqs);
  return { dir, store, book };
}

function bridgeOver(store: JournalStore) {
  return scriptedBridge({
    'journal:books': async () => ({ ok: true, value: { books: await store.books() } }),
    'journal:readBook': async ({ bookId, from, limit }) => ({ ok: true, value: await store.readBook(bookId, from, limit) }),
    'journal:append': async ({ records }) => ({ ok: true, value: await store.append(records) }),
  });
}

describe('RestoreBooks', () => {
  it('in an empty profile, lists the data folder\'s book by itself and restores it, saying what it restored', async () => {
    const { store, book } = await dataFolder();
    const db = freshDatabase();
    renderWith(<RestoreBooks />, { db, bridge: bridgeOver(store).bridge });

    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Khôi phục sổ xã Bình Lập, quyển 07' }));
    expect(await screen.findByText(/^Đã khôi phục sổ xã Bình Lập, quyển 07: 0 trang, 1 mục, 1 dòng lịch sử sửa đổi\./)).toBeTruthy();
    expect(await db.books.get(book.id)).toEqual(book);
    expect((await db.entries.toArray()).map((e) => e.fields['child.fullName']?.value)).toEqual(['Đỗ Văn Hùng']);
    expect(await screen.findByText('Mọi sổ trong thư mục dữ liệu đều đã có đầy đủ ở đây.')).toBeTruthy();
  });

  it('does not list a book this profile holds whole, until asked; then says there is nothing to restore', async () => {
    const { store, book } = await dataFolder();
    const db = freshDatabase();
    await db.books.add(book);
    const { bridge, callsTo } = bridgeOver(store);
    renderWith(<RestoreBooks />, { db, bridge });
    await screen.findByText('Khôi phục sổ từ thư mục dữ liệu');
    expect(callsTo('journal:books')).toHaveLength(0);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Tìm sổ trong thư mục dữ liệu' }));
    // the entry is not here yet: the book is offered again, as incomplete
    expect(await screen.findByText(/ở đây: 0 trang, 0 mục/)).toBeTruthy();
  });

  it('shows a book a newer SoHoa wrote with a clear message and no restore button, and a damaged line as counted', async () => {
    const { dir, store } = await dataFolder();
    const newer = new JournalStore(dir);
    const other = await dataFolder();
    await appendFile(path.join(dir, 'journal', (await store.books())[0]!.bookId, 'journal.jsonl'), '{"v":7}\n');
    await appendFile(path.join(other.dir, 'journal', other.book.id, 'journal.jsonl'), 'garbage\n');
    const db = freshDatabase();
    renderWith(<RestoreBooks />, { db, bridge: bridgeOver(newer).bridge });
    expect(await screen.findByText(/được ghi bởi phiên bản SoHoa mới hơn/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Khôi phục sổ/ })).toBeNull();

    const damaged = freshDatabase();
    renderWith(<RestoreBooks />, { db: damaged, bridge: bridgeOver(new JournalStore(other.dir)).bridge });
    expect(await screen.findByText(/1 dòng hỏng được bỏ qua/)).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Khôi phục sổ xã Bình Lập, quyển 07' }));
    await waitFor(async () => expect(await damaged.entries.count()).toBe(1));
  });
});
