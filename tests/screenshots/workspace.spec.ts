// `npm run screenshot`: the README's picture of the workspace, made as a clerk would see it on a
// 1366 × 768 screen: a sample register page read by OCR, its draft open, the name field outlined.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { createBirthBook } from '../e2e/app-steps.ts';

const scan = path.join(import.meta.dirname, '..', 'fixtures', 'samples', 'birth-form-001.jpg');

test('the workspace, for the README', async ({ page }) => {
  await createBirthBook(page, { commune: 'xã Thạnh Trị, thị xã Kiến Tường', volume: '06', year: 2003 });
  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(scan);
  await expect(page.getByRole('list', { name: 'Các trang của sổ' }).locator('.badge')).toHaveText(/^Xong/, { timeout: 90_000 });
  await page.getByRole('region', { name: /^Mục 1/ }).getByRole('button', { name: 'Sửa mục này' }).click();
  await page.getByRole('form', { name: /^Sửa mục số/ }).locator('[data-field="child.fullName"]').focus();
  await expect(page.locator('.page-viewer-outline')).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: path.join(import.meta.dirname, '..', '..', 'docs', 'workspace.png') });
});
