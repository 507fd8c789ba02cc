// Pass B's blind keying and the checker's arbitration on a real IndexedDB (fake-indexeddb): pass B types
// field by field without seeing pass A, keyboard only; a difference reaches the checker with the letters
// that differ marked, and A or B settles it, verifying the entry whose pass A was done.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { saveEntry, verifyEntry } from '../../../../renderer/db/entries-repository.ts';
import { addPage } from '../../../../renderer/db/pages-repository.ts';
import { assignPass, createBatches, saveKeying, setKeyingPolicy } from '../../../../renderer/db/team-repository.ts';
import { ArbitrationScreen } from '../../../../renderer/features/team/arbitration-screen.tsx';
import { BlindKeyingScreen } from '../../../../renderer/features/team/blind-keying-screen.tsx';
import { MyWork } from '../../../../renderer/features/team/my-work.tsx';
import type { Profile } from '../../../../shared/team/profile.ts';
import { completeBirth } from '../../support/books.ts';
import { pageInfo } from '../../support/page-extraction.ts';
import { freshDatabase, renderWith, scriptedBridge, testPerson } from '../../support/render-app.tsx';

const lan: Profile = { id: 'lan', fullName: 'Bùi Thị Lan', role: 'operator', hasPin: false, createdAt: 'x' };
const minh: Profile = { ...lan, id: 'minh', fullName: 'Đỗ Văn Minh' };
const image = { 'pages:getImage': () => ({ ok: true as const, value: { mimeType: 'image/png', bytes: new Uint8Array([1]) } }) };

async function batchKeyedByA(keyFields = ['child.fullName', 'registration.number']) {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985 });
  const pages = ['1', '2'].map((n) => n.padStart(64, '0'));
  for (const [i, page] of pages.entries()) await addPage(db, book.id, pageInfo(page, `p${i + 1}.jpg`));
  await setKeyingPolicy(db, book.id, { mode: 'double', keyFields });
  const [batch] = await createBatches(db, book.id, { mode: 'size', pagesPerBatch: 2 }, testPerson.id);
  await assignPass(db, batch!.id, 'A', lan);
  await assignPass(db, batch!.id, 'B', minh);
  const first = await saveEntry(db, { bookId: book.id, pageId: pages[0]!, kind: 'birth', typed: completeBirth(1985, { 'child.fullName': 'Lê Văn An', 'registration.number': '1' }) }, 'lan');
  const second = await saveEntry(db, { bookId: book.id, pageId: pages[1]!, kind: 'birth', typed: completeBirth(1985, { 'child.fullName': 'Trần Thị Bé', 'registration.number': '2' }) }, 'lan');
  for (const entry of [first, second]) await verifyEntry(db, entry.id, 'lan', () => []);
  return { db, batch: batch!, first, second };
}

