// Issue 17 end to end, across two PCs: the supervisor splits a book of two pages into two batches and
// gives pass A and pass B to two operators; batch 1 is keyed on the supervisor's PC, batch 2's pass A goes
// in a work package to a second PC (another browser profile on another data folder), is keyed there, and
// its result comes back. Pass B disagrees on a planted field of each batch; a checker settles both; the
// book ends with both entries verified, their fields and history (A, B, decision) as expected.
import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clerkName, createBirthBook, enterAs, keyEveryField, switchTo, teamOnNameAndNumber } from './app-steps.ts';
import { startBrowserHost } from './browser-host.ts';
import { readStores } from './indexed-db.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'samples');
const samples = ['birth-form-005', 'birth-form-001'].map((name) => ({
  scan: path.join(fixtures, `${name}.jpg`),
  truth: (JSON.parse(readFileSync(path.join(fixtures, `${name}.json`), 'utf8')) as { entries: { fields: Record<string, string> }[] }).entries[0]!.fields,
}));
const nfc = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const changeLast = (text: string) => text.replace(/.$/, (last) => (last === '1' ? '2' : last === 'a' ? 'o' : last === '0' ? '9' : 'a'));

/** What the last package file taken in did. */
const packageStatus = (page: Page) => page.getByRole('region', { name: 'Gói công việc' }).getByRole('status');

/** Pass A of an entry in the workspace, by keyboard: every field as the register says, then Ctrl+Enter. */
async function keyPassA(page: Page, truth: Record<string, string>) {
  await page.getByRole('region', { name: /^Mục 1/ }).getByRole('button', { name: 'Sửa mục này' }).click();
  const form = page.getByRole('form', { name: /^Sửa mục số/ });
  await keyEveryField(page, form, truth);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText(new RegExp(`^Đã nhập xong lượt A của mục số ${truth['registration.number']}\\.`))).toBeVisible();
}

