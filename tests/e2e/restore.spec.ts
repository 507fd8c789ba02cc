// The data folder is the second copy (DESIGN.md): entries typed and verified in one browser profile reach
// the data folder's journal, and a new, empty profile (a wiped browser, a new PC) restores the book from it
// with every entry, list row and audit row. Real Chromium, real IndexedDB, the real browser-mode host.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createBirthBook, enterAs, launchUrl } from './app-steps.ts';
import { readStores } from './indexed-db.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'samples');
const truth = (JSON.parse(readFileSync(path.join(fixtures, 'birth-form-001.json'), 'utf8')) as { entries: { fields: Record<string, string> }[] }).entries[0]!.fields;

type Stored = {
  books: { id: string; communeAsWritten: string }[];
  pages: { id: string; bookId: string }[];
  entries: { id: string; bookId: string; status: string; revision: number }[];
  entryRows: { id: string; bookId: string; key: string }[];
  audit: { id: string; entityId: string; action: string }[];
};

const commune = 'xã Long Hựu Đông, huyện Cần Đước';

/** The book's records in this profile, in a stable order. */
async function bookRecords(page: Page) {
  const stored = await readStores<Stored>(page, ['books', 'pages', 'entries', 'entryRows', 'audit']);
  const book = stored.books.find((b) => b.communeAsWritten === commune)!;
  const entries = stored.entries.filter((e) => e.bookId === book.id).sort((a, b) => a.id.localeCompare(b.id));
  const ids = new Set(entries.map((e) => e.id));
  return {
    book,
    pages: stored.pages.filter((p) => p.bookId === book.id),
    entries,
    rows: stored.entryRows.filter((r) => r.bookId === book.id).map(({ id, key }) => ({ id, key })).sort((a, b) => a.key.localeCompare(b.key)),
    audit: stored.audit.filter((a) => ids.has(a.entityId)).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

test('entries typed and verified in one profile are restored from the data folder into a new, empty one, every entry and audit row', async ({ page, browser }) => {
  await createBirthBook(page, { commune, volume: '11', year: 2003 });

  // one entry from a scan, keyed over its OCR draft and verified
  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(path.join(fixtures, 'birth-form-001.jpg'));
  await expect(page.getByRole('list', { name: 'Các trang của sổ' }).locator('.badge')).toHaveText(/^Xong · 1 mục/, { timeout: 90_000 });
  await page.getByRole('region', { name: /^Mục 1/ }).getByRole('button', { name: 'Sửa mục này' }).click();
  const form = page.getByRole('form', { name: /^Sửa mục số/ });
  const keys = await form.locator('input[data-field]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).dataset.field!));
  for (const key of keys) await form.locator(`[data-field="${key}"]`).fill(truth[key] ?? '');
  await form.locator(`[data-field="${keys[0]!}"]`).focus();
  await page.keyboard.press('Control+Enter');
  const verified = page.getByText(/^Đã đánh dấu mục số 390 là đã kiểm tra\.$/);
  const anyway = form.getByRole('button', { name: /^Vẫn đánh dấu đã kiểm tra/ });
  await expect(verified.or(anyway).first()).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(verified).toBeVisible();

  // one typed by hand, saved as a draft
  await page.getByRole('button', { name: 'Mục mới' }).click();
  const fresh = page.getByRole('form', { name: 'Mục mới' });
  await fresh.locator('[data-field="registration.number"]').fill('391');
  await fresh.locator('[data-field="child.fullName"]').fill('Phạm Thị Thu Hà');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('table', { name: 'Các mục đã lưu' })).toContainText('Phạm Thị Thu Hà');

  // everything saved has reached the data folder: the journal outbox is empty
  await expect.poll(async () => (await readStores<{ journalOutbox: unknown[] }>(page, ['journalOutbox'])).journalOutbox.length, { timeout: 30_000 }).toBe(0);
  const before = await bookRecords(page);
  expect(before.entries).toHaveLength(2);
  expect(before.entries.map((e) => e.status).sort()).toEqual(['draft', 'verified']);
  expect(before.audit.map((a) => a.action)).toContain('verify');

  // a wiped profile: a new browser context has no IndexedDB at all
  const context = await browser.newContext();
  const wiped = await context.newPage();
  await wiped.goto(launchUrl());
  await enterAs(wiped);
  await expect(wiped.getByRole('heading', { name: 'Khôi phục sổ từ thư mục dữ liệu' })).toBeVisible();
  await expect(wiped.getByText('Chưa có sổ nào. Hãy tạo sổ đầu tiên.')).toBeVisible();
  await wiped.getByRole('button', { name: `Khôi phục sổ ${commune}, quyển 11` }).click();
  await expect(wiped.getByText(new RegExp(`^Đã khôi phục sổ ${commune}, quyển 11: 1 trang, 2 mục, ${before.audit.length} dòng lịch sử sửa đổi\\.`))).toBeVisible();

  const after = await bookRecords(wiped);
  expect(after).toEqual(before);

  // the book is in the list and opens on its entries; restoring again finds nothing missing
  await wiped.getByRole('button', { name: `Mở sổ ${commune}, quyển 11` }).click();
  const entries = wiped.getByRole('table', { name: 'Các mục đã lưu' });
  await expect(entries).toContainText('Phạm Thị Thu Hà');
  await expect(entries).toContainText('Đã kiểm tra');
  await context.close();
});
