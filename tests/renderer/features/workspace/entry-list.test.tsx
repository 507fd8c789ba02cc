import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../../../shared/domain/entry.ts';
import { entryRowOf } from '../../../../shared/domain/entry-rows.ts';
import { EntryList } from '../../../../renderer/features/workspace/entry-list.tsx';
import type { SohoaDatabase } from '../../../../renderer/db/database.ts';
import { newId } from '../../../../renderer/db/ids.ts';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm'];

/** A book of `count` entries numbered 1…count, on no page, written straight to the tables. */
async function bookOf(db: SohoaDatabase, count: number) {
  const entries = Array.from({ length: count }, (_, i): Entry => {
    const name = `${surnames[i % surnames.length]!} Văn ${i + 1}`;
    return {
      id: `e${String(i + 1).padStart(6, '0')}`, bookId: 'b1', pageId: null, kind: 'birth', entryNo: String(i + 1), status: i % 2 ? 'verified' : 'draft', revision: 1,
      updatedAt: '2026-11-23T10:00:00Z', updatedBy: 'x', warnings: [],
      fields: { 'registration.number': { value: String(i + 1), raw: String(i + 1), source: 'typed' }, 'child.fullName': { value: name, raw: name, source: 'typed' } },
    };
  });
  await db.entries.bulkAdd(entries);
  await db.entryRows.bulkAdd(entries.map((entry) => entryRowOf(entry, null, newId())));
}

function renderList(db: SohoaDatabase) {
  const onOpen = vi.fn();
  renderWith(<EntryList bookId="b1" selectedId="e000002" onOpen={onOpen} />, { db, bridge: scriptedBridge({}).bridge });
  return { onOpen, user: userEvent.setup() };
}

const bodyRows = () => within(screen.getByRole('table', { name: 'Các mục đã lưu' })).getAllByRole('row').slice(1);

describe('EntryList', () => {
  it('renders only the rows in view of a long book, and says how many there are', async () => {
    const db = freshDatabase();
    await bookOf(db, 2000);
    renderList(db);
    expect(await screen.findByText('2000 mục')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Các mục đã lưu' });
    expect(table.getAttribute('aria-rowcount')).toBe('2001');
    await waitFor(() => expect(bodyRows()[0]?.textContent).toContain('Nguyễn Văn 1'));
    expect(bodyRows().length).toBeLessThan(40);
    expect(bodyRows()[1]?.getAttribute('aria-selected')).toBe('true');
    expect(bodyRows()[1]?.textContent).toContain('Đã kiểm tra');
  });

  it('searches by name or number without marks, and opens the entry clicked', async () => {
    const db = freshDatabase();
    await bookOf(db, 200);
    const { onOpen, user } = renderList(db);
    await user.type(await screen.findByRole('searchbox', { name: /^Tìm theo số, họ tên/ }), 'tran van 1');
    // Trần is every fourth name (2, 6, 10, …); those whose number starts with 1: 10, 14, 18, then 102 to 198
    const wanted = Array.from({ length: 200 }, (_, i) => i + 1).filter((n) => n % 4 === 2 && String(n).startsWith('1'));
    expect(await screen.findByText(`Tìm thấy ${wanted.length} mục`)).toBeTruthy();
    await waitFor(() => expect(bodyRows().slice(0, 5).map((r) => r.textContent?.match(/Trần Văn \d+/)?.[0])).toEqual(wanted.slice(0, 5).map((n) => `Trần Văn ${n}`)));
    await user.click(screen.getByRole('button', { name: 'Trần Văn 14' }));
    expect(onOpen).toHaveBeenCalledWith('e000014');
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'khong co');
    expect(await screen.findByText('Tìm thấy 0 mục')).toBeTruthy();
  });

  it('does not search on an input method’s composition, only on what it commits', async () => {
    const db = freshDatabase();
    await bookOf(db, 20);
    renderList(db);
    const search = await screen.findByRole('searchbox');
    await screen.findByText('20 mục');
    fireEvent.compositionStart(search);
    fireEvent.change(search, { target: { value: 'Traa' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText('20 mục')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'Trần' } });
    fireEvent.compositionEnd(search);
    expect(await screen.findByText('Tìm thấy 5 mục')).toBeTruthy();
  });

  it('moves from row to row with the arrow keys, End and Home, bringing rows not yet shown into view', async () => {
    const db = freshDatabase();
    await bookOf(db, 500);
    const { user } = renderList(db);
    (await screen.findByRole('button', { name: 'Nguyễn Văn 1' })).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Trần Văn 2');
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Nguyễn Văn 500'.replace('Nguyễn', surnames[499 % 4]!)));
    expect(document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('501');
    await user.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Nguyễn Văn 1'));
  });
});