/** Pass B of a batch, blind: the name, then the number, as given. */
async function keyPassB(page: Page, batch: number, name: string, number: string) {
  await page.getByRole('button', { name: new RegExp(`^Lô ${batch} \\(.*\\): nhập lượt B, còn 2 ô$`) }).click();
  await expect(page.getByLabel('Họ và tên', { exact: true })).toBeFocused();
  await page.keyboard.insertText(name);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Số: đã nhập 0/1')).toBeVisible();
  await page.keyboard.insertText(number);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Đã nhập xong lượt B của lô ${batch}.`)).toBeVisible();
  await page.getByRole('button', { name: '← Danh sách sổ' }).click();
}

test('a batch keyed on a second PC through a work package comes back into the book, and every entry ends verified', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const commune = 'xã Tân Lập, huyện Tân Thạnh';
  await createBirthBook(page, { commune, volume: '22', year: 1994, yearTo: 2003 });
  for (const [i, sample] of samples.entries()) {
    await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(sample.scan);
    await expect(page.getByRole('list', { name: 'Các trang của sổ' }).locator('.badge').nth(i)).toHaveText(/^Xong · 1 mục/, { timeout: 90_000 });
  }

  // The supervisor's team and policy: double keying of the name and the number, one page per batch.
  await teamOnNameAndNumber(page, `${commune}, quyển 22`);
  await page.getByLabel('Số trang mỗi lô').fill('1');
  await page.getByRole('button', { name: 'Chia lô' }).click();
  await expect(page.getByRole('row', { name: /Lô 2/ })).toContainText('2–2 (1 trang)');
  for (const batch of [1, 2]) {
    await page.getByLabel(`Người nhập lượt A của lô ${batch}`).selectOption({ label: 'Bùi Thị Lan' });
    await expect(page.getByLabel(`Người nhập lượt A của lô ${batch}`)).not.toHaveValue('');
    await page.getByLabel(`Người nhập lượt B của lô ${batch}`).selectOption({ label: 'Đỗ Văn Minh' });
    await expect(page.getByLabel(`Người nhập lượt B của lô ${batch}`)).not.toHaveValue('');
  }

  // Batch 2's pass A leaves as a work package.
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất gói công việc lượt A của lô 2' }).click();
  const workPackage = await exported;
  expect(workPackage.suggestedFilename()).toBe('sohoa-goi-cong-viec-xa-tan-lap-huyen-tan-thanh-q22-lo2-luotA.zip');
  const packagePath = await workPackage.path();
  await expect(page.getByRole('row', { name: /Lô 2/ })).toContainText('Đã xuất gói');

  // The second PC: nobody on it yet; the package brings the batch and the people.
  const secondData = await mkdtemp(path.join(os.tmpdir(), 'sohoa-e2e-pc2-'));
  const secondHost = await startBrowserHost(secondData);
  const secondContext = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
  try {
    const pc2 = await secondContext.newPage();
    await pc2.goto(secondHost.url);
    await expect(pc2.getByRole('heading', { name: 'Ai đang làm việc?' })).toBeVisible();
    await pc2.getByLabel('Nhập gói công việc hoặc kết quả…').setInputFiles(packagePath);
    await expect(packageStatus(pc2)).toContainText('Đã nhận lô 2 (lượt A) của sổ xã Tân Lập, huyện Tân Thạnh');
    await enterAs(pc2, 'Bùi Thị Lan');
    await pc2.getByRole('button', { name: /^Lô 2 \(.*\): nhập lượt A, còn 1 mục$/ }).click();
    await keyPassA(pc2, samples[1]!.truth);
    await pc2.getByRole('button', { name: '← Danh sách sổ' }).click();
    const result = pc2.waitForEvent('download');
    await pc2.getByRole('button', { name: 'Xuất kết quả lô 2 lượt A để gửi lại giám sát' }).click();
    const resultPath = await (await result).path();
    // only the supervisor's PC sends the book to the civil-status database
    expect((await readStores<{ outbox: unknown[] }>(pc2, ['outbox'])).outbox).toEqual([]);

    // Back on the supervisor's PC: batch 1's pass A here, the result of batch 2 merged.
    await switchTo(page, 'Bùi Thị Lan');
    await page.getByRole('button', { name: /^Lô 1 \(.*\): nhập lượt A, còn 1 mục$/ }).click();
    await keyPassA(page, samples[0]!.truth);
    await page.getByRole('button', { name: '← Danh sách sổ' }).click();
    await switchTo(page, clerkName);
    await page.getByLabel('Nhập gói công việc hoặc kết quả…').setInputFiles(resultPath);
    await expect(packageStatus(page)).toContainText('Đã gộp kết quả lô 2 (lượt A) của Bùi Thị Lan');
    await expect(packageStatus(page)).toContainText('1 mục sửa');
    // the same file again changes nothing
    await page.getByLabel('Nhập gói công việc hoặc kết quả…').setInputFiles(resultPath);
    await expect(packageStatus(page)).toContainText('đã được nhận trước đó: sổ không thay đổi gì');
  } finally {
    await secondContext.close();
    await secondHost.stop();
    await rm(secondData, { recursive: true, force: true });
  }

  // Pass B, blind, on the supervisor's PC: a wrong name in batch 1, a wrong number in batch 2.
  const [first, second] = samples.map((s) => s.truth);
  const wrongName = changeLast(nfc(first!['child.fullName']!));
  const wrongNumber = changeLast(second!['registration.number']!);
  const minh = await switchTo(page, 'Đỗ Văn Minh');
  await keyPassB(page, 1, wrongName, first!['registration.number']!);
  await keyPassB(page, 2, nfc(second!['child.fullName']!), wrongNumber);

  // Bình, a checker, takes pass A in both.
  const binh = await switchTo(page, 'Trần Văn Bình');
  for (const batch of [1, 2]) {
    await page.getByRole('button', { name: new RegExp(`^Lô ${batch} \\(.*\\): đối chiếu 1 trường khác nhau$`) }).click();
    await expect(page.locator('[data-pass="B"] mark')).toHaveCount(1);
    await expect(page.getByLabel(new RegExp(`^(Họ và tên|Số), trang ${batch}$`))).toBeFocused();
    await page.keyboard.press('a');
    await expect(page.getByText(`Lô ${batch} không còn trường nào khác nhau.`)).toBeVisible();
    await page.getByRole('button', { name: '← Danh sách sổ' }).click();
  }

  const stored = await readStores<{
    entries: { id: string; status: string; fields: Record<string, { value: string }> }[];
    audit: { entityId: string; action: string; actor: string; decision?: { field: string; choice: string } }[];
    keyings: { entryId: string; field: string; value: string; by: string }[];
  }>(page, ['entries', 'audit', 'keyings']);
  expect(stored.entries).toHaveLength(2);
  for (const [i, truth] of [first!, second!].entries()) {
    const entry = stored.entries.find((e) => e.fields['registration.number']?.value === truth['registration.number'])!;
    expect(entry.status).toBe('verified');
    expect(entry.fields['child.fullName']?.value).toBe(nfc(truth['child.fullName']!));
    const history = stored.audit.filter((row) => row.entityId === entry.id);
    const lanRows = history.filter((row) => row.action === 'pass-a').map((row) => row.actor);
    expect(lanRows).toHaveLength(1);
    expect(history.filter((row) => row.action === 'decide').map((row) => [row.actor, row.decision?.field, row.decision?.choice])).toEqual([[binh, i === 0 ? 'child.fullName' : 'registration.number', 'A']]);
    expect(history.filter((row) => row.action === 'verify').map((row) => row.actor)).toEqual([binh]);
    expect(stored.keyings.filter((k) => k.entryId === entry.id).map((k) => [k.field, k.by]).sort()).toEqual([['child.fullName', minh], ['registration.number', minh]]);
  }
});
