import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { createOcrDrafts, saveEntry, verifyEntry } from '../../../../renderer/db/entries-repository.ts';
import { addPage } from '../../../../renderer/db/pages-repository.ts';
import { pageInfo, shaOf } from '../../support/page-extraction.ts';
import { BooksScreen } from '../../../../renderer/features/books/books-screen.tsx';
import { useRouteStore } from '../../../../renderer/stores/route-store.ts';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

describe('BooksScreen', () => {
  it('lists the books, renders only those in view of a long list, and finds one without marks', async () => {
    const db = freshDatabase();
    for (let i = 1; i <= 60; i++) {
      await createBook(db, { kind: i % 3 === 0 ? 'death' : 'birth', communeAsWritten: i === 40 ? 'xã Bình Lập' : `xã Tân Phú ${i}`, volume: String(i).padStart(2, '0'), yearFrom: 1985, yearTo: 1987 });
    }
    renderWith(<BooksScreen />, { db, bridge: scriptedBridge({}).bridge });
    expect(await screen.findByText('60 sổ')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Sổ hộ tịch' });
    expect(table.getAttribute('aria-rowcount')).toBe('61');
    expect(within(table).getAllByRole('row').length).toBeLessThan(40);

    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: /^Tìm sổ/ }), 'khai sinh binh lap 1986');
    expect(await screen.findByText('Tìm thấy 1 sổ')).toBeTruthy();
    await user.click(within(table).getByRole('button', { name: 'Mở sổ xã Bình Lập, quyển 40' }));
    await waitFor(() => expect(useRouteStore.getState().route).toMatchObject({ name: 'book' }));
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'khai tu 1988');
    expect(await screen.findByText('Tìm thấy 0 sổ')).toBeTruthy();
  });

  it('shows each book’s progress: pages, entries, doubtful readings to check, verified, synced', async () => {
    const db = freshDatabase();
    const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1998, yearTo: 1998 });
    await addPage(db, book.id, pageInfo(shaOf(1), 'trang-1.jpg'));
    await addPage(db, book.id, pageInfo(shaOf(2), 'trang-2.jpg'));
    const doubtful = { value: 'Kiểu', raw: 'Kiểu', source: 'ocr' as const, confidence: 40, lowConfidence: true as const };
    await createOcrDrafts(db, { bookId: book.id, pageId: shaOf(1), kind: 'birth' }, [
      { index: 0, entryNo: '1', fields: { 'child.fullName': doubtful, 'father.fullName': doubtful } },
      { index: 1, entryNo: '2', fields: { 'registration.number': { value: '2', raw: '2', source: 'ocr', confidence: 96 } } },
    ]);
    const typed = await saveEntry(db, { bookId: book.id, pageId: null, kind: 'birth', typed: { 'registration.number': '3' } }, 'clerk');
    await verifyEntry(db, typed.id, 'clerk', () => []);
    renderWith(<BooksScreen />, { db, bridge: scriptedBridge({}).bridge });
    expect(await screen.findByText('2 trang · 3 mục · 2 cần xem · 1 đã kiểm tra · 0 đã gửi')).toBeTruthy();
  });
});
