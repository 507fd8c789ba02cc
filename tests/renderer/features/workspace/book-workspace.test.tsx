import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { saveEntry } from '../../../../renderer/db/entries-repository.ts';
import { describe, expect, it } from 'vitest';
import { appErrorPayload } from '../../../../shared/api/app-error.ts';
import type { Page } from '../../../../shared/domain/entry.ts';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import type { SohoaDatabase } from '../../../../renderer/db/database.ts';
import { BookWorkspace } from '../../../../renderer/features/workspace/book-workspace.tsx';
import { birthEntry, extractionOf, pageInfo, shaOf } from '../../support/page-extraction.ts';
import { editionIssue } from '../../../../shared/ocr/page-issues.ts';
import { fieldInput } from '../../support/field-input.ts';
import { freshDatabase, renderWith, scriptedBridge, type BridgeAnswers } from '../../support/render-app.tsx';

const sha = shaOf(0xab);

function bridge(extra: BridgeAnswers = {}) {
  return scriptedBridge({
    'pages:import': ({ fileName, bytes }) =>
      bytes.byteLength === 0
        ? { ok: false, error: appErrorPayload('image-empty', { file: fileName }) }
        : { ok: true, value: { fileName, pages: [pageInfo(sha, fileName, { byteLength: bytes.byteLength })] } },
    'pages:getImage': () => ({ ok: true, value: { mimeType: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]) } }),
    'ocr:extractPage': ({ sha256 }) => ({ ok: true, value: extractionOf(sha256, [birthEntry(0, '390', 'Hoàng Văn Sỹ Thực', { lowName: true })]) }),
    'ocr:cancel': () => ({ ok: true, value: { cancelled: true } }),
    ...extra,
  });
}

async function newBook(db: SohoaDatabase) {
  return createBook(db, { kind: 'birth', communeAsWritten: 'xã Thạnh Trị', volume: '06', yearFrom: 2003, yearTo: 2003 });
}

async function setup(extra: BridgeAnswers = {}) {
  const db = freshDatabase();
  const book = await newBook(db);
  const scripted = bridge(extra);
  renderWith(<BookWorkspace bookId={book.id} />, { db, bridge: scripted.bridge });
  await screen.findByText(/Khai sinh · xã Thạnh Trị/);
  return { db, book, scripted, user: userEvent.setup() };
}

function jpeg(name: string, bytes: number[] = [9, 9, 9]) {
  return new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });
}

function gridCards() {
  return within(screen.getByRole('list', { name: 'Các trang của sổ' })).getAllByRole('button');
}

