import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appErrorPayload } from '../../../../shared/api/app-error.ts';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { BookWorkspace } from '../../../../renderer/features/workspace/book-workspace.tsx';
import { birthEntry, extractionOf, pageInfo, shaOf } from '../../support/page-extraction.ts';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

async function setup() {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '02', yearFrom: 1987, yearTo: 1987 });
  const scripted = scriptedBridge({
    'pages:watchFolder': ({ path }) => ({ ok: true, value: { path } }),
    'pages:getImage': () => ({ ok: true, value: { mimeType: 'image/jpeg', bytes: new Uint8Array([1]) } }),
    'ocr:extractPage': ({ sha256 }) => ({ ok: true, value: extractionOf(sha256, [birthEntry(0, '12', 'Lê Văn A')]) }),
  });
  const view = renderWith(<BookWorkspace bookId={book.id} />, { db, bridge: scripted.bridge });
  await screen.findByText(/Khai sinh · xã Bình Lập/);
  return { db, book, scripted, view, user: userEvent.setup() };
}

describe('the watched scanner folder', () => {
  it('watches the folder typed in, adds what it imports to the open book and reads it, reports a bad scan, and stops', async () => {
    const { db, book, scripted, view, user } = await setup();
    await user.type(screen.getByLabelText('Thư mục máy quét (đường dẫn)'), 'D:\\Scan\\So-02');
    await user.click(screen.getByRole('button', { name: 'Theo dõi thư mục' }));
    expect(await screen.findByText('Đang theo dõi D:\\Scan\\So-02: ảnh mới quét được thêm vào sổ này.')).toBeTruthy();
    expect(scripted.callsTo('pages:watchFolder').map((c) => c.input)).toEqual([{ path: 'D:\\Scan\\So-02' }]);

    scripted.emit('pages:watchImported', { fileName: 'scan-0001.jpg', pages: [pageInfo(shaOf(1), 'scan-0001.jpg')] });
    expect(await screen.findByText('Xong · 1 mục · 85%', { selector: '.page-card .badge' })).toBeTruthy();
    const [page] = await db.pages.toArray();
    expect(page).toMatchObject({ bookId: book.id, fileName: 'scan-0001.jpg', sequence: 1, ocrState: 'done' });

    scripted.emit('pages:watchImported', { fileName: 'scan-0002.jpg', error: appErrorPayload('image-truncated', { file: 'scan-0002.jpg' }) });
    const notice = await screen.findByText('Từ thư mục theo dõi, 2 tệp: 1 đã nhập, 1 lỗi');
    expect(within(notice.closest('details')!).getByText(/scan-0002\.jpg/)).toBeTruthy();
    expect(await db.pages.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Dừng theo dõi' }));
    await waitFor(() => expect(scripted.callsTo('pages:watchFolder').map((c) => c.input)).toEqual([{ path: 'D:\\Scan\\So-02' }, { path: null }]));
    expect(screen.queryByText(/Đang theo dõi/)).toBeNull();
    view.unmount();
    expect(scripted.callsTo('pages:watchFolder')).toHaveLength(2);
  });

  it('stops watching when the book is closed, so no scan lands in a book nobody has open', async () => {
    const { scripted, view, user } = await setup();
    await user.type(screen.getByLabelText('Thư mục máy quét (đường dẫn)'), '/home/clerk/scans');
    await user.click(screen.getByRole('button', { name: 'Theo dõi thư mục' }));
    await screen.findByText(/Đang theo dõi/);
    view.unmount();
    expect(scripted.callsTo('pages:watchFolder').map((c) => c.input)).toEqual([{ path: '/home/clerk/scans' }, { path: null }]);
  });

  it('shows why a folder cannot be watched, in both languages', async () => {
    const db = freshDatabase();
    const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '02', yearFrom: 1987, yearTo: 1987 });
    const scripted = scriptedBridge({ 'pages:watchFolder': ({ path }) => ({ ok: false, error: appErrorPayload('path-not-found', { path: path ?? '' }) }) });
    renderWith(<BookWorkspace bookId={book.id} />, { db, bridge: scripted.bridge });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Thư mục máy quét (đường dẫn)'), 'E:\\khong-co');
    await user.click(screen.getByRole('button', { name: 'Theo dõi thư mục' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Không tìm thấy tệp hoặc thư mục "E:\\khong-co".')).toBeTruthy();
    expect(within(alert).getByText('The file or folder "E:\\khong-co" does not exist.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Theo dõi thư mục' })).toBeTruthy();
  });
});
