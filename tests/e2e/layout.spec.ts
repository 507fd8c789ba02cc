// The screen at 1366 × 768, the commune PC's: no text clipped in the page cards, the book list, the entries
// table or the form; status text readable (13 px at least); the focus visible on every control, the import
// buttons included; the field being keyed never scrolled out of view.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { copyFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openApp } from './app-steps.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'samples');
const longCommune = 'xã Quảng Phú Cầu, huyện Ứng Hòa, thành phố Hà Nội (trước đây tỉnh Hà Tây)';

/** The elements under `scope` whose text does not fit their box (clipped, cut by an ellipsis, or spilling out). */
async function overflowing(scope: Locator, selector: string): Promise<string[]> {
  return scope.locator(selector).evaluateAll((elements) => elements.flatMap((element) => {
    const box = element as HTMLElement;
    if (box.offsetParent === null) return [];
    const clipped = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
    return clipped ? [`${box.className || box.tagName}: ${(box.textContent ?? '').slice(0, 60)}`] : [];
  }));
}

/** The cells of a table whose rows have one fixed height that reach past their row: cut by the scrolled area or drawn over the next row, which their own size does not show. */
async function pastTheirRow(table: Locator): Promise<string[]> {
  return table.locator('[role="row"][data-row-index]').evaluateAll((rows) => rows.flatMap((row) => {
    const bounds = row.getBoundingClientRect();
    return [...row.querySelectorAll('[role="cell"]')].flatMap((cell) => {
      const box = cell.getBoundingClientRect();
      return box.top < bounds.top - 1 || box.bottom > bounds.bottom + 1 ? [`${Math.round(box.height)} px in ${Math.round(bounds.height)}: ${(cell.textContent ?? '').slice(0, 60)}`] : [];
    });
  }));
}

async function smallText(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) => elements.flatMap((element) => {
    const size = parseFloat(getComputedStyle(element).fontSize);
    return (element as HTMLElement).offsetParent !== null && (element.textContent ?? '').trim() !== '' && size < 13 ? [`${element.className} ${size}px: ${(element.textContent ?? '').slice(0, 40)}`] : [];
  }));
}

test('nothing is clipped at 1366 × 768, status text is readable, the focus is seen, and a new book puts it on its import button', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await page.getByLabel('Loại sổ').selectOption('birth');
  await page.getByLabel('Xã/phường (như ghi trên bìa)').fill(longCommune);
  await page.getByLabel('Quyển số').fill('06');
  await page.getByLabel('Từ năm').fill('2003');
  await page.getByLabel('Đến năm').fill('2003');
  await page.getByRole('button', { name: 'Tạo sổ mới' }).click();

  // after creating a book the focus is on its import button, and the button shows it
  const importInput = page.getByLabel('Nhập ảnh trang sổ');
  await expect(importInput).toBeFocused();
  const ring = await page.locator('label.file-button', { has: importInput }).evaluate((label) => getComputedStyle(label).outlineStyle);
  expect(ring).toBe('solid');

  const dir = await mkdtemp(path.join(os.tmpdir(), 'sohoa-layout-'));
  const scan = path.join(dir, 'so-khai-sinh-xa-quang-phu-cau-quyen-06-nam-2003-trang-001-ban-quet-lai.jpg');
  await copyFile(path.join(fixtures, 'birth-form-001.jpg'), scan);
  await importInput.setInputFiles(scan);
  const grid = page.getByRole('list', { name: 'Các trang của sổ' });
  await expect(grid.locator('.badge')).toHaveText(/^Xong · 1 mục/, { timeout: 90_000 });
  await page.getByRole('region', { name: /^Mục 1/ }).getByRole('button', { name: 'Sửa mục này' }).click();
  const form = page.getByRole('form', { name: /^Sửa mục số/ });
  await form.locator('[data-field="child.fullName"]').fill('Tôn Nữ Thị Hoàng Phương Quỳnh Như Ngọc Bảo Châu');
  await form.locator('[data-field="child.fullName"]').press('Control+s');
  await expect(page.getByText(/Đã lưu lúc/)).toBeVisible();

  expect(await overflowing(grid, '.page-card, .page-card-title, .page-card-file, .badge, .page-keying, .page-issue')).toEqual([]);
  await expect(grid.locator('.page-card-file')).toHaveAttribute('title', path.basename(scan));
  const entries = page.getByRole('table', { name: 'Các mục đã lưu' });
  await expect(entries).toContainText('Tôn Nữ Thị');
  expect(await overflowing(entries, '[role="columnheader"], [role="cell"], th, td')).toEqual([]);
  expect(await overflowing(form, 'label, .field-source')).toEqual([]);
  expect(await smallText(page, '.badge, .page-keying, .page-issue, .field-source, [role="status"], .muted')).toEqual([]);

  // the field being keyed and its label stay in view while the clerk moves down the form
  for (const key of ['registration.registrar', 'registration.date']) {
    await form.locator(`[data-field="${key}"]`).focus();
    await expect(form.locator(`[data-field="${key}"]`)).toBeInViewport();
    await expect(form.locator(`label[for="${await form.locator(`[data-field="${key}"]`).getAttribute('id')}"]`)).toBeInViewport();
  }

  await page.getByRole('button', { name: '← Danh sách sổ' }).click();
  const books = page.getByRole('table', { name: 'Sổ hộ tịch' });
  await expect(books).toContainText('Quảng Phú Cầu');
  expect(await overflowing(books, '[role="columnheader"], [role="cell"], th, td')).toEqual([]);
  // the long commune and the progress run to three lines at this width
  await expect(books).toContainText('1 trang · 1 mục');
  expect(await pastTheirRow(books)).toEqual([]);
});
