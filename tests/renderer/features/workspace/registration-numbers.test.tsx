import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { saveEntry } from '../../../../renderer/db/entries-repository.ts';
import { BookWorkspace } from '../../../../renderer/features/workspace/book-workspace.tsx';
import { fieldInput } from '../../support/field-input.ts';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

/** A 2003 book whose entries, complete and consistent, are numbered 1, 2, 2, 5: entry 3 repeats 2, entry 4 leaves out 3 and 4. */
async function setup() {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Thạnh Trị', volume: '06', yearFrom: 2003, yearTo: 2003 });
  const entries = [];
  for (const [no, name] of [['1', 'Lê Văn An'], ['2', 'Trần Thị Bình'], ['2', 'Phạm Văn Cường'], ['5', 'Ngô Thị Dung']] as const) {
    const typed = {
      'registration.number': no, 'child.fullName': name, 'child.sex': 'Nam', 'child.birthDate': '06/06/2003', 'child.birthPlace': 'xã Thạnh Trị', 'registration.date': '12/06/2003',
    };
    entries.push(await saveEntry(db, { bookId: book.id, pageId: null, kind: 'birth', typed }, 'clerk'));
  }
  renderWith(<BookWorkspace bookId={book.id} />, { db, bridge: scriptedBridge({}).bridge });
  await within(await screen.findByRole('table', { name: 'Các mục đã lưu' })).findByText('Ngô Thị Dung');
  const user = userEvent.setup();
  /** Opens the entry of that name from the list under the form. */
  const open = (name: string) => user.click(within(screen.getByRole('table', { name: 'Các mục đã lưu' })).getByText(name));
  return { db, entries, user, open };
}

const form = (no: string) => screen.getByRole('form', { name: `Sửa mục số ${no}` });
const shown = { timeout: 5000 };
/** What the form says under a field. */
const said = (input: HTMLElement) => (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');

describe('BookWorkspace: the book’s numbering in the entry form', () => {
  it('shows a number used twice in the year as an error naming the other entry, and refuses to verify it', async () => {
    const { db, entries, user, open } = await setup();
    await open('Phạm Văn Cường');
    const number = () => fieldInput('Số', form('2'));
    await waitFor(() => expect(said(number())).toContain('Lỗi: Số 2 năm 2003 đã dùng cho mục khác của sổ: số "2", Trần Thị Bình, mục thứ 2 chưa gắn trang.'), shown);
    expect(number().getAttribute('aria-invalid')).toBe('true');

    await user.click(fieldInput('Họ và tên', form('2')));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/^Chưa thể đánh dấu đã kiểm tra: còn 1 lỗi \(Số\)/)).toBeTruthy();
    expect((await db.entries.get(entries[2]!.id))?.status).toBe('draft');
  });

  it('shows numbers missing before an entry as a warning, which F2 visits and which does not block verifying', async () => {
    const { db, entries, user, open } = await setup();
    await open('Ngô Thị Dung');
    const number = () => fieldInput('Số', form('5'));
    await waitFor(() => expect(said(number())).toContain('Lưu ý: Thiếu số 3–4 năm 2003: số liền trước có trong sổ là số "2", Phạm Văn Cường, mục thứ 3 chưa gắn trang.'), shown);
    expect(number().getAttribute('aria-invalid')).toBeNull();

    await user.click(fieldInput('Họ và tên', form('5')));
    await user.keyboard('{F2}');
    await waitFor(() => expect(document.activeElement).toBe(number()));

    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Đã đánh dấu mục số 5 là đã kiểm tra.')).toBeTruthy();
    expect((await db.entries.get(entries[3]!.id))?.status).toBe('verified');
  });

  it('takes a renumbered entry out of the duplicate as soon as it is saved', async () => {
    const { user, open } = await setup();
    await open('Phạm Văn Cường');
    const number = () => fieldInput('Số', form('2'));
    await waitFor(() => expect(said(number())).toContain('Số 2 năm 2003 đã dùng'), shown);
    await user.clear(number());
    await user.type(number(), '3');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(said(fieldInput('Số', form('3')))).not.toContain('đã dùng'), shown);
  });
});
