// Steps every browser test starts with: open the app the global setup started, and create a birth book.
import { expect, type Locator, type Page } from '@playwright/test';

export function launchUrl(): string {
  const url = process.env.SOHOA_E2E_URL;
  if (!url) throw new Error('SOHOA_E2E_URL is not set: run through playwright.config.ts');
  return url;
}

/** The clerk of the tests: the first person on the PC, so its supervisor. */
export const clerkName = 'Nguyễn Thị Hoa';

/** Answers "Ai đang làm việc?": the first person on the PC is added, anyone else chosen from the list. */
export async function enterAs(page: Page, name = clerkName): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Ai đang làm việc?' })).toBeVisible();
  if (await page.getByLabel('Họ và tên').isVisible()) {
    await page.getByLabel('Họ và tên').fill(name);
    await page.getByRole('button', { name: 'Bắt đầu làm việc' }).click();
  } else {
    await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  }
  await expect(page.getByText(new RegExp(`^Người làm: ${name}`))).toBeVisible();
}

/** The id the person working in this tab leaves on what they do. */
export function personId(page: Page): Promise<string> {
  return page.evaluate(() => (JSON.parse(sessionStorage.getItem('sohoa-person') ?? '{}') as { state?: { personId?: string } }).state?.personId ?? '');
}

export async function openApp(page: Page, name = clerkName): Promise<void> {
  await page.goto(launchUrl());
  await enterAs(page, name);
}

/** A birth book of `year` (to `yearTo`, when it spans several). */
export async function createBirthBook(page: Page, { commune, volume, year, yearTo = year }: { commune: string; volume: string; year: number; yearTo?: number }): Promise<void> {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Sổ hộ tịch', exact: true })).toBeVisible();
  // the token is kept for the tab only: not in a cookie (which any port of 127.0.0.1 would get), not in the address bar
  expect(await page.context().cookies()).toEqual([]);
  expect(page.url()).not.toContain('token');
  await page.getByLabel('Loại sổ').selectOption('birth');
  await page.getByLabel('Xã/phường (như ghi trên bìa)').fill(commune);
  await page.getByLabel('Quyển số').fill(volume);
  await page.getByLabel('Từ năm').fill(String(year));
  await page.getByLabel('Đến năm').fill(String(yearTo));
  await page.getByRole('button', { name: 'Tạo sổ mới' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Khai sinh · .* · Quyển số ${volume}`) })).toBeVisible();
}

/** Every field of the entry form in its order, by keyboard: select what is there, type what the register says, Enter to go on. The fields' keys. */
export async function keyEveryField(page: Page, form: Locator, truth: Readonly<Record<string, string>>): Promise<string[]> {
  await form.locator('input[data-field]').first().focus();
  const keys = await form.locator('input[data-field]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).dataset.field!));
  for (const key of keys) {
    await expect(form.locator(`[data-field="${key}"]`)).toBeFocused();
    await page.keyboard.press('Control+a');
    if (truth[key] !== undefined) await page.keyboard.insertText(truth[key]);
    else await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
  }
  return keys;
}

/** "Đổi người", then someone else: their id. */
export async function switchTo(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Đổi người' }).click();
  await enterAs(page, name);
  return personId(page);
}

/** A person added on the team screen, with a role by its label. */
export async function addPerson(page: Page, name: string, role: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Thêm người làm' });
  await form.getByLabel('Họ và tên').fill(name);
  await form.getByLabel('Vai trò').selectOption({ label: role });
  await form.getByRole('button', { name: 'Thêm' }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
}

/**
 * The team of the team tests (operators Lan and Minh, checker Bình) added by the supervisor, and the book
 * (its open button's `book` name) double keyed on the child's name and the registration number: on the
 * batches screen.
 */
export async function teamOnNameAndNumber(page: Page, book: string): Promise<void> {
  await page.getByRole('button', { name: 'Nhóm làm việc' }).click();
  await addPerson(page, 'Bùi Thị Lan', 'Nhập liệu');
  await addPerson(page, 'Đỗ Văn Minh', 'Nhập liệu');
  await addPerson(page, 'Trần Văn Bình', 'Kiểm tra');
  await page.getByRole('button', { name: '← Danh sách sổ' }).click();
  await page.getByRole('button', { name: `Mở sổ ${book}` }).click();
  await page.getByRole('button', { name: 'Chia lô, giao việc' }).click();
  // the choice is saved, then shown: clicked, not checked at once
  await page.getByRole('radio', { name: 'Nhập hai lần các trường chính' }).click();
  await expect(page.getByRole('radio', { name: 'Nhập hai lần các trường chính' })).toBeChecked();
  const keyFields = page.getByRole('group', { name: /^Trường chính/ });
  await expect(keyFields.getByRole('checkbox', { name: 'Họ và tên', exact: true })).toBeChecked();
  for (;;) {
    const labels = await keyFields.locator('label:has(input:checked)').allTextContents();
    const drop = labels.find((label) => label !== 'Họ và tên' && label !== 'Số');
    if (drop === undefined) break;
    await keyFields.getByRole('checkbox', { name: drop, exact: true }).click();
    await expect(keyFields.getByRole('checkbox', { name: drop, exact: true })).not.toBeChecked();
  }
}

/** Keys a complete birth entry of 2003 in the book's workspace and verifies it with Ctrl+Enter. */
export async function verifiedEntry(page: Page, no: string, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Mục mới' }).click();
  const form = page.getByRole('form', { name: /^(Mục mới|Sửa mục số)/ });
  const fill: Record<string, string> = { 'registration.number': no, 'registration.date': '12/03/2003', 'child.fullName': name, 'child.sex': 'Nữ', 'child.birthDate': '01/03/2003', 'child.birthPlace': 'xã Bình Lập' };
  for (const [key, value] of Object.entries(fill)) await form.locator(`[data-field="${key}"]`).fill(value);
  await form.locator('[data-field="registration.number"]').press('Control+Enter');
  await expect(page.getByText(`Đã đánh dấu mục số ${no} là đã kiểm tra.`)).toBeVisible();
}