describe('BookWorkspace', () => {
  it('lists its keyboard shortcuts on F1, and closes the list', async () => {
    const { user } = await setup();
    await user.keyboard('{F1}');
    const help = await screen.findByRole('dialog', { name: 'Phím tắt' });
    expect(within(help).getByRole('row', { name: /F2 \/ Shift\+F2/ }).textContent).toContain('cần xem lại');
    expect(within(help).getAllByRole('row').length).toBeGreaterThanOrEqual(5);
    await user.click(within(help).getByRole('button', { name: 'Đóng (Esc)' }));
    expect(screen.queryByRole('dialog', { name: 'Phím tắt' })).toBeNull();
  });

  it('opens the shortcuts on ? outside a field, and leaves ? typed in a field as text', async () => {
    const { user } = await setup();
    const notes = await screen.findByRole('textbox', { name: 'Ghi chú' });
    await user.type(notes, 'Hỏi lại?');
    expect(notes).toHaveProperty('value', 'Hỏi lại?');
    expect(screen.queryByRole('dialog', { name: 'Phím tắt' })).toBeNull();
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('?');
    expect(await screen.findByRole('dialog', { name: 'Phím tắt' })).toBeTruthy();
  });

  it('imports a scan, reads it as the page on screen, and makes a draft entry from what was read', async () => {
    const { db, book, scripted, user } = await setup();
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), jpeg('trang-1.jpg'));
    expect(await screen.findByText('Xong · 1 mục · 85%', { selector: '.page-card .badge' })).toBeTruthy();
    expect(await screen.findByRole('img', { name: 'Ảnh trang 1' })).toBeTruthy();
    expect(screen.getByText('1 trường cần xem lại', { selector: '.page-card *' })).toBeTruthy();

    const entry = await screen.findByRole('region', { name: 'Mục 1 (số 390)' });
    const nameRow = within(entry).getByRole('row', { name: /Họ và tên/ });
    expect(within(nameRow).getByText('Hoàng Văn Sỹ Thực')).toBeTruthy();
    expect(nameRow.textContent).toContain('42%');
    expect(within(nameRow).getByText(/cần xem lại/)).toBeTruthy();
    expect(within(nameRow).getByText('Chữ đọc không rõ.')).toBeTruthy();
    expect(within(entry).getByRole('row', { name: /Giới tính/ }).textContent).not.toContain('cần xem lại');

    const [draft] = await db.entries.toArray();
    expect(draft).toMatchObject({ bookId: book.id, pageId: sha, entryNo: '390', status: 'draft', revision: 1 });
    expect(draft!.fields['child.fullName']).toMatchObject({ value: 'Hoàng Văn Sỹ Thực', source: 'ocr', confidence: 42 });
    expect(await db.audit.count()).toBe(1);
    expect(scripted.callsTo('ocr:extractPage').map((c) => c.input)).toEqual([{ sha256: sha, templateId: 'birth-form', priority: 'visible', placeDate: '2003-01-01' }]);
    const imported = scripted.callsTo('pages:import')[0]!.input as { bytes: Uint8Array };
    expect([...imported.bytes]).toEqual([9, 9, 9]);
  });

  it('adds every page of a multi-page TIFF, in order', async () => {
    const { db, user } = await setup({
      'pages:import': ({ fileName }) => ({
        ok: true,
        value: { fileName, pages: [1, 2, 3].map((index) => pageInfo(shaOf(index), fileName, { format: 'tiff', sourcePage: { index, count: 3 } })) },
      }),
    });
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), new File([new Uint8Array([1])], 'quyen-06.tif', { type: 'image/tiff' }));
    await waitFor(() => expect(gridCards()).toHaveLength(3));
    expect(gridCards().map((card) => card.querySelector('.page-card-title')!.textContent + ' ' + card.querySelector('.page-card-file')!.textContent)).toEqual([
      'Trang 1 quyen-06.tif (trang 1/3 của tệp)',
      'Trang 2 quyen-06.tif (trang 2/3 của tệp)',
      'Trang 3 quyen-06.tif (trang 3/3 của tệp)',
    ]);
    expect((await db.pages.toArray()).sort((a, b) => a.sequence - b.sequence).map((p) => p.id)).toEqual([shaOf(1), shaOf(2), shaOf(3)]);
    await waitFor(async () => expect((await db.pages.toArray()).every((p) => p.ocrState === 'done')).toBe(true));
    expect(await db.entries.count()).toBe(3);
  });

  it('reports a refused file in the batch\'s notice and keeps going with the others', async () => {
    const { db, user } = await setup();
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), [jpeg('rong.jpg', []), jpeg('tot.jpg', [1])]);
    const summary = await screen.findByText('2 tệp: 1 đã nhập, 1 lỗi', {}, { timeout: 5000 });
    expect(within(summary.closest('details')!).getByText('Tệp "rong.jpg" rỗng (0 byte).')).toBeTruthy();
    await waitFor(async () => expect((await db.pages.toArray()).map((p) => p.fileName)).toEqual(['tot.jpg']));
    await user.click(screen.getByRole('button', { name: 'Đóng tất cả thông báo nhập' }));
    expect(screen.queryByText('2 tệp: 1 đã nhập, 1 lỗi')).toBeNull();
  });

  it('reports a scan already in the book instead of adding it twice', async () => {
    const { db, user } = await setup();
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), jpeg('trang-1.jpg'));
    await screen.findByText('Xong · 1 mục · 85%', { selector: '.page-card .badge' });
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), jpeg('ban-sao.jpg'));
    expect(await screen.findByText('Ảnh "ban-sao.jpg" đã có trong sổ (trang 1).')).toBeTruthy();
    expect(await db.pages.count()).toBe(1);
  });

  it('takes only the scans of a picked folder, in natural order', async () => {
    const { db, user } = await setup({
      'pages:import': ({ fileName }) => ({ ok: true, value: { fileName, pages: [pageInfo(shaOf(Number(/\d+/.exec(fileName)![0])), fileName)] } }),
    });
    const inFolder = (name: string) => Object.defineProperty(jpeg(name), 'webkitRelativePath', { value: `so-06/${name}` });
    await user.upload(screen.getByLabelText('Nhập cả thư mục'), [inFolder('trang-10.jpg'), inFolder('Thumbs.db'), inFolder('trang-2.jpg')]);
    expect(await screen.findByText('Bỏ qua 1 tệp không phải ảnh quét trong thư mục.')).toBeTruthy();
    await waitFor(async () => expect((await db.pages.toArray()).sort((a, b) => a.sequence - b.sequence).map((p) => p.fileName)).toEqual(['trang-2.jpg', 'trang-10.jpg']));
  });

  it('saves a keyed entry linked to the page and lists it', async () => {
    const { db, user } = await setup({ 'ocr:extractPage': ({ sha256 }) => ({ ok: true, value: extractionOf(sha256, []) }) });
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), jpeg('trang-1.jpg', [7]));
    await screen.findByText('Xong · 0 mục · 85%', { selector: '.page-card .badge' });
    expect(await screen.findByText('Không đọc được mục nào trên trang.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Số' }), '390');
    await user.type(screen.getByRole('combobox', { name: 'Họ và tên' }), 'Hoàng Văn Sỹ Thực');
    await user.click(screen.getByRole('button', { name: 'Lưu (Ctrl+S)' }));
    const table = await screen.findByRole('table', { name: 'Các mục đã lưu' });
    expect(await within(table).findByText('Hoàng Văn Sỹ Thực')).toBeTruthy();
    const [entry] = await db.entries.toArray();
    expect(entry).toMatchObject({ pageId: sha, entryNo: '390', status: 'draft' });
    // autosave may have written a revision while the name was typed; each revision has its audit row
    expect(await db.audit.count()).toBe(entry!.revision);
  });

  it('marks an entry verified with Ctrl+Enter and moves on to a new one; refuses while errors remain, saying why in the UI language, at the first field in error', async () => {
    const { db, user } = await setup();
    const field = (name: string) => fieldInput(name, screen.getByRole('form', { name: /^(Mục mới|Sửa mục số)/ }));
    await user.type(field('Số'), '390');
    await user.type(field('Họ và tên'), 'Hoàng Văn Sỹ Thực');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const refusal = await screen.findByText(/^Chưa đánh dấu đã kiểm tra: còn lỗi ở 4 trường \(Giới tính, /);
    expect(refusal.textContent).not.toContain('Not marked verified');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(field('Giới tính')));
    await waitFor(async () => expect((await db.entries.toArray()).map((e) => e.status)).toEqual(['draft']));

    for (const [name, value] of [['Giới tính', 'Nam'], ['Ngày, tháng, năm sinh', '06/06/2003'], ['Nơi sinh', 'xã Thạnh Trị'], ['Ngày đăng ký', '12/06/2003']] as const) {
      await user.type(field(name), value);
    }
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Đã đánh dấu mục số 390 là đã kiểm tra.')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Mục mới' })).toBeTruthy();
    const [entry] = await db.entries.toArray();
    expect(entry).toMatchObject({ entryNo: '390', status: 'verified' });
    expect((await db.audit.toArray()).map((a) => a.action).at(-1)).toBe('verify');
    expect(within(await screen.findByRole('table', { name: 'Các mục đã lưu' })).getByText('Đã kiểm tra')).toBeTruthy();
  });

  it('walks the entries with Alt+PageDown and Alt+PageUp, in the order they were made', async () => {
    const { db, book, user } = await setup();
    const first = await saveEntry(db, { bookId: book.id, pageId: null, kind: 'birth', typed: { 'registration.number': '1', 'child.fullName': 'An' } }, 'clerk');
    await saveEntry(db, { bookId: book.id, pageId: null, kind: 'birth', typed: { 'registration.number': '2', 'child.fullName': 'Bình' } }, 'clerk');
    // saved again later: it stays first
    await saveEntry(db, { bookId: book.id, pageId: null, kind: 'birth', id: first.id, typed: { 'registration.number': '1', 'child.fullName': 'An Nhiên' } }, 'clerk');
    await within(await screen.findByRole('table', { name: 'Các mục đã lưu' })).findByText('Bình');
    await user.keyboard('{Alt>}{PageDown}{/Alt}');
    expect(await screen.findByRole('form', { name: 'Sửa mục số 1' })).toBeTruthy();
    await user.keyboard('{Alt>}{PageDown}{/Alt}');
    expect(await screen.findByRole('form', { name: 'Sửa mục số 2' })).toBeTruthy();
    await user.keyboard('{Alt>}{PageDown}{/Alt}');
    expect(screen.getByRole('form', { name: 'Sửa mục số 2' })).toBeTruthy();
    await user.keyboard('{Alt>}{PageUp}{/Alt}');
    expect(await screen.findByRole('form', { name: 'Sửa mục số 1' })).toBeTruthy();
  });

  it('deletes the entry in the form with a reason: it leaves the list and stays deleted; then removes the page', async () => {
    const { db, scripted, user } = await setup({ 'ocr:extractPage': ({ sha256 }) => ({ ok: true, value: extractionOf(sha256, []) }) });
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), jpeg('trang-1.jpg', [7]));
    await screen.findByRole('img', { name: 'Ảnh trang 1' }, { timeout: 5000 });
    await waitFor(() => expect(scripted.callsTo('ocr:extractPage')).toHaveLength(1), { timeout: 5000 });
    expect(screen.queryByRole('button', { name: 'Xóa mục…' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Số' }), '390');
    await user.click(screen.getByRole('button', { name: 'Lưu (Ctrl+S)' }));
    const table = await screen.findByRole('table', { name: 'Các mục đã lưu' }, { timeout: 5000 });
    await within(table).findByText('390', {}, { timeout: 5000 });
    await user.type(screen.getByRole('combobox', { name: 'Họ và tên' }), 'Lê');
    await waitFor(async () => expect((await db.entries.toArray())[0]?.fields['child.fullName']?.value).toBe('Lê'), { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Xóa mục…' }));
    await user.click(screen.getByRole('radio', { name: 'Nhập nhầm' }));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Nhập nhầm' }).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Xóa mục' }));
    expect(await screen.findByText('Đã xóa mục số 390.', {}, { timeout: 5000 })).toBeTruthy();
    // the clerk goes on keying: the focus is in the new entry's form
    await waitFor(() => expect(screen.getByRole('form', { name: /^Mục mới/ }).contains(document.activeElement)).toBe(true), { timeout: 5000 });
    // the list of a book with no entry left says so, in place of the table
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Các mục đã lưu' })).toBeNull(), { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await db.entries.count()).toBe(0);
    expect((await db.audit.toArray()).filter((row) => row.action === 'delete')).toEqual([expect.objectContaining({ reason: 'Nhập nhầm' })]);

    await user.click(screen.getByRole('button', { name: 'Gỡ trang…' }));
    await screen.findByText(/cùng 0 mục nháp/, {}, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Gỡ trang' }));
    expect(await screen.findByText('Đã gỡ trang 1.', {}, { timeout: 5000 })).toBeTruthy();
    expect(await db.pages.count()).toBe(0);
    expect(await screen.findAllByText('Chưa có trang nào.')).not.toHaveLength(0);
  }, 40_000);

  it('refuses to save an empty new entry, with a reason', async () => {
    const { db, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Lưu (Ctrl+S)' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Chưa nhập trường nào, nên chưa có gì để lưu.')).toBeTruthy();
    expect(within(alert).getByText('No field has been filled in, so there is nothing to save.')).toBeTruthy();
    expect(await db.entries.count()).toBe(0);
  });
});

