// The whole book's background OCR as a clerk drives it, against a Node side whose answers the test holds
// back and releases page by page.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../shared/api/app-api.ts';
import type { PageExtraction } from '../../../../shared/ocr/ocr-types.ts';
import { appErrorPayload } from '../../../../shared/api/app-error.ts';
import type { Page } from '../../../../shared/domain/entry.ts';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { BookWorkspace } from '../../../../renderer/features/workspace/book-workspace.tsx';
import { birthEntry, deferred, extractionOf, shaOf } from '../../support/page-extraction.ts';
import { freshDatabase, renderWith, scriptedBridge } from '../../support/render-app.tsx';

async function bookWithPages(count: number, state: Page['ocrState']) {
  const db = freshDatabase();
  const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '02', yearFrom: 1987, yearTo: 1988 });
  await db.pages.bulkAdd(Array.from({ length: count }, (_, i): Page => ({
    id: shaOf(i + 1), bookId: book.id, sequence: i + 1, fileName: `trang-${i + 1}.jpg`, byteLength: 1, width: 1, height: 1, ocrState: state, importedAt: new Date().toISOString(),
  })));
  const answers = new Map<string, (result: Result<PageExtraction>) => void>();
  const scripted = scriptedBridge({
    'pages:getImage': () => ({ ok: true, value: { mimeType: 'image/jpeg', bytes: new Uint8Array([1]) } }),
    'ocr:extractPage': ({ sha256 }) => {
      const { promise, resolve } = deferred<Result<PageExtraction>>();
      answers.set(sha256, resolve);
      return promise;
    },
    'ocr:cancel': () => ({ ok: true, value: { cancelled: true } }),
  });
  renderWith(<BookWorkspace bookId={book.id} />, { db, bridge: scripted.bridge });
  const grid = await screen.findByRole('list', { name: 'Các trang của sổ' });
  await waitFor(() => expect(within(grid).getAllByRole('button')).toHaveLength(count));
  const card = (n: number) => within(grid).getAllByRole('button')[n - 1]!;
  const answer = (n: number, result: Result<PageExtraction>) => answers.get(shaOf(n))!(result);
  const read = (n: number) => answer(n, { ok: true, value: extractionOf(shaOf(n), [birthEntry(0, String(100 + n), `Người ${n}`)]) });
  const sent = () => scripted.callsTo('ocr:extractPage').map((c) => c.input as { sha256: string; priority: string; placeDate: string });
  return { db, scripted, card, answer, read, sent, user: userEvent.setup() };
}

describe('OCR of the whole book', () => {
  it('reads every page not done yet, the page on screen first, with progress, the time left, pause and cancel', async () => {
    const { db, scripted, card, answer, read, sent, user } = await bookWithPages(4, 'cancelled');
    const status = screen.getByRole('region', { name: 'Nhận dạng' });
    expect(within(status).getByText('Đã nhận dạng 0/4 trang')).toBeTruthy();
    expect(sent()).toEqual([]);

    await user.click(within(status).getByRole('button', { name: 'Nhận dạng cả sổ' }));
    await waitFor(() => expect(sent()).toHaveLength(3));
    expect(sent().map((s) => [s.sha256, s.priority, s.placeDate])).toEqual([
      [shaOf(1), 'visible', '1987-01-01'],
      [shaOf(2), 'batch', '1987-01-01'],
      [shaOf(3), 'batch', '1987-01-01'],
    ]);
    expect(await within(status).findByText('1 trang đang chờ')).toBeTruthy();
    expect(within(card(4)).getByText('Chờ nhận dạng')).toBeTruthy();

    scripted.emit('ocr:progress', { sha256: shaOf(1), stage: 'ocr', progress: 0.4 });
    expect(await within(status).findByText('Đang đọc trang 1: nhận dạng chữ 40%')).toBeTruthy();
    expect(within(card(1)).getByText('Đang đọc 40%')).toBeTruthy();

    read(1);
    read(2);
    expect(await within(status).findByText('Đã nhận dạng 2/4 trang')).toBeTruthy();
    expect(await within(card(2)).findByText('Xong · 1 mục · 85%')).toBeTruthy();
    await waitFor(() => expect(sent().map((s) => s.sha256)).toContain(shaOf(4)));
    // Two pages in flight, each read in a few milliseconds here: well under a minute left.
    expect(await within(status).findByText('Còn khoảng: dưới 1 phút')).toBeTruthy();

    await user.click(within(status).getByRole('button', { name: 'Tạm dừng' }));
    expect(within(status).getByText('Đã tạm dừng.')).toBeTruthy();
    expect(within(status).getByRole('button', { name: 'Tiếp tục' })).toBeTruthy();
    expect(within(status).queryByText(/Còn khoảng/)).toBeNull();

    await user.click(within(status).getByRole('button', { name: 'Hủy nhận dạng' }));
    expect(scripted.callsTo('ocr:cancel').map((c) => (c.input as { sha256: string }).sha256).sort()).toEqual([shaOf(3), shaOf(4)]);
    answer(3, { ok: false, error: appErrorPayload('ocr-cancelled', { page: 3 }) });
    answer(4, { ok: false, error: appErrorPayload('ocr-cancelled', { page: 4 }) });
    expect(await within(card(4)).findByText('Đã hủy')).toBeTruthy();
    await waitFor(async () => expect((await db.pages.toArray()).sort((a, b) => a.sequence - b.sequence).map((p) => p.ocrState)).toEqual(['done', 'done', 'cancelled', 'cancelled']));
    expect(await db.entries.count()).toBe(2);
    expect(within(status).queryByRole('button', { name: 'Hủy nhận dạng' })).toBeNull();
  });

  it('keeps the form usable while pages are being read', async () => {
    const { sent, user } = await bookWithPages(3, 'pending');
    await waitFor(() => expect(sent()).toHaveLength(3));
    const name = screen.getByRole('combobox', { name: 'Họ và tên' });
    await user.type(name, 'Lê Thị Hoa');
    expect((name as HTMLInputElement).value).toBe('Lê Thị Hoa');
  });

  it('marks a page whose reading failed, with the reason, and reads it again on request', async () => {
    const { db, card, answer, read, sent, user } = await bookWithPages(1, 'pending');
    await waitFor(() => expect(sent()).toHaveLength(1));
    answer(1, { ok: false, error: appErrorPayload('ocr-failed', { detail: 'worker exited' }) });
    expect(await within(card(1)).findByText('Lỗi: Nhận dạng chữ (OCR) thất bại: worker exited')).toBeTruthy();
    expect((await db.pages.get(shaOf(1)))!.ocrError).toEqual({ vi: 'Nhận dạng chữ (OCR) thất bại: worker exited', en: 'Text recognition (OCR) failed: worker exited' });

    await user.click(screen.getByRole('button', { name: 'Nhận dạng lại' }));
    await waitFor(() => expect(sent()).toHaveLength(2));
    expect(sent()[1]!.priority).toBe('visible');
    read(1);
    expect(await within(card(1)).findByText('Xong · 1 mục · 85%')).toBeTruthy();
    expect((await db.pages.get(shaOf(1)))!).not.toHaveProperty('ocrError');
  });
});
