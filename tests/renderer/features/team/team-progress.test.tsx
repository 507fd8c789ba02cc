// "Tiến độ" on the batches screen, on a real IndexedDB (fake-indexeddb): the book's totals, each
// operator's share in the table that stands for the chart, and both kept up as entries are verified.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { saveEntry, verifyEntry } from '../../../../renderer/db/entries-repository.ts';
import { addPage } from '../../../../renderer/db/pages-repository.ts';
import { assignPass, createBatches, saveKeying, setKeyingPolicy } from '../../../../renderer/db/team-repository.ts';
import { BookTeamScreen } from '../../../../renderer/features/team/book-team-screen.tsx';
import { useTeamStore } from '../../../../renderer/stores/team-store.ts';
import type { SohoaDatabase } from '../../../../renderer/db/database.ts';
import type { Profile } from '../../../../shared/team/profile.ts';
import { pageInfo, shaOf } from '../../support/page-extraction.ts';
import { freshDatabase, renderWith, scriptedBridge, testPerson } from '../../support/render-app.tsx';

const operator = (id: string, fullName: string): Profile => ({ id, fullName, role: 'operator', hasPin: false, createdAt: 'x' });
const lan = operator('0193a1b2-0000-7000-8000-00000000000a', 'Bùi Thị Lan');
const minh = operator('0193a1b2-0000-7000-8000-00000000000b', 'Đỗ Văn Minh');

async function bookWithPages(db: SohoaDatabase, count: number) {
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985 });
  for (let i = 1; i <= count; i++) await addPage(db, book.id, pageInfo(shaOf(i), `p${i}.jpg`));
  return book;
}

function addEntry(db: SohoaDatabase, bookId: string, page: number, no: string, name: string) {
  return saveEntry(db, { bookId, pageId: shaOf(page), kind: 'birth', typed: { 'child.fullName': name, 'registration.number': no } }, lan.id);
}

async function showScreen(db: SohoaDatabase, bookId: string) {
  renderWith(<BookTeamScreen bookId={bookId} />, { db, bridge: scriptedBridge({}).bridge });
  useTeamStore.setState({ profiles: [testPerson, lan, minh], personId: testPerson.id });
  return screen.findByRole('region', { name: 'Tiến độ' });
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => [...row.children].map((cell) => cell.textContent));

describe('progress on the batches screen', () => {
  it('gives the book its totals and each operator the entries of their batches, verified and to do, as they are verified', async () => {
    const db = freshDatabase();
    const book = await bookWithPages(db, 4);
    const [first, second] = await createBatches(db, book.id, { mode: 'size', pagesPerBatch: 2 }, testPerson.id);
    await assignPass(db, first!.id, 'A', lan);
    await assignPass(db, second!.id, 'A', minh);
    const waiting = await addEntry(db, book.id, 1, '1', 'Lê Văn An');
    await verifyEntry(db, (await addEntry(db, book.id, 1, '2', 'Trần Thị Bé')).id, lan.id, () => []);
    await addEntry(db, book.id, 2, '3', 'Phạm Văn Cường');
    for (const [no, name] of [['4', 'Vũ Thị Dung'], ['5', 'Hồ Văn Em']] as const) await verifyEntry(db, (await addEntry(db, book.id, 3, no, name)).id, minh.id, () => []);

    const card = await showScreen(db, book.id);
    await waitFor(() => expect(within(card).getByText('Sổ có 4 trang, 5 mục: 3 đã kiểm tra, 2 còn lại.')).toBeTruthy());
    const table = within(card).getByRole('table', { name: 'Tiến độ theo người nhập' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Người nhập', 'Trang', 'Mục đã kiểm tra (lượt A)', 'Mục còn lại (lượt A)']);
    expect(bodyRows(table)).toEqual([
      ['Bùi Thị Lan', '2', '1', '2'],
      ['Đỗ Văn Minh', '2', '2', '0'],
    ]);
    // the chart draws the same people, a bar for each number but Minh's 0
    const chart = card.querySelector<HTMLElement>('.team-progress-chart')!;
    expect([...chart.querySelectorAll('.recharts-yAxis-tick-labels text')].map((tick) => tick.textContent)).toEqual(['Bùi Thị Lan', 'Đỗ Văn Minh']);
    expect(chart.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(3);
    expect(within(chart).getByText('Mục còn lại (lượt A)')).toBeTruthy();

    await verifyEntry(db, waiting.id, lan.id, () => []);
    await waitFor(() => expect(bodyRows(table)[0]).toEqual(['Bùi Thị Lan', '2', '2', '1']));
    expect(within(card).getByText('Sổ có 4 trang, 5 mục: 4 đã kiểm tra, 1 còn lại.')).toBeTruthy();
  });

  it('under double keying, gives pass B the key fields keyed and still to key, and the book those that differ', async () => {
    const db = freshDatabase();
    const book = await bookWithPages(db, 1);
    await setKeyingPolicy(db, book.id, { mode: 'double', keyFields: ['child.fullName', 'registration.number'] });
    const [batch] = await createBatches(db, book.id, { mode: 'size', pagesPerBatch: 1 }, testPerson.id);
    await assignPass(db, batch!.id, 'A', lan);
    await assignPass(db, batch!.id, 'B', minh);
    const an = await addEntry(db, book.id, 1, '1', 'Lê Văn An');
    await addEntry(db, book.id, 1, '2', 'Trần Thị Bé');
    await saveKeying(db, { batchId: batch!.id, entryId: an.id, field: 'child.fullName', value: 'Lê Văn An' }, minh.id);
    await saveKeying(db, { batchId: batch!.id, entryId: an.id, field: 'registration.number', value: '7' }, minh.id);

    const card = await showScreen(db, book.id);
    await waitFor(() => expect(within(card).getByText('Trường chính, lượt B: 2 đã nhập, 2 còn phải nhập; 1 trường khác nhau chờ người kiểm tra.')).toBeTruthy());
    expect(within(card).getByText('Sổ có 1 trang, 2 mục: 0 đã kiểm tra, 2 còn lại.')).toBeTruthy();
    expect(bodyRows(within(card).getByRole('table', { name: 'Tiến độ theo người nhập' }))).toEqual([
      ['Bùi Thị Lan', '1', '0', '2', '0', '0'],
      ['Đỗ Văn Minh', '1', '0', '0', '2', '2'],
    ]);
  });

  it('says when no batch is assigned yet', async () => {
    const db = freshDatabase();
    const book = await bookWithPages(db, 2);
    await createBatches(db, book.id, { mode: 'size', pagesPerBatch: 2 }, testPerson.id);
    const card = await showScreen(db, book.id);
    expect(within(card).getByText('Chưa giao lô nào cho ai.')).toBeTruthy();
    expect(within(card).queryByRole('table')).toBeNull();
  });
});
