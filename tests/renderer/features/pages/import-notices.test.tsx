import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorPayload } from '../../../../shared/api/app-error.ts';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { BookWorkspace } from '../../../../renderer/features/workspace/book-workspace.tsx';
import { useSettingsStore } from '../../../../renderer/stores/settings-store.ts';
import { extractionOf, pageInfo, shaOf } from '../../support/page-extraction.ts';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

/** A scan whose page is named by its first byte, so two files with the same first byte are the same scan. */
function scan(name: string, bytes: number[]) {
  return new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });
}

async function setup() {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '02', yearFrom: 1987, yearTo: 1987 });
  const scripted = scriptedBridge({
    'pages:import': ({ fileName, bytes }) => {
      if (bytes.byteLength === 0) return { ok: false, error: appErrorPayload('image-empty', { file: fileName }) };
      const pages = [pageInfo(shaOf(bytes[0]!), fileName)];
      // A PDF whose second page is damaged: the first is imported, the second named.
      if (fileName.endsWith('.pdf')) return { ok: true, value: { fileName, pages, error: appErrorPayload('pdf-damaged', { file: `${fileName}, trang 2` }) } };
      return { ok: true, value: { fileName, pages } };
    },
    'pages:getImage': () => ({ ok: true, value: { mimeType: 'image/jpeg', bytes: new Uint8Array([1]) } }),
    'ocr:extractPage': ({ sha256 }) => ({ ok: true, value: extractionOf(sha256, []) }),
    'ocr:cancel': () => ({ ok: true, value: { cancelled: true } }),
  });
  renderWith(<BookWorkspace bookId={book.id} />, { db, bridge: scripted.bridge });
  await screen.findByText(/Khai sinh · xã Bình Lập/);
  return { db, scripted, user: userEvent.setup() };
}

/** The five files of the issue: three new scans, one already there, one that cannot be read. */
const batchOfFive = [scan('trang-1.jpg', [1]), scan('trang-2.jpg', [2]), scan('trang-3.jpg', [3]), scan('trang-4.jpg', [1]), scan('trang-5.jpg', [])];

function notices() {
  return within(screen.getByRole('region', { name: 'Kết quả nhập ảnh' }));
}

describe('import notices', () => {
  afterEach(() => act(() => useSettingsStore.getState().setLanguage('vi')));

  it('sums up a batch in one notice that opens to the files to act on, in Vietnamese only', async () => {
    const { db, user } = await setup();
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), batchOfFive);
    const summary = await notices().findByText('5 tệp: 3 đã nhập, 1 trùng, 1 lỗi', {}, { timeout: 5000 });
    expect(await db.pages.count()).toBe(3);
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Ảnh "trang-4.jpg" đã có trong sổ (trang 1).',
      'Tệp "trang-5.jpg" rỗng (0 byte).',
    ]);
    expect(screen.queryByText(/is empty|already in this book/)).toBeNull();
    // One notice for the batch, not one per file.
    expect(notices().getAllByRole('listitem').filter((item) => item.classList.contains('notice'))).toHaveLength(1);
  });

  it('puts the newest batch first, and dismisses them all with one action', async () => {
    const { user } = await setup();
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), [scan('a.jpg', [1])]);
    await notices().findByText('1 tệp: 1 đã nhập');
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), [scan('b.jpg', [1]), scan('c.jpg', [2])]);
    await notices().findByText('2 tệp: 1 đã nhập, 1 trùng');
    const shown = notices().getAllByRole('listitem').filter((item) => item.classList.contains('notice'));
    expect(shown.map((item) => item.querySelector('p, summary')!.textContent)).toEqual(['2 tệp: 1 đã nhập, 1 trùng', '1 tệp: 1 đã nhập']);
    await user.click(screen.getByRole('button', { name: 'Đóng tất cả thông báo nhập' }));
    expect(screen.queryByRole('region', { name: 'Kết quả nhập ảnh' })).toBeNull();
  });

  it('speaks English only when the UI is in English, with English plurals', async () => {
    const { user } = await setup();
    act(() => useSettingsStore.getState().setLanguage('en'));
    await user.upload(screen.getByLabelText('Import page scans'), batchOfFive);
    const summary = await screen.findByText('5 files: 3 imported, 1 already here, 1 failed', {}, { timeout: 5000 });
    expect(within(summary.closest('details')!).getByText('The file "trang-5.jpg" is empty (0 bytes).')).toBeTruthy();
    expect(screen.queryByText(/rỗng|đã có trong sổ/)).toBeNull();
    await user.upload(screen.getByLabelText('Import page scans'), [scan('d.jpg', [9])]);
    expect(await screen.findByText('1 file: 1 imported')).toBeTruthy();
  });

  it('gathers what the watched folder brings in a row into one notice, and starts another after a batch of the clerk\'s', async () => {
    const { scripted, user } = await setup();
    act(() => scripted.emit('pages:watchImported', { fileName: 'scan-0001.jpg', pages: [pageInfo(shaOf(1), 'scan-0001.jpg')] }));
    act(() => scripted.emit('pages:watchImported', { fileName: 'scan-0002.jpg', error: appErrorPayload('image-truncated', { file: 'scan-0002.jpg' }) }));
    const summary = await notices().findByText('Từ thư mục theo dõi, 2 tệp: 1 đã nhập, 1 lỗi');
    expect(within(summary.closest('details')!).getByText(/Ảnh "scan-0002.jpg" bị hỏng/)).toBeTruthy();
    await user.upload(screen.getByLabelText('Nhập ảnh trang sổ'), [scan('trang-9.jpg', [9])]);
    await notices().findByText('1 tệp: 1 đã nhập');
    act(() => scripted.emit('pages:watchImported', { fileName: 'scan-0003.jpg', pages: [pageInfo(shaOf(3), 'scan-0003.jpg')] }));
    await waitFor(() => expect(notices().getAllByRole('listitem').filter((item) => item.classList.contains('notice')).map((item) => item.querySelector('p, summary')!.textContent)).toEqual([
      'Từ thư mục theo dõi, 1 tệp: 1 đã nhập',
      '1 tệp: 1 đã nhập',
      'Từ thư mục theo dõi, 2 tệp: 1 đã nhập, 1 lỗi',
    ]), { timeout: 5000 });
  });

  it('names the pages of a PDF that could not be read while its other pages were imported', async () => {
    const { db, user } = await setup();
    const input = screen.getByLabelText('Nhập ảnh trang sổ');
    expect(input.getAttribute('accept')).toContain('application/pdf');
    await user.upload(input, [scan('quyen.pdf', [4])]);
    const summary = await notices().findByText('1 tệp: 1 đã nhập');
    expect(within(summary.closest('details')!).getByText(/^Tệp PDF "quyen.pdf, trang 2" bị hỏng/)).toBeTruthy();
    expect(summary.closest('.notice')!.classList.contains('notice-error')).toBe(true);
    expect(await db.pages.count()).toBe(1);
  });
});