describe('blind keying, then arbitration', () => {
  it('has pass B type each name, then each number, never showing pass A; a difference waits for a checker', async () => {
    const user = userEvent.setup();
    const { db, batch, first, second } = await batchKeyedByA();
    renderWith(<BlindKeyingScreen batchId={batch.id} />, { db, bridge: scriptedBridge(image).bridge, person: minh });
    const input = await screen.findByLabelText('Họ và tên');
    expect(document.body.textContent).not.toContain('Lê Văn An');
    expect(document.body.textContent).not.toContain('Trần Thị Bé');
    expect(screen.getByText('Trang 1 · ô 1/2')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(input));
    await user.keyboard('Lê Văn Ân{Enter}');
    expect(await screen.findByText('Họ và tên: đã nhập 1/2')).toBeTruthy();
    expect(screen.getByText('Trang 2 · ô 2/2')).toBeTruthy();
    await user.keyboard('trần thị bé{Enter}');
    // the names done, on to the numbers
    expect(await screen.findByText('Số: đã nhập 0/2')).toBeTruthy();
    await user.keyboard('1{Enter}');
    expect(await screen.findByText('Số: đã nhập 1/2')).toBeTruthy();
    await user.keyboard('{F9}');
    expect(await screen.findByText('Đã nhập xong lượt B của lô 1.')).toBeTruthy();

    // the screen moved on before the last keying was written
    await waitFor(async () => expect((await db.keyings.toArray()).map((k) => [k.field, k.value, k.mark ?? null, k.by]).sort()).toEqual([
      ['child.fullName', 'Lê Văn Ân', null, 'minh'],
      ['child.fullName', 'trần thị bé', null, 'minh'],
      ['registration.number', '', 'blank', 'minh'],
      ['registration.number', '1', null, 'minh'],
    ]));
    expect((await db.entries.get(first.id))!.status).toBe('draft');
    expect((await db.entries.get(second.id))!.status).toBe('draft');
  });

  it('shows the checker both values with the differing letters marked, and settles each by one key', async () => {
    const { db, batch, first, second } = await batchKeyedByA();
    await saveKeying(db, { batchId: batch.id, entryId: first.id, field: 'child.fullName', value: 'Lê Văn Ân' }, 'minh');
    await saveKeying(db, { batchId: batch.id, entryId: first.id, field: 'registration.number', value: '1' }, 'minh');
    await saveKeying(db, { batchId: batch.id, entryId: second.id, field: 'child.fullName', value: 'Trần Thị Bé' }, 'minh');
    await saveKeying(db, { batchId: batch.id, entryId: second.id, field: 'registration.number', value: '7' }, 'minh');
    expect((await db.entries.get(first.id))!.status).toBe('draft');

    renderWith(<ArbitrationScreen batchId={batch.id} />, { db, bridge: scriptedBridge(image).bridge, person: { ...testPerson, role: 'checker' } });
    expect(await screen.findByText('Còn 2 trường khác nhau · đã đối chiếu 0')).toBeTruthy();
    const a = document.querySelector('[data-pass="A"]')!;
    const b = document.querySelector('[data-pass="B"]')!;
    expect(a.textContent).toBe('Lê Văn An');
    expect([...a.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['A']);
    expect([...b.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Â']);
    const panel = screen.getByLabelText('Họ và tên, trang 1');
    await waitFor(() => expect(document.activeElement).toBe(panel));
    fireEvent.keyDown(panel, { key: 'b' });
    expect(await screen.findByText('Còn 1 trường khác nhau · đã đối chiếu 1')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Số, trang 2')));
    fireEvent.keyDown(screen.getByLabelText('Số, trang 2'), { key: 'A' });
    expect(await screen.findByText('Lô 1 không còn trường nào khác nhau.')).toBeTruthy();

    await waitFor(async () => expect(await db.entries.get(first.id)).toMatchObject({ status: 'verified', fields: { 'child.fullName': { value: 'Lê Văn Ân' } } }));
    await waitFor(async () => expect(await db.entries.get(second.id)).toMatchObject({ status: 'verified', fields: { 'registration.number': { value: '2' } } }));
  });

  it('keeps an entry that the value a checker typed makes wrong a draft for its operator, and tells the checker so', async () => {
    const user = userEvent.setup();
    const { db, batch, first } = await batchKeyedByA(['child.fullName', 'child.birthDate']);
    await saveKeying(db, { batchId: batch.id, entryId: first.id, field: 'child.fullName', value: 'Lê Văn An' }, 'minh');
    await saveKeying(db, { batchId: batch.id, entryId: first.id, field: 'child.birthDate', value: '07/06/1985' }, 'minh');
    renderWith(<ArbitrationScreen batchId={batch.id} />, { db, bridge: scriptedBridge(image).bridge, person: { ...testPerson, role: 'checker' } });
    expect(await screen.findByText('Còn 1 trường khác nhau · đã đối chiếu 0')).toBeTruthy();
    // neither 06/06 nor 07/06: the checker means the 31st of February
    await user.type(screen.getByLabelText('Hoặc gõ giá trị đúng rồi Enter'), '31/02/1985{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('mục số 1 đã khớp hoặc đã đối chiếu xong, nhưng mục chưa được đánh dấu đã kiểm tra vì còn 1 lỗi (Ngày, tháng, năm sinh)');
    expect(alert.textContent).toContain('Pass A\'s operator must correct it in the book\'s workspace.');
    expect(await db.entries.get(first.id)).toMatchObject({ status: 'draft', passA: { by: 'lan' }, fields: { 'child.birthDate': { value: '31/02/1985' } } });
    expect(await db.decisions.get(`${first.id}|child.birthDate`)).toMatchObject({ choice: 'typed', chosen: { value: '31/02/1985' } });
    expect(screen.getByText('Lô 1 không còn trường nào khác nhau.')).toBeTruthy();
    // and pass A's operator finds it in their work again (the other entry still waits for pass B)
    cleanup();
    renderWith(<MyWork />, { db, bridge: scriptedBridge(image).bridge, person: lan });
    expect(await screen.findByRole('button', { name: 'Lô 1 (xã Bình Lập, quyển số 01): nhập lượt A, còn 1 mục' })).toBeTruthy();
  });

  it('keeps for the tab what is typed again on a snippet while its first keying is still being written', async () => {
    const user = userEvent.setup({ delay: null });
    const { db, batch, first } = await batchKeyedByA();
    const screenOf = () => renderWith(<BlindKeyingScreen batchId={batch.id} />, { db, bridge: scriptedBridge(image).bridge, person: minh });
    screenOf();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Họ và tên')));
    // Enter, back with Page Up, and one more letter, before the first write is on disk
    await user.keyboard('Lê Văn A{Enter}{PageUp}n');
    await waitFor(async () => expect((await db.keyings.get(`${first.id}|child.fullName`))?.value).toBe('Lê Văn A'));
    // a reload: what was typed since is still there, not the value written before it
    cleanup();
    screenOf();
    await user.selectOptions(await screen.findByLabelText('Trường đang nhập'), 'Họ và tên (còn 1)');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Họ và tên')));
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Họ và tên').value).toBe('Lê Văn An'));
  });

  it('shows the next snippet at once and writes every keying to its own snippet, when typed ahead of the database', async () => {
    // no pause at all between keys: each one after Enter belongs to the next snippet
    const user = userEvent.setup({ delay: null });
    const { db, batch, first, second } = await batchKeyedByA();
    renderWith(<BlindKeyingScreen batchId={batch.id} />, { db, bridge: scriptedBridge(image).bridge, person: minh });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Họ và tên')));
    // all four snippets without waiting for any write
    await user.keyboard('Lê Văn An{Enter}Trần Thị Bé{Enter}1{Enter}2{Enter}');
    expect(await screen.findByText('Đã nhập xong lượt B của lô 1.')).toBeTruthy();
    await waitFor(async () => expect(await db.entries.where('status').equals('verified').count()).toBe(2));
    const entryName = new Map([[first.id, 'first'], [second.id, 'second']]);
    expect(Object.fromEntries((await db.keyings.toArray()).map((k) => [`${entryName.get(k.entryId)} ${k.field}`, k.value]))).toEqual({
      'first child.fullName': 'Lê Văn An', 'second child.fullName': 'Trần Thị Bé', 'first registration.number': '1', 'second registration.number': '2',
    });
  });

  it('lets neither pass B nor pass A arbitrate, and no one but pass B key blind', async () => {
    const { db, batch } = await batchKeyedByA();
    renderWith(<ArbitrationScreen batchId={batch.id} />, { db, bridge: scriptedBridge(image).bridge, person: { ...minh, role: 'checker' } });
    expect(await screen.findByText(/Bạn không đối chiếu được lô 1/)).toBeTruthy();
    renderWith(<BlindKeyingScreen batchId={batch.id} />, { db, bridge: scriptedBridge(image).bridge, person: lan });
    expect(await screen.findByText('Lượt B của lô 1 không được giao cho bạn.')).toBeTruthy();
    expect(within(document.body).queryByLabelText('Họ và tên')).toBeNull();
  });
});