describe('BookWorkspace: OCR drafts and a person’s corrections', () => {
  it('outlines on the page where the field being keyed was read, and zooms in and out on request', async () => {
    const { user } = await setup();
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), jpeg('trang-1.jpg'));
    const entry = await screen.findByRole('region', { name: 'Mục 1 (số 390)' });
    await user.click(await within(entry).findByRole('button', { name: 'Sửa mục này' }));
    const form = screen.getByRole('form', { name: 'Sửa mục số 390' });
    // opened to be keyed, the form starts on its first field, outlined on the page
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: 'Họ và tên' }));
    expect(screen.getByText('Khung vàng: Họ và tên')).toBeTruthy();
    await user.click(within(form).getByRole('textbox', { name: 'Số' }));
    expect(screen.getByText('Khung vàng: Số')).toBeTruthy();
    await user.click(within(form).getByRole('combobox', { name: 'Họ và tên' }));
    // the box (100, 200, 600 × 50) on the 2400 × 3400 display image, in shares of the page
    const outline = document.querySelector<HTMLElement>('.page-viewer-outline')!;
    expect([outline.style.left, outline.style.top, outline.style.width]).toEqual(['4.166666666666667%', '5.882352941176471%', '25%']);

    const tools = screen.getByRole('toolbar', { name: 'Phóng to, thu nhỏ ảnh trang' });
    expect(within(tools).getByText('100%')).toBeTruthy();
    await user.click(within(tools).getByRole('button', { name: 'Phóng to' }));
    await user.click(within(tools).getByRole('button', { name: 'Phóng to' }));
    expect(within(tools).getByText('150%')).toBeTruthy();
    expect(document.querySelector<HTMLElement>('.page-viewer-sheet')!.style.width).toBe('150%');
    await user.click(within(tools).getByRole('button', { name: 'Vừa khung' }));
    expect(within(tools).getByText('100%')).toBeTruthy();
  });

  it('opens the OCR draft in the entry form, and a second reading of the page never overwrites the correction', async () => {
    const { db, scripted, user } = await setup();
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), jpeg('trang-1.jpg'));
    const entry = await screen.findByRole('region', { name: 'Mục 1 (số 390)' });
    await user.click(await within(entry).findByRole('button', { name: 'Sửa mục này' }));

    const form = screen.getByRole('form', { name: 'Sửa mục số 390' });
    const name = within(form).getByRole('combobox', { name: 'Họ và tên' });
    expect((name as HTMLInputElement).value).toBe('Hoàng Văn Sỹ Thực');
    await user.clear(name);
    await user.type(name, 'Hoàng Văn Sĩ Thực');
    await user.click(within(form).getByRole('button', { name: 'Lưu (Ctrl+S)' }));
    await screen.findByText(/Đã lưu lúc/);

    const [corrected] = await db.entries.toArray();
    // OCR's revision, then the clerk's (autosave may have written one more while the name was typed)
    expect(corrected!.revision).toBeGreaterThan(1);
    expect(await db.audit.count()).toBe(corrected!.revision);
    expect(corrected!.fields['child.fullName']).toMatchObject({ value: 'Hoàng Văn Sĩ Thực', source: 'corrected' });
    expect(corrected!.fields['registration.number']).toMatchObject({ value: '390', source: 'ocr' });

    await user.click(screen.getByRole('button', { name: 'Nhận dạng lại' }));
    expect(await screen.findByText('Trang này đã có mục do người nhập hoặc sửa, nên lần đọc này không tạo mục nháp.')).toBeTruthy();
    expect(scripted.callsTo('ocr:extractPage')).toHaveLength(2);
    const entries = await db.entries.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.fields['child.fullName']!.value).toBe('Hoàng Văn Sĩ Thực');
  });
});

