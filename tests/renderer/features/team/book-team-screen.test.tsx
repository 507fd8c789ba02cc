// The supervisor's batches screen on a real IndexedDB (fake-indexeddb): keying policy, splitting by ranges,
// assigning both passes, and each refusal said on screen with nothing changed.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { addPage } from '../../../../renderer/db/pages-repository.ts';
import { BookTeamScreen } from '../../../../renderer/features/team/book-team-screen.tsx';
import { useTeamStore } from '../../../../renderer/stores/team-store.ts';
import type { Profile } from '../../../../shared/team/profile.ts';
import { pageInfo } from '../../support/page-extraction.ts';
import { saveEntry } from '../../../../renderer/db/entries-repository.ts';
import { assignPass, createBatches, saveKeying, setKeyingPolicy } from '../../../../renderer/db/team-repository.ts';
import { freshDatabase, renderWith, scriptedBridge, testPerson } from '../../support/render-app.tsx';

const operator = (id: string, fullName: string): Profile => ({ id, fullName, role: 'operator', hasPin: false, createdAt: 'x' });
const lan = operator('0193a1b2-0000-7000-8000-00000000000a', 'Bùi Thị Lan');
const minh = operator('0193a1b2-0000-7000-8000-00000000000b', 'Đỗ Văn Minh');

async function setUp() {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985 });
  for (let i = 1; i <= 5; i++) await addPage(db, book.id, pageInfo(i.toString(16).padStart(64, '0'), `p${i}.jpg`));
  renderWith(<BookTeamScreen bookId={book.id} />, { db, bridge: scriptedBridge({}).bridge });
  useTeamStore.setState({ profiles: [testPerson, lan, minh], personId: testPerson.id });
  await screen.findByRole('heading', { name: /^Chia lô, giao việc/ });
  return { db, book };
}

describe('the batches screen', () => {
  it('sets double keying with its default key fields, splits by page ranges and assigns two different people', async () => {
    const user = userEvent.setup();
    const { db, book } = await setUp();
    await user.click(screen.getByRole('radio', { name: 'Nhập hai lần các trường chính' }));
    await waitFor(async () => expect((await db.books.get(book.id))!.keying).toMatchObject({ mode: 'double', keyFields: expect.arrayContaining(['child.fullName', 'registration.number']) as unknown }));
    // the key fields show once the screen has the new policy
    await user.click(await screen.findByRole('checkbox', { name: 'Số' }));
    await waitFor(async () => expect((await db.books.get(book.id))!.keying).not.toMatchObject({ keyFields: expect.arrayContaining(['registration.number']) as unknown }));

    await user.selectOptions(screen.getByLabelText('Chia theo'), 'ranges');
    await user.type(screen.getByLabelText('Các khoảng trang (ví dụ 1-20, 21-40)'), '1-2, 3-5');
    await user.click(screen.getByRole('button', { name: 'Chia lô' }));
    expect(await screen.findByText('2 lô · sổ có 5 trang')).toBeTruthy();
    expect(screen.getByRole('row', { name: /Lô 2/ }).textContent).toContain('3–5 (3 trang)');

    await user.selectOptions(screen.getByLabelText('Người nhập lượt A của lô 1'), 'Bùi Thị Lan');
    await waitFor(async () => expect((await db.batches.toArray()).find((b) => b.number === 1)?.passA).toBe(lan.id));
    await user.selectOptions(screen.getByLabelText('Người nhập lượt B của lô 1'), 'Bùi Thị Lan');
    expect((await screen.findByRole('alert')).textContent).toContain('Hai lượt phải do hai người khác nhau nhập');
    await user.selectOptions(screen.getByLabelText('Người nhập lượt B của lô 1'), 'Đỗ Văn Minh');
    await waitFor(async () => expect((await db.batches.toArray()).find((b) => b.number === 1)).toMatchObject({ passA: lan.id, passB: minh.id }));
  });

  it('says what is wrong with ranges that are not ranges, or overlap, and makes no batch', async () => {
    const user = userEvent.setup();
    const { db } = await setUp();
    await user.selectOptions(screen.getByLabelText('Chia theo'), 'ranges');
    await user.type(screen.getByLabelText('Các khoảng trang (ví dụ 1-20, 21-40)'), 'trang đầu');
    await user.click(screen.getByRole('button', { name: 'Chia lô' }));
    expect((await screen.findByRole('alert')).textContent).toContain('"trang đầu" không phải các khoảng trang');
    await user.clear(screen.getByLabelText('Các khoảng trang (ví dụ 1-20, 21-40)'));
    await user.type(screen.getByLabelText('Các khoảng trang (ví dụ 1-20, 21-40)'), '1-3, 3-5');
    await user.click(screen.getByRole('button', { name: 'Chia lô' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('chồng lên nhau'));
    expect(await db.batches.count()).toBe(0);
  });
});

describe('disagreement on the batches screen', () => {
  it('gives the rate per person and per field, worst first', async () => {
    const db = freshDatabase();
    const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985 });
    const pageId = '1'.padStart(64, '0');
    await addPage(db, book.id, pageInfo(pageId, 'p1.jpg'));
    await setKeyingPolicy(db, book.id, { mode: 'double', keyFields: ['child.fullName', 'registration.number'] });
    const [batch] = await createBatches(db, book.id, { mode: 'size', pagesPerBatch: 1 }, testPerson.id);
    await assignPass(db, batch!.id, 'A', lan);
    await assignPass(db, batch!.id, 'B', minh);
    for (const [name, no] of [['Lê Văn An', '1'], ['Trần Thị Bé', '2']] as const) {
      const entry = await saveEntry(db, { bookId: book.id, pageId, kind: 'birth', typed: { 'child.fullName': name, 'registration.number': no } }, lan.id);
      await saveKeying(db, { batchId: batch!.id, entryId: entry.id, field: 'child.fullName', value: name }, minh.id);
      await saveKeying(db, { batchId: batch!.id, entryId: entry.id, field: 'registration.number', value: no === '1' ? '7' : no }, minh.id);
    }
    renderWith(<BookTeamScreen bookId={book.id} />, { db, bridge: scriptedBridge({}).bridge });
    useTeamStore.setState({ profiles: [testPerson, lan, minh], personId: testPerson.id });
    expect(await screen.findByRole('heading', { name: 'Chênh lệch giữa hai lượt: 1 trên 4 trường' })).toBeTruthy();
    const byPerson = screen.getByRole('table', { name: 'Chênh lệch theo người nhập' });
    expect(within(byPerson).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['Bùi Thị Lan41250', 'Đỗ Văn Minh41250']);
    const byField = screen.getByRole('table', { name: 'Chênh lệch theo trường' });
    expect(within(byField).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['Số21500', 'Họ và tên200']);
  });
});
