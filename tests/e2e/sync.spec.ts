// Sync as a clerk lives it, in Chromium with its real IndexedDB, against the reference civil-status API
// over HTTP: entries verified while the API cannot be reached wait in the outbox, then go once it can,
// each stored exactly once, even when the page is reloaded in the middle of sending.
import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFaults } from '../reference-api/api-faults.ts';
import { startReferenceApi, type ReferenceApi } from '../reference-api/api-server.ts';
import { createBirthBook, verifiedEntry } from './app-steps.ts';
import { readStores } from './indexed-db.ts';

const token = 'e2e-token';
let apiDir: string;
let port: number;
let api: ReferenceApi | null = null;

test.beforeEach(async () => {
  apiDir = await mkdtemp(path.join(tmpdir(), 'sohoa-e2e-api-'));
  // a port nothing listens on yet: the API is "down" until the test starts it there
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
});

test.afterEach(async ({ page }) => {
  // the browser-mode host is shared by all tests: leave it pointing nowhere
  await openOutbox(page);
  await page.getByLabel('Địa chỉ máy chủ').fill('');
  await page.getByRole('button', { name: 'Lưu và kết nối' }).click();
  await api?.close();
  api = null;
  await rm(apiDir, { recursive: true, force: true });
});

async function startApi(faults = ''): Promise<ReferenceApi> {
  api = await startReferenceApi({ dataDir: apiDir, tokens: [token], faults: parseFaults(faults) }, port);
  return api;
}

async function openOutbox(page: Page) {
  await page.getByRole('button', { name: 'Hộp thư đi' }).click();
  await expect(page.getByRole('heading', { name: 'Hộp thư đi' })).toBeVisible();
}

async function signIn(page: Page) {
  await openOutbox(page);
  await page.getByLabel('Địa chỉ máy chủ').fill(`http://127.0.0.1:${port}`);
  await page.getByLabel(/^Mã đăng nhập/).fill(token);
  await page.getByRole('button', { name: 'Lưu và kết nối' }).click();
  await expect(page.getByText('Đã lưu cài đặt đồng bộ.')).toBeVisible();
  await page.getByRole('button', { name: '← Danh sách sổ' }).click();
}

const stored = async () => ((await (await fetch(`http://127.0.0.1:${port}/v1/entries`, { headers: { authorization: `Bearer ${token}` } })).json()) as { entries: { entryId: string }[] }).entries;

test('entries verified while the API is down wait in the outbox, and are stored once when it is up', async ({ page }) => {
  await createBirthBook(page, { commune: 'xã Bình Lập', volume: '01', year: 2003 });
  const bookUrl = page.url();
  await signIn(page);
  await expect(page.getByRole('status').filter({ hasText: 'Đồng bộ: mất kết nối' })).toBeVisible();
  await page.goto(bookUrl);
  await verifiedEntry(page, '1', 'Lê Văn An');
  await verifiedEntry(page, '2', 'Phạm Thị Hoa');
  await expect(page.getByRole('status').filter({ hasText: 'chờ gửi 2' })).toBeVisible();

  await startApi();
  await openOutbox(page);
  await expect(page.getByRole('table', { name: 'Hộp thư đi' })).toContainText('Lê Văn An');
  await page.getByRole('button', { name: 'Thử gửi ngay' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'đã gửi 2' })).toBeVisible();
  await expect(page.getByText('Không có mục nào đang chờ gửi hay cần xử lý.')).toBeVisible();
  await expect(page.getByText(/Lần gửi thành công gần nhất/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Lần gửi thành công gần nhất/)).toBeVisible();

  const entries = await readStores<{ entries: { id: string; status: string }[] }>(page, ['entries']);
  expect(entries.entries.map((e) => e.status)).toEqual(['synced', 'synced']);
  expect((await stored()).map((e) => e.entryId).sort()).toEqual(entries.entries.map((e) => e.id).sort());
});

test('a reload in the middle of sending still ends with exactly one copy of each entry on the server', async ({ page }) => {
  await createBirthBook(page, { commune: 'xã Bình Lập', volume: '02', year: 2003 });
  const bookUrl = page.url();
  await signIn(page);
  await page.goto(bookUrl);
  for (const [no, name] of [['1', 'Võ Văn A'], ['2', 'Võ Văn B'], ['3', 'Võ Văn C']] as const) await verifiedEntry(page, no, name);
  // slow answers: the batch is on its way when the page reloads
  await startApi('latency=2500');
  await openOutbox(page);
  await page.getByRole('button', { name: 'Thử gửi ngay' }).click();
  await expect(page.getByRole('table', { name: 'Hộp thư đi' })).toContainText('Đang gửi');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'đã gửi 3' })).toBeVisible({ timeout: 60_000 });
  const entries = await readStores<{ entries: { id: string }[] }>(page, ['entries']);
  const onServer = await stored();
  expect(onServer).toHaveLength(3);
  expect(onServer.map((e) => e.entryId).sort()).toEqual(entries.entries.map((e) => e.id).sort());
});
