// A scanner's PDF through the screen: its pages become pages of the book in order, each named by its
// page of the file, and a password-protected PDF is refused with a message saying so. Real Chromium, the
// real Node side (pdf.js), real IndexedDB.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createBirthBook } from './app-steps.ts';
import { readStores } from './indexed-db.ts';
import { birthFormBytes } from '../support/fixtures.ts';
import { encryptedPdfPath, grayScan, scannedPdf, textPdf } from '../support/pdf.ts';

test('a PDF of scanned pages is imported page by page, and a password-protected one is refused', async ({ page }) => {
  await createBirthBook(page, { commune: 'xã Bình Lập', volume: '03', year: 1999 });
  const scans = await scannedPdf([{ image: birthFormBytes(), dpi: 300 }, { image: await grayScan(1240, 1754, 2), dpi: 150 }]);
  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles([
    { name: 'quyen-03.pdf', mimeType: 'application/pdf', buffer: Buffer.from(scans) },
    { name: 'thong-bao.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await textPdf('Thong bao')) },
    { name: 'mat-khau.pdf', mimeType: 'application/pdf', buffer: readFileSync(encryptedPdfPath) },
  ]);
  const grid = page.getByRole('list', { name: 'Các trang của sổ' });
  await expect(grid.getByRole('listitem')).toHaveCount(3);
  await expect(grid.getByRole('button', { name: /Trang 1\s*quyen-03\.pdf \(trang 1\/2 của tệp\)/ })).toBeVisible();
  await expect(grid.getByRole('button', { name: /Trang 2\s*quyen-03\.pdf \(trang 2\/2 của tệp\)/ })).toBeVisible();
  await expect(grid.getByRole('button', { name: /Trang 3\s*thong-bao\.pdf/ })).toBeVisible();
  // The scan is taken at its own size; the text page is rendered at 300 dpi (A4).
  await expect(page.getByRole('img', { name: 'Ảnh trang 1' })).toBeVisible();
  const { pages } = await readStores<{ pages: { fileName: string; sequence: number; width: number; height: number }[] }>(page, ['pages']);
  expect(pages.sort((a, b) => a.sequence - b.sequence).map((p) => [p.fileName, p.width, p.height])).toEqual([
    ['quyen-03.pdf', 2533, 3546],
    ['quyen-03.pdf', 1240, 1754],
    ['thong-bao.pdf', 2480, 3509],
  ]);

  const notices = page.getByRole('region', { name: 'Kết quả nhập ảnh' });
  await notices.getByText('3 tệp: 2 đã nhập, 1 lỗi').click();
  await expect(notices.locator('details li')).toHaveText(['Tệp PDF "mat-khau.pdf" có mật khẩu nên không đọc được. Hãy lưu lại bản không đặt mật khẩu rồi nhập lại.']);
  await notices.getByRole('button', { name: 'Đóng tất cả thông báo nhập' }).click();
  await expect(notices).toHaveCount(0);
});
