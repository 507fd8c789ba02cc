// Undoing mistakes in real Chromium, by keyboard: an entry deleted with a reason leaves the book and its
// audit row says who, when and why (read from IndexedDB itself); a page removed leaves the grid and the
// database with its drafts.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { createBirthBook, personId } from './app-steps.ts';
import { readStores } from './indexed-db.ts';

const scan = path.join(import.meta.dirname, '..', 'fixtures', 'samples', 'birth-form-001.jpg');

// a type, not an interface: readStores wants the stores as a record of arrays
type Stores = {
  entries: { id: string }[];
  pages: { id: string }[];
  audit: { entityId: string; action: string; actor: string; at: string; reason?: string }[];
};

test('deletes an entry with a reason, audited; then removes its page', async ({ page }) => {
  await createBirthBook(page, { commune: 'xã Thạnh Trị, thị xã Kiến Tường', volume: '06', year: 2003 });
  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(scan);
  const grid = page.getByRole('list', { name: 'Các trang của sổ' });
  await expect(grid.locator('.badge')).toHaveText(/1 mục/, { timeout: 90_000 });
  const [draft] = (await readStores<Stores>(page, ['entries'])).entries;

  await page.getByRole('region', { name: /^Mục 1/ }).getByRole('button', { name: 'Sửa mục này' }).click();
  const deleteButton = page.getByRole('button', { name: 'Xóa mục…' });
  await deleteButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Xóa mục số/ });
  await expect(dialog).toBeVisible();
  // the first reason has the focus; Space chooses it, Enter confirms
  await expect(dialog.getByRole('radio', { name: 'Trùng' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(/^Đã xóa mục số .*\.$/)).toBeVisible();
  await expect(page.getByText('Chưa có mục nào.')).toBeVisible();

  const afterDelete = await readStores<Stores>(page, ['entries', 'audit']);
  expect(afterDelete.entries).toEqual([]);
  const deletion = afterDelete.audit.filter((row) => row.entityId === draft!.id && row.action === 'delete');
  expect(deletion).toEqual([expect.objectContaining({ actor: await personId(page), reason: 'Trùng' })]);
  expect(Date.now() - Date.parse(deletion[0]!.at)).toBeLessThan(120_000);

  await page.getByRole('button', { name: 'Gỡ trang…' }).click();
  const removal = page.getByRole('dialog', { name: 'Gỡ trang 1 khỏi sổ?' });
  await expect(removal.getByText(/cùng 0 mục nháp/)).toBeVisible();
  await expect(removal.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await removal.getByRole('button', { name: 'Gỡ trang' }).click();
  await expect(page.getByText('Đã gỡ trang 1.')).toBeVisible();
  await expect(grid.locator('.page-card')).toHaveCount(0);
  expect((await readStores<Stores>(page, ['pages'])).pages).toEqual([]);
});