describe('BookWorkspace: the page grid', () => {
  async function withPages(count: number, state: Page['ocrState'] = 'done', extra: BridgeAnswers = {}) {
    const db = freshDatabase();
    const book = await newBook(db);
    const pages: Page[] = Array.from({ length: count }, (_, i) => ({
      id: shaOf(i + 1), bookId: book.id, sequence: i + 1, fileName: `trang-${i + 1}.jpg`, byteLength: 1, width: 1, height: 1,
      ocrState: state, importedAt: new Date().toISOString(),
      ...(state === 'done' ? { ocrConfidence: 80, entryCount: 1 } : {}),
    }));
    await db.pages.bulkAdd(pages);
    const scripted = bridge(extra);
    renderWith(<BookWorkspace bookId={book.id} />, { db, bridge: scripted.bridge });
    await waitFor(() => expect(gridCards()).toHaveLength(count));
    return { db, scripted, user: userEvent.setup() };
  }

  it('moves between pages with the arrow keys and opens one with Enter', async () => {
    const { user } = await withPages(5);
    expect(await screen.findByRole('img', { name: 'Ảnh trang 1' })).toBeTruthy();
    const cards = gridCards();
    expect(cards.map((c) => c.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    cards[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cards[1]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cards[3]);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(cards[4]);
    expect(screen.getByRole('img', { name: 'Ảnh trang 1' })).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('img', { name: 'Ảnh trang 5' })).toBeTruthy();
    expect(cards[4]!.getAttribute('aria-current')).toBe('page');
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(cards[0]);
  });

  it('shows each page’s thumbnail, and a failed page’s reason in words', async () => {
    const { db } = await withPages(2);
    await db.pages.update(shaOf(2), { ocrState: 'failed', ocrError: { vi: 'Nhận dạng chữ (OCR) thất bại: hết bộ nhớ', en: 'Text recognition (OCR) failed: out of memory' } });
    expect(await screen.findByText('Lỗi: Nhận dạng chữ (OCR) thất bại: hết bộ nhớ', { selector: '.page-card .badge' })).toBeTruthy();
    expect(await screen.findByRole('img', { name: 'Ảnh thu nhỏ trang 2' })).toBeTruthy();
  });

  it('shows page-level issues as words, on the card and in the panel', async () => {
    await withPages(1, 'pending', {
      'ocr:extractPage': ({ sha256 }) => ({ ok: true, value: extractionOf(sha256, [], { issues: [{ code: 'blank-page', message: { vi: 'Trang trắng: không có chữ để nhận dạng.', en: 'Blank page: there is no text to recognize.' } }] }) }),
    });
    expect(await screen.findByText('Trang trắng', { selector: '.page-card *' })).toBeTruthy();
    expect(await screen.findByText('Trang trắng: không có chữ để nhận dạng.', { selector: '.ocr-panel *' })).toBeTruthy();
  });
});

describe('BookWorkspace after a reload', () => {
  it('resumes the pages a reload left waiting or half-read, once each', async () => {
    const db = freshDatabase();
    const book = await newBook(db);
    const base = { bookId: book.id, byteLength: 1, width: 1, height: 1, importedAt: new Date().toISOString() };
    await db.pages.bulkAdd([
      { ...base, id: shaOf(1), sequence: 1, fileName: 'trang-1.jpg', ocrState: 'running' },
      { ...base, id: shaOf(2), sequence: 2, fileName: 'trang-2.jpg', ocrState: 'pending' },
      { ...base, id: shaOf(3), sequence: 3, fileName: 'trang-3.jpg', ocrState: 'cancelled' },
    ]);
    const scripted = bridge();
    renderWith(<BookWorkspace bookId={book.id} />, { db, bridge: scripted.bridge });
    await waitFor(async () => expect((await db.pages.toArray()).map((p) => p.ocrState)).toEqual(['done', 'done', 'cancelled']));
    expect(scripted.callsTo('ocr:extractPage').map((c) => (c.input as { sha256: string }).sha256).sort()).toEqual([shaOf(1), shaOf(2)]);
    expect(await db.entries.count()).toBe(2);
  });
});

describe('BookWorkspace: verified means every doubtful reading was looked at', () => {
  async function openDraft() {
    const setupResult = await setup();
    const { user } = setupResult;
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), jpeg('trang-1.jpg'));
    const read = await screen.findByRole('region', { name: 'Mục 1 (số 390)' }, { timeout: 5000 });
    await user.click(await within(read).findByRole('button', { name: 'Sửa mục này' }));
    const form = screen.getByRole('form', { name: 'Sửa mục số 390' });
    const field = (name: string) => fieldInput(name, form);
    // what OCR did not read, typed (Tab leaves the doubtful name as it was)
    for (const [name, value] of [['Ngày, tháng, năm sinh', '06/06/2003'], ['Nơi sinh', 'xã Thạnh Trị'], ['Ngày đăng ký', '12/06/2003']] as const) {
      await user.type(field(name), value);
    }
    return { ...setupResult, form, field };
  }

  it('moves to the unchecked field and says how many remain; a second Ctrl+Enter verifies anyway, audited with the field', async () => {
    const { db, user, field } = await openDraft();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/^Chưa đánh dấu đã kiểm tra: còn 1 trường máy đọc chưa chắc mà chưa xem \(Họ và tên\)/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(field('Họ và tên')));
    expect((await db.entries.toArray())[0]!.status).toBe('draft');
    expect(screen.getByRole('button', { name: 'Vẫn đánh dấu đã kiểm tra (còn 1 trường chưa xem)' })).toBeTruthy();

    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Đã đánh dấu mục số 390 là đã kiểm tra.')).toBeTruthy();
    const [entry] = await db.entries.toArray();
    expect(entry!.status).toBe('verified');
    expect((await db.audit.toArray()).at(-1)).toMatchObject({ action: 'verify', unchecked: ['child.fullName'] });
  });

  it('takes another key between the two Ctrl+Enter as no deliberate choice', async () => {
    const { db, user } = await openDraft();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText(/^Chưa đánh dấu đã kiểm tra: còn 1 trường/);
    await user.keyboard('{ArrowRight}{Control>}{Enter}{/Control}');
    await screen.findByText(/^Chưa đánh dấu đã kiểm tra: còn 1 trường/);
    expect((await db.entries.toArray())[0]!.status).toBe('draft');
  });

  it('counts a doubtful field accepted with Enter as checked: OCR-confirmed, and the entry verifies', async () => {
    const { db, user, field, form } = await openDraft();
    field('Họ và tên').focus();
    await user.keyboard('{Enter}');
    expect(within(form).getByText('OCR 42% · đã xác nhận')).toBeTruthy();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Đã đánh dấu mục số 390 là đã kiểm tra.')).toBeTruthy();
    const [entry] = await db.entries.toArray();
    expect(entry!.status).toBe('verified');
    expect(entry!.fields['child.fullName']).toMatchObject({ source: 'ocr', confidence: 42, confirmed: true });
    expect((await db.audit.toArray()).at(-1)).not.toHaveProperty('unchecked');
  });

  it('gives back a cleared OCR value with Ctrl+Z as OCR’s, not typed', async () => {
    const { db, user, field, form } = await openDraft();
    await user.clear(field('Họ và tên'));
    await user.click(field('Giới tính'));
    await user.keyboard('{Control>}z{/Control}');
    expect((field('Họ và tên')).value).toBe('Hoàng Văn Sỹ Thực');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(async () => expect((await db.entries.toArray())[0]!.fields['child.fullName']).toMatchObject({ source: 'ocr', confidence: 42, confirmed: true }));
    expect(within(form).getByText('OCR 42% · đã xác nhận')).toBeTruthy();
  });

  it('says on the page card and in the panel where the page’s entries stand, not what OCR once read', async () => {
    const { user, field } = await openDraft();
    const card = () => gridCards()[0]!;
    expect(within(card()).getByText('1 trường cần xem lại')).toBeTruthy();
    await user.clear(field('Họ và tên'));
    await user.type(field('Họ và tên'), 'Hoàng Văn Sĩ Thực');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(within(card()).getByText('Đã nhập, chờ đánh dấu đã kiểm tra')).toBeTruthy());
    const panel = screen.getByRole('region', { name: 'Mục 1 (số 390)' });
    expect(await within(panel).findByText('đã sửa thành “Hoàng Văn Sĩ Thực”')).toBeTruthy();
    expect(within(panel).queryByText(/cần xem lại/)).toBeNull();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(within(card()).getByText('Đã kiểm tra hết')).toBeTruthy());
  });
});

