// The walking skeleton's promise, as a clerk would live it: create a book, import a scan, see the
// recognized text, key a birth entry, save, reload, and find it again. Real Chromium, real IndexedDB,
// real OCR on the Node side.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
const scan = path.join(fixtures, 'birth-form-001.jpg');
const truth = (JSON.parse(readFileSync(path.join(fixtures, 'birth-form-001.json'), 'utf8')) as { entries: { fields: Record<string, string> }[] }).entries[0]!.fields;

function launchUrl(): string {
  const url = process.env.SOHOA_E2E_URL;
  if (!url) throw new Error('SOHOA_E2E_URL is not set: run through playwright.config.ts');
  return url;
}

async function createBook(page: Page, commune: string) {
  await page.goto(launchUrl());
  await expect(page.getByRole('heading', { name: 'Sổ hộ tịch', exact: true })).toBeVisible();
  await page.getByLabel('Loại sổ').selectOption('birth');
  await page.getByLabel('Xã/phường (như ghi trên bìa)').fill(commune);
  await page.getByLabel('Quyển số').fill('06');
  await page.getByLabel('Từ năm').fill('2003');
  await page.getByLabel('Đến năm').fill('2003');
  await page.getByRole('button', { name: 'Tạo sổ mới' }).click();
  await expect(page.getByRole('heading', { name: /Khai sinh · .* · Quyển số 06/ })).toBeVisible();
}

test('a scan goes through OCR into a saved birth entry that survives a reload', async ({ page }) => {
  await createBook(page, 'xã Thạnh Trị, thị xã Kiến Tường');

  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(scan);
  await expect(page.getByRole('img', { name: 'Ảnh trang 1' })).toBeVisible();
  const ocrText = page.getByLabel('Văn bản nhận dạng', { exact: true }).and(page.locator('pre'));
  await expect(ocrText).toContainText(truth['child.fullName']!, { timeout: 90_000 });
  await expect(page.getByText('Đã nhận dạng')).toBeVisible();

  const keyed = ['registration.number', 'child.fullName', 'child.sex', 'child.birthDate', 'child.birthPlace', 'father.fullName', 'mother.fullName', 'registration.date'];
  for (const key of keyed) await page.locator(`[data-field="${key}"]`).fill(truth[key]!);
  await page.locator('[data-field="child.fullName"]').press('Control+s');
  await expect(page.getByText(/Đã lưu lúc/)).toBeVisible();

  const entries = page.getByRole('table', { name: 'Các mục đã lưu' });
  await expect(entries.getByRole('row')).toHaveCount(2);
  await expect(entries).toContainText(truth['child.fullName']!);

  await page.reload();
  await expect(entries).toContainText(truth['child.fullName']!);
  await expect(entries).toContainText('Nháp');
  await expect(page.getByLabel('Văn bản nhận dạng', { exact: true }).and(page.locator('pre'))).toContainText(truth['child.fullName']!);

  // What IndexedDB holds, read back through Dexie's own store: the entry (NFC) and its audit row.
  const stored = await page.evaluate(async () => {
    const open = indexedDB.open('sohoa');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    return { entries: await all<{ id: string; revision: number; fields: Record<string, { value: string; source: string }> }>('entries'), audit: await all<{ entityId: string; action: string; changes: { field: string }[] }>('audit') };
  });
  expect(stored.entries).toHaveLength(1);
  const entry = stored.entries[0]!;
  expect(entry.fields['child.fullName']).toMatchObject({ value: truth['child.fullName']!.normalize('NFC'), source: 'typed' });
  expect(entry.revision).toBe(1);
  expect(stored.audit).toEqual([expect.objectContaining({ entityId: entry.id, action: 'create' })]);
  expect(stored.audit[0]!.changes.map((c) => c.field).sort()).toEqual([...keyed].sort());
});

test('bad files are refused with a clear message and nothing saved is lost', async ({ page }) => {
  await createBook(page, 'xã Bình Lập');
  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(scan);
  await expect(page.getByRole('img', { name: 'Ảnh trang 1' })).toBeVisible();

  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles([
    { name: 'ghi-chu.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('không phải ảnh') },
    { name: 'rong.png', mimeType: 'image/png', buffer: Buffer.alloc(0) },
    { name: 'chep-do.jpg', mimeType: 'image/jpeg', buffer: readFileSync(scan).subarray(0, 100_000) },
  ]);
  const alerts = page.getByRole('alert');
  await expect(alerts).toHaveCount(3);
  await expect(alerts.nth(0)).toContainText('Tệp "ghi-chu.jpg" không phải ảnh quét đọc được');
  await expect(alerts.nth(0)).toContainText('is not a readable scan');
  await expect(alerts.nth(1)).toContainText('Tệp "rong.png" rỗng');
  await expect(alerts.nth(2)).toContainText('bị hỏng hoặc không đầy đủ');

  // The page imported before is still there, and the same scan again is recognized as a duplicate.
  await expect(page.getByRole('button', { name: /Trang 1: birth-form-001\.jpg/ })).toBeVisible();
  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(scan);
  await expect(page.getByText('Ảnh "birth-form-001.jpg" đã có trong sổ (trang 1).')).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveCount(1);
});
