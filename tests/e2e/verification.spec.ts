// What "verified" promises, by keyboard in real Chromium: every reading OCR was unsure of was looked at
// (accepted, changed or marked), or the clerk chose to verify anyway and the audit says which were not;
// and the page on screen is always the page of the entry being keyed.
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { createBirthBook } from './app-steps.ts';
import { readStores } from './indexed-db.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'samples');

interface StoredField {
  value: string;
  source: string;
  lowConfidence?: true;
  confirmed?: true;
}

interface StoredEntry {
  id: string;
  pageId: string;
  entryNo: string;
  status: string;
  fields: Record<string, StoredField>;
  read?: Record<string, StoredField>;
}

async function importScans(page: Page, files: string[]) {
  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(files.map((file) => path.join(fixtures, file)));
  const badges = page.getByRole('list', { name: 'Các trang của sổ' }).locator('.badge');
  await expect(badges).toHaveCount(files.length);
  for (let i = 0; i < files.length; i++) await expect(badges.nth(i)).toHaveText(/^Xong · 1 mục/, { timeout: 90_000 });
}

/**
 * Makes these fields of the page's OCR draft readings OCR was unsure of, as the pipeline stores them (the
 * engine's confidence on a real scan decides which are; the test needs to know).
 */
async function markDoubtful(page: Page, keys: string[]) {
  await page.evaluate(async (doubtful) => {
    const open = indexedDB.open('sohoa');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const store = db.transaction('entries', 'readwrite').objectStore('entries');
    const entries = await new Promise<StoredEntry[]>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result as StoredEntry[]);
    });
    for (const entry of entries) {
      for (const key of doubtful) {
        entry.fields[key] = { ...entry.fields[key]!, lowConfidence: true };
        entry.read![key] = entry.fields[key]!;
      }
      store.put(entry);
    }
    await new Promise((resolve) => {
      store.transaction.oncomplete = resolve;
    });
    db.close();
  }, keys);
}

test('Ctrl+Enter moves to each doubtful reading not yet looked at; Enter accepts one; a second Ctrl+Enter verifies anyway, audited', async ({ page }) => {
  await createBirthBook(page, { commune: 'xã Thạnh Trị, thị xã Kiến Tường', volume: '06', year: 2003 });
  await importScans(page, ['birth-form-001.jpg']);
  const [draft] = (await readStores<{ entries: StoredEntry[] }>(page, ['entries'])).entries;
  // every field the register fills was read (else it would be a missing-field error, not this test's point)
  for (const key of ['child.fullName', 'father.fullName', 'child.sex', 'child.birthDate', 'registration.date']) expect(draft!.fields[key]?.value, key).toBeTruthy();
  await markDoubtful(page, ['child.fullName', 'father.fullName']);
  await page.reload();

  await page.getByRole('region', { name: /^Mục 1/ }).getByRole('button', { name: 'Sửa mục này' }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: /^Sửa mục số/ });
  const field = (key: string) => form.locator(`[data-field="${key}"]`);
  // opened to be keyed: on the first doubtful reading
  await expect(field('child.fullName')).toBeFocused();
  await field('child.sex').focus();

  await page.keyboard.press('Control+Enter');
  await expect(form.getByText(/^Chưa đánh dấu đã kiểm tra: còn 2 trường máy đọc chưa chắc mà chưa xem \(Họ và tên, Họ và tên cha\)/)).toBeVisible();
  await expect(field('child.fullName')).toBeFocused();

  // Enter accepts the reading as read; the next Ctrl+Enter goes on to the one left
  await page.keyboard.press('Enter');
  await expect(form.getByText(/· đã xác nhận$/)).toHaveCount(1);
  await page.keyboard.press('Control+Enter');
  await expect(form.getByText(/^Chưa đánh dấu đã kiểm tra: còn 1 trường máy đọc chưa chắc mà chưa xem \(Họ và tên cha\)/)).toBeVisible();
  await expect(field('father.fullName')).toBeFocused();
  await expect(form.getByRole('button', { name: 'Vẫn đánh dấu đã kiểm tra (còn 1 trường chưa xem)' })).toBeVisible();

  await page.keyboard.press('Control+Enter');
  await expect(page.getByText(/^Đã đánh dấu mục số \d+ là đã kiểm tra\.$/)).toBeVisible();

  const stored = await readStores<{ entries: StoredEntry[]; audit: { entityId: string; action: string; at: string; unchecked?: string[] }[] }>(page, ['entries', 'audit']);
  const entry = stored.entries[0]!;
  expect(entry.status).toBe('verified');
  expect(entry.fields['child.fullName']).toMatchObject({ source: 'ocr', lowConfidence: true, confirmed: true });
  expect(entry.fields['father.fullName']).not.toHaveProperty('confirmed');
  const verify = stored.audit.filter((a) => a.entityId === entry.id && a.action === 'verify');
  expect(verify).toHaveLength(1);
  expect(verify[0]!.unchecked).toEqual(['father.fullName']);
});

test('the page on screen is always the page of the entry in the form: Alt+Shift+PageUp opens the first entry of the page before', async ({ page }) => {
  await createBirthBook(page, { commune: 'xã Thạnh Trị, thị xã Kiến Tường', volume: '06', year: 2003 });
  await importScans(page, ['birth-form-001.jpg', 'birth-form-005.jpg']);
  const { entries } = await readStores<{ entries: StoredEntry[] }>(page, ['entries']);
  const pages = await readStores<{ pages: { id: string; sequence: number }[] }>(page, ['pages']);
  const onPage = (sequence: number) => entries.find((e) => e.pageId === pages.pages.find((p) => p.sequence === sequence)!.id)!;

  await page.getByRole('list', { name: 'Các trang của sổ' }).getByRole('button', { name: /Trang 2/ }).click();
  await expect(page.getByRole('img', { name: 'Ảnh trang 2' })).toBeVisible();
  const form = page.getByRole('form', { name: `Sửa mục số ${onPage(2).entryNo}` });
  await expect(form).toBeVisible();
  await form.locator('[data-field="child.fullName"]').focus();

  await page.keyboard.press('Alt+Shift+PageUp');
  await expect(page.getByRole('form', { name: `Sửa mục số ${onPage(1).entryNo}` })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Ảnh trang 1' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Ảnh trang 2' })).toHaveCount(0);
  // on keying there: the form has the focus
  await expect(page.getByRole('form', { name: `Sửa mục số ${onPage(1).entryNo}` }).locator('input[data-field]:focus')).toHaveCount(1);
});