describe('BookWorkspace: the page on screen is the page of the entry in the form', () => {
  it('opens the first entry of the page Alt+Shift+PageUp moves to, and shows that page', async () => {
    const db = freshDatabase();
    const book = await newBook(db);
    const pages: Page[] = [1, 2].map((n) => ({ id: shaOf(n), bookId: book.id, sequence: n, fileName: `trang-${n}.jpg`, byteLength: 1, width: 1, height: 1, ocrState: 'done', importedAt: new Date().toISOString() }));
    await db.pages.bulkAdd(pages);
    await saveEntry(db, { bookId: book.id, pageId: shaOf(1), kind: 'birth', typed: { 'registration.number': '101', 'child.fullName': 'An' } }, 'clerk');
    await saveEntry(db, { bookId: book.id, pageId: shaOf(1), kind: 'birth', typed: { 'registration.number': '102', 'child.fullName': 'Bình' } }, 'clerk');
    const onTwo = await saveEntry(db, { bookId: book.id, pageId: shaOf(2), kind: 'birth', typed: { 'registration.number': '301', 'child.fullName': 'Chi' } }, 'clerk');
    renderWith(<BookWorkspace bookId={book.id} />, { db, bridge: bridge().bridge });
    const user = userEvent.setup();
    await user.click(await within(await screen.findByRole('table', { name: 'Các mục đã lưu' })).findByText('Chi'));
    await screen.findByRole('form', { name: 'Sửa mục số 301' });
    expect(await screen.findByRole('img', { name: 'Ảnh trang 2' })).toBeTruthy();
    fieldInput('Họ và tên', screen.getByRole('form', { name: 'Sửa mục số 301' })).focus();

    await user.keyboard('{Alt>}{Shift>}{PageUp}{/Shift}{/Alt}');
    expect(await screen.findByRole('form', { name: 'Sửa mục số 101' })).toBeTruthy();
    expect(await screen.findByRole('img', { name: 'Ảnh trang 1' })).toBeTruthy();
    expect(screen.queryByRole('img', { name: 'Ảnh trang 2' })).toBeNull();
    expect(onTwo.pageId).toBe(shaOf(2));

    // a page with no entry yet: a new entry, on that page
    await db.pages.add({ ...pages[1]!, id: shaOf(3), sequence: 3, fileName: 'trang-3.jpg' });
    await user.click(await within(screen.getByRole('list', { name: 'Các trang của sổ' })).findByRole('button', { name: /Trang 3/ }));
    expect(await screen.findByRole('form', { name: 'Mục mới' })).toBeTruthy();
    expect(await screen.findByRole('img', { name: 'Ảnh trang 3' })).toBeTruthy();
  });
});

