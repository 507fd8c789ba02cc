import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appErrorPayload } from '../../../../shared/api/app-error.ts';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { BookWorkspace } from '../../../../renderer/features/workspace/book-workspace.tsx';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

const sha = 'ab'.repeat(32);

function bridge() {
  return scriptedBridge({
    'pages:import': ({ fileName, bytes }) =>
      bytes.byteLength === 0
        ? { ok: false, error: appErrorPayload('image-empty', { file: fileName }) }
        : { ok: true, value: { sha256: sha, fileName, format: 'jpeg', width: 2533, height: 3546, byteLength: bytes.byteLength, alreadyImported: false } },
    'pages:getImage': () => ({ ok: true, value: { mimeType: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]) } }),
    'ocr:recognizePage': ({ sha256 }) => ({ ok: true, value: { sha256, text: 'SỔ ĐĂNG KÝ KHAI SINH\nHọ và tên: Hoàng Văn Sỹ Thực', confidence: 72.4, engine: 'tesseract.js', model: 'vie' } }),
  });
}

async function setup() {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Thạnh Trị', volume: '06', yearFrom: 2003, yearTo: 2003 });
  const scripted = bridge();
  renderWith(<BookWorkspace bookId={book.id} />, { db, bridge: scripted.bridge });
  await screen.findByText(/Khai sinh · xã Thạnh Trị/);
  return { db, book, scripted, user: userEvent.setup() };
}

describe('BookWorkspace', () => {
  it('imports a scan, runs OCR on it and keeps the text with the page', async () => {
    const { db, book, scripted, user } = await setup();
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), new File([new Uint8Array([9, 9, 9])], 'trang-1.jpg', { type: 'image/jpeg' }));
    expect(await screen.findByText('Hoàng Văn Sỹ Thực', { exact: false })).toBeTruthy();
    expect(screen.getByText('Độ tin cậy trung bình: 72%')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Ảnh trang 1' })).toBeTruthy();
    const page = await db.pages.get(sha);
    expect(page).toMatchObject({ bookId: book.id, sequence: 1, fileName: 'trang-1.jpg', ocrState: 'done' });
    expect(page!.ocrText).toContain('Hoàng Văn Sỹ Thực');
    expect(scripted.calls.map((c) => c.channel)).toEqual(expect.arrayContaining(['pages:import', 'ocr:recognizePage']));
    const imported = scripted.calls.find((c) => c.channel === 'pages:import')!.input as { bytes: Uint8Array };
    expect([...imported.bytes]).toEqual([9, 9, 9]);
  });

  it('shows a refused file in both languages and keeps working', async () => {
    const { db, user } = await setup();
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), [
      new File([], 'rong.jpg', { type: 'image/jpeg' }),
      new File([new Uint8Array([1])], 'tot.jpg', { type: 'image/jpeg' }),
    ]);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Tệp "rong.jpg" rỗng (0 byte).')).toBeTruthy();
    expect(within(alert).getByText('The file "rong.jpg" is empty (0 bytes).')).toBeTruthy();
    await waitFor(async () => expect((await db.pages.toArray()).map((p) => p.fileName)).toEqual(['tot.jpg']));
    await user.click(within(alert).getByRole('button', { name: 'Đóng / Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves a keyed entry linked to the page and lists it', async () => {
    const { db, user } = await setup();
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), new File([new Uint8Array([7])], 'trang-1.jpg', { type: 'image/jpeg' }));
    await screen.findByText('Đã nhận dạng', { selector: '.badge' });
    await user.type(screen.getByRole('textbox', { name: 'Số' }), '390');
    await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), 'Hoàng Văn Sỹ Thực');
    await user.click(screen.getByRole('button', { name: 'Lưu (Ctrl+S)' }));
    const table = await screen.findByRole('table', { name: 'Các mục đã lưu' });
    expect(await within(table).findByText('Hoàng Văn Sỹ Thực')).toBeTruthy();
    const [entry] = await db.entries.toArray();
    expect(entry).toMatchObject({ pageId: sha, entryNo: '390', revision: 1, status: 'draft' });
    expect(await db.audit.count()).toBe(1);
  });

  it('refuses to save an empty new entry, with a reason', async () => {
    const { db, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Lưu (Ctrl+S)' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Chưa nhập trường nào, nên chưa có gì để lưu.')).toBeTruthy();
    expect(within(alert).getByText('No field has been filled in, so there is nothing to save.')).toBeTruthy();
    expect(await db.entries.count()).toBe(0);
  });
});

describe('BookWorkspace after a reload', () => {
  it('recognizes again a page whose OCR was cut short', async () => {
    const db = freshDatabase();
    const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Thạnh Trị', volume: '06', yearFrom: 2003, yearTo: 2003 });
    await db.pages.add({ id: sha, bookId: book.id, sequence: 1, fileName: 'trang-1.jpg', byteLength: 1, width: 1, height: 1, ocrState: 'running', importedAt: new Date().toISOString() });
    const scripted = bridge();
    renderWith(<BookWorkspace bookId={book.id} />, { db, bridge: scripted.bridge });
    expect(await screen.findByText('Hoàng Văn Sỹ Thực', { exact: false })).toBeTruthy();
    expect((await db.pages.get(sha))!.ocrState).toBe('done');
    expect(scripted.calls.filter((c) => c.channel === 'ocr:recognizePage')).toHaveLength(1);
  });
});
