// Steps every browser test starts with: open the app the global setup started, and create a birth book.
import { expect, type Page } from '@playwright/test';

export function launchUrl(): string {
  const url = process.env.SOHOA_E2E_URL;
  if (!url) throw new Error('SOHOA_E2E_URL is not set: run through playwright.config.ts');
  return url;
}

export async function createBirthBook(page: Page, { commune, volume, year }: { commune: string; volume: string; year: number }): Promise<void> {
  await page.goto(launchUrl());
  await expect(page.getByRole('heading', { name: 'Sổ hộ tịch', exact: true })).toBeVisible();
  // the token is kept for the tab only: not in a cookie (which any port of 127.0.0.1 would get), not in the address bar
  expect(await page.context().cookies()).toEqual([]);
  expect(page.url()).not.toContain('token');
  await page.getByLabel('Loại sổ').selectOption('birth');
  await page.getByLabel('Xã/phường (như ghi trên bìa)').fill(commune);
  await page.getByLabel('Quyển số').fill(volume);
  await page.getByLabel('Từ năm').fill(String(year));
  await page.getByLabel('Đến năm').fill(String(year));
  await page.getByRole('button', { name: 'Tạo sổ mới' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Khai sinh · .* · Quyển số ${volume}`) })).toBeVisible();
}