describe('BookWorkspace: editions', () => {
  it('says a page of another edition in words, never as done, and reads it as that edition with one action', async () => {
    const { scripted, user } = await setup({
      'ocr:extractPage': ({ sha256, templateId }) => ({
        ok: true,
        value: templateId === 'birth-table'
          ? { ...extractionOf(sha256, [birthEntry(0, '12', 'Lê Văn An'), birthEntry(1, '13', 'Trần Thị Bình')]), templateId }
          : extractionOf(sha256, [], { issues: [editionIssue('other-edition', { other: 'birth-table', template: 'birth-form' })], confidence: 2 }),
      }),
    });
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), jpeg('bang-1.jpg'));
    const card = await within(await screen.findByRole('list', { name: 'Các trang của sổ' })).findByText('Mẫu sổ khác', { selector: '.badge' }, { timeout: 5000 });
    expect(card.className).toContain('ocr-other-edition');
    expect(screen.getByText('Mẫu sổ khác: Sổ đăng ký khai sinh (dạng bảng)', { selector: '.ocr-panel .badge' })).toBeTruthy();
    expect(screen.queryByText(/^Xong/)).toBeNull();
    expect(screen.getAllByText(/không phải mẫu của sổ \(“Sổ đăng ký khai sinh \(mỗi trang một mục\)”\)/).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Đọc trang này theo mẫu “Sổ đăng ký khai sinh (dạng bảng)”' }));
    expect(await screen.findByRole('region', { name: 'Mục 2 (số 13)' }, { timeout: 5000 })).toBeTruthy();
    expect(scripted.callsTo('ocr:extractPage').map((call) => (call.input as { templateId: string }).templateId)).toEqual(['birth-form', 'birth-table']);
    expect(screen.getByText('Trang này được đọc theo mẫu “Sổ đăng ký khai sinh (dạng bảng)”, không phải mẫu của sổ.')).toBeTruthy();
  });

  it('changes the book’s edition while no entry is verified, and reads its pages again as the new one', async () => {
    const { db, book, scripted, user } = await setup();
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), jpeg('trang-1.jpg'));
    await screen.findByRole('region', { name: 'Mục 1 (số 390)' }, { timeout: 5000 });
    await user.selectOptions(screen.getByLabelText('Mẫu sổ'), 'birth-table');
    await waitFor(() => expect(scripted.callsTo('ocr:extractPage').map((call) => (call.input as { templateId: string }).templateId)).toEqual(['birth-form', 'birth-table']));
    expect((await db.books.get(book.id))!.templateId).toBe('birth-table');
  });

  it('refuses to change the edition once an entry is verified, saying why', async () => {
    const { db, book, user } = await setup();
    const entry = await saveEntry(db, { bookId: book.id, pageId: null, kind: 'birth', typed: { 'registration.number': '1' } }, 'clerk');
    await db.entries.update(entry.id, { status: 'verified' });
    await user.selectOptions(screen.getByLabelText('Mẫu sổ'), 'birth-table');
    expect((await screen.findByRole('alert')).textContent).toContain('Không đổi được mẫu sổ: sổ đã có 1 mục được đánh dấu đã kiểm tra');
    expect((await db.books.get(book.id))!.templateId).toBe('birth-form');
  });
});
