// A team on one PC, as issue 17 lives it: the supervisor adds the team, makes the book double keyed and
// gives pass A and pass B of a batch to two operators; pass A keys the page in the workspace, pass B
// types the key fields blind and disagrees on a planted name; a checker who keyed neither settles it. The
// entry ends verified, its fields and history as expected, in Chromium's IndexedDB.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createBirthBook, keyEveryField, switchTo, teamOnNameAndNumber } from './app-steps.ts';
import { readStores } from './indexed-db.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'samples');
const scan = path.join(fixtures, 'birth-form-001.jpg');
const truth = (JSON.parse(readFileSync(path.join(fixtures, 'birth-form-001.json'), 'utf8')) as { entries: { fields: Record<string, string> }[] }).entries[0]!.fields;
const nfc = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

test('two operators key a batch twice, blind, a checker settles the difference, and the entry ends verified', async ({ page }) => {
  const commune = 'xã Tân Lập, huyện Tân Thạnh';
  await createBirthBook(page, { commune, volume: '21', year: 2003 });
  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(scan);
  await expect(page.getByRole('list', { name: 'Các trang của sổ' }).locator('.badge')).toHaveText(/^Xong · 1 mục/, { timeout: 90_000 });

  // The supervisor adds the team, and makes the book double keyed on the child's name and the number.
  await teamOnNameAndNumber(page, `${commune}, quyển 21`);
  await page.getByRole('button', { name: 'Chia lô' }).click();
  await expect(page.getByRole('row', { name: /Lô 1/ })).toContainText('1–1 (1 trang)');
  await page.getByLabel('Người nhập lượt A của lô 1').selectOption({ label: 'Bùi Thị Lan' });
  await page.getByLabel('Người nhập lượt B của lô 1').selectOption({ label: 'Đỗ Văn Minh' });
  await expect(page.getByLabel('Người nhập lượt B của lô 1')).toHaveValue(/.+/);

  // Pass A: Lan keys the page in the workspace, as a clerk would, and marks it done.
  const lan = await switchTo(page, 'Bùi Thị Lan');
  await page.getByRole('button', { name: /^Lô 1 \(.*\): nhập lượt A, còn 1 mục$/ }).click();
  await page.getByRole('region', { name: /^Mục 1/ }).getByRole('button', { name: 'Sửa mục này' }).click();
  const form = page.getByRole('form', { name: /^Sửa mục số/ });
  await keyEveryField(page, form, truth);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText(/^Đã nhập xong lượt A của mục số 390\./)).toBeVisible();

  // Pass B: Minh types the two key fields from the page alone, and gets the name wrong.
  const minh = await switchTo(page, 'Đỗ Văn Minh');
  await page.getByRole('button', { name: /^Lô 1 \(.*\): nhập lượt B, còn 2 ô$/ }).click();
  await expect(page.getByRole('heading', { name: 'Nhập lượt B của lô 1' })).toBeVisible();
  expect(await page.locator('main').textContent()).not.toContain(nfc(truth['child.fullName']!));
  const planted = nfc(truth['child.fullName']!).replace(/.$/, (last) => (last === 'a' ? 'o' : 'a'));
  await expect(page.getByLabel('Họ và tên', { exact: true })).toBeFocused();
  await page.keyboard.insertText(planted);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Số: đã nhập 0/1')).toBeVisible();
  await page.keyboard.insertText(truth['registration.number']!);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã nhập xong lượt B của lô 1.')).toBeVisible();

  // Neither Lan nor Minh may settle it; Bình, a checker, takes pass A with one key.
  await page.getByRole('button', { name: '← Danh sách sổ' }).click();
  await expect(page.getByRole('button', { name: /đối chiếu/ })).toHaveCount(0);
  const binh = await switchTo(page, 'Trần Văn Bình');
  await page.getByRole('button', { name: /^Lô 1 \(.*\): đối chiếu 1 trường khác nhau$/ }).click();
  await expect(page.locator('[data-pass="A"]')).toHaveText(nfc(truth['child.fullName']!));
  await expect(page.locator('[data-pass="B"]')).toHaveText(planted);
  await expect(page.locator('[data-pass="B"] mark')).toHaveCount(1);
  await expect(page.getByLabel(/^Họ và tên, trang 1$/)).toBeFocused();
  await page.keyboard.press('a');
  await expect(page.getByText('Lô 1 không còn trường nào khác nhau.')).toBeVisible();
  // the screen moves on at once; the decision, and the verification it completes, are written after it
  await expect.poll(async () => (await readStores<{ entries: { status: string }[] }>(page, ['entries'])).entries.map((e) => e.status)).toContain('verified');

  const stored = await readStores<{
    entries: { id: string; status: string; fields: Record<string, { value: string }> }[];
    audit: { entityId: string; action: string; actor: string; decision?: { field: string; a: { value: string }; b: { value: string }; choice: string } }[];
    keyings: { field: string; value: string; by: string }[];
    decisions: { field: string; a: { value: string }; b: { value: string }; choice: string; by: string }[];
  }>(page, ['entries', 'audit', 'keyings', 'decisions']);
  const entry = stored.entries.find((e) => e.fields['registration.number']?.value === nfc(truth['registration.number']!) && e.fields['child.fullName']?.value === nfc(truth['child.fullName']!))!;
  expect(entry.status).toBe('verified');
  const history = stored.audit.filter((row) => row.entityId === entry.id);
  expect(history.filter((row) => row.action === 'pass-a').map((row) => row.actor)).toEqual([lan]);
  expect(history.filter((row) => row.action === 'decide')).toEqual([expect.objectContaining({ actor: binh, decision: { field: 'child.fullName', a: { value: nfc(truth['child.fullName']!) }, b: { value: planted }, choice: 'A' } })]);
  expect(history.filter((row) => row.action === 'verify').map((row) => row.actor)).toEqual([binh]);
  expect(stored.keyings.filter((k) => k.by === minh).map((k) => [k.field, k.value]).sort()).toEqual([['child.fullName', planted], ['registration.number', nfc(truth['registration.number']!)]]);
  expect(stored.decisions).toEqual([expect.objectContaining({ field: 'child.fullName', choice: 'A', by: binh })]);
});
