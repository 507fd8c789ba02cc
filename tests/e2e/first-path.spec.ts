// The walking skeleton's promise, as a clerk would live it: create a book, import a scan, let OCR make the
// draft entry, open it, key what the register says, save, reload, and find it again. Real Chromium, real
// IndexedDB, real OCR on the Node side.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createBirthBook, keyEveryField, personId } from './app-steps.ts';
import { readStores } from './indexed-db.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'samples');
const scan = path.join(fixtures, 'birth-form-001.jpg');
const truth = (JSON.parse(readFileSync(path.join(fixtures, 'birth-form-001.json'), 'utf8')) as { entries: { fields: Record<string, string> }[] }).entries[0]!.fields;

async function createBook(page: Page, commune: string) {
  await createBirthBook(page, { commune, volume: '06', year: 2003 });
}

function pageGrid(page: Page) {
  return page.getByRole('list', { name: 'Các trang của sổ' });
}

test('a scan goes through OCR into a draft entry that the clerk corrects and saves, and that survives a reload', async ({ page }) => {
  await createBook(page, 'xã Thạnh Trị, thị xã Kiến Tường');
  // what the app runs on, for whoever checks it against security advisories (README, Security updates)
  await expect(page.locator('.app-host')).toHaveAttribute('title', /^Chạy trên Node \d+\.\d+\.\d+$/);

  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(scan);
  await expect(page.getByRole('img', { name: 'Ảnh trang 1' })).toBeVisible();
  await expect(pageGrid(page).locator('.badge')).toHaveText(/^Xong · 1 mục · \d+%$/, { timeout: 90_000 });
  const read = page.getByRole('region', { name: /^Mục 1/ });
  await expect(read.locator('tr[data-field="child.fullName"]')).toContainText(truth['child.fullName']!);

  await read.getByRole('button', { name: 'Sửa mục này' }).click();
  const form = page.getByRole('form', { name: /^Sửa mục số/ });
  await expect(form.locator('[data-field="child.fullName"]')).not.toHaveValue('');
  // The page beside outlines where the field was read, zoomed until its writing is readable, in view.
  await form.locator('[data-field="child.fullName"]').focus();
  await expect(page.getByText('Khung vàng: Họ và tên')).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Phóng to, thu nhỏ ảnh trang' })).not.toContainText('100%');
  await expect(page.locator('.page-viewer-outline')).toBeInViewport();
  // Dragging the page with the mouse pans it: the point grabbed follows the pointer.
  const viewport = page.getByLabel(/^Ảnh trang 1/).and(page.locator('.page-viewer-viewport'));
  const scrolled = () => viewport.evaluate((pane) => [pane.scrollLeft, pane.scrollTop]);
  const [left, top] = await scrolled();
  const area = (await viewport.boundingBox())!;
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width / 2 + 60, area.y + area.height / 2 + 40, { steps: 4 });
  await page.mouse.up();
  expect(await scrolled()).toEqual([left! - 60, top! - 40]);
  const keyed = ['registration.number', 'child.fullName', 'child.sex', 'child.birthDate', 'child.birthPlace', 'father.fullName', 'mother.fullName', 'registration.date'];
  for (const key of keyed) await form.locator(`[data-field="${key}"]`).fill(truth[key]!);
  await form.locator('[data-field="child.fullName"]').press('Control+s');
  await expect(page.getByText(/Đã lưu lúc/)).toBeVisible();

  const entries = page.getByRole('table', { name: 'Các mục đã lưu' });
  await expect(entries.getByRole('row')).toHaveCount(2);
  await expect(entries).toContainText(truth['child.fullName']!);

  await page.reload();
  await expect(entries).toContainText(truth['child.fullName']!);
  await expect(entries).toContainText('Nháp');
  await expect(page.getByRole('region', { name: /^Mục 1/ })).toBeVisible();

  // What IndexedDB holds, read back through Dexie's own store: the entry (NFC) and its audit rows.
  const stored = await readStores<{
    entries: { id: string; revision: number; pageId: string; fields: Record<string, { value: string; source: string }> }[];
    audit: { entityId: string; action: string; actor: string; at: string }[];
  }>(page, ['entries', 'audit']);
  expect(stored.entries).toHaveLength(1);
  const entry = stored.entries[0]!;
  for (const key of keyed) expect(entry.fields[key]?.value, key).toBe(truth[key]!.normalize('NFC').replace(/\s+/g, ' ').trim());
  expect(['ocr', 'corrected']).toContain(entry.fields['child.fullName']!.source);
  // OCR made the draft; each of the clerk's saves (autosaves as the fields changed, Ctrl+S) that changed
  // something is a revision with its audit row.
  const history = stored.audit.filter((a) => a.entityId === entry.id).sort((a, b) => a.at.localeCompare(b.at));
  expect(history[0]).toMatchObject({ action: 'create', actor: 'ocr' });
  // each of them by the person working, as chosen at "Ai đang làm việc?"
  const me = await personId(page);
  expect(me).toMatch(/^[0-9a-f-]{36}$/);
  expect(history.slice(1).every((a) => a.action === 'update' && a.actor === me)).toBe(true);
  expect(history).toHaveLength(entry.revision);
});

test('a birth entry keyed from a sample page by keyboard alone: fields to check by F2, verified by Ctrl+Enter, found after a reload', async ({ page }) => {
  await createBook(page, 'xã Thạnh Trị, thị xã Kiến Tường');
  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(scan);
  await expect(pageGrid(page).locator('.badge')).toHaveText(/^Xong · 1 mục/, { timeout: 90_000 });

  // Open the OCR draft from the keyboard: the form starts on its first field to check.
  await page.getByRole('region', { name: /^Mục 1/ }).getByRole('button', { name: 'Sửa mục này' }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: /^Sửa mục số/ });
  await expect(form.locator('input[data-field]:focus')).toHaveCount(1);

  // F2 goes to a field to check, or says none is left.
  await page.keyboard.press('F2');
  const focused = form.locator('input[data-field]:focus');
  const noneLeft = form.getByText('Không còn trường nào cần xem lại.');
  await expect(focused.or(noneLeft).first()).toBeVisible();

  // Every field in the form's order: select what is there, type what the register says, Enter to go on.
  const keys = await keyEveryField(page, form, truth);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText(/^Đã đánh dấu mục số 390 là đã kiểm tra\.$/)).toBeVisible();

  await page.reload();
  const entries = page.getByRole('table', { name: 'Các mục đã lưu' });
  await expect(entries).toContainText(truth['child.fullName']!);
  await expect(entries).toContainText('Đã kiểm tra');
  const stored = await readStores<{ entries: { status: string; fields: Record<string, { value: string }> }[]; audit: { action: string }[] }>(page, ['entries', 'audit']);
  expect(stored.entries).toHaveLength(1);
  expect(stored.entries[0]!.status).toBe('verified');
  for (const key of keys) {
    if (truth[key] !== undefined) expect(stored.entries[0]!.fields[key]?.value, key).toBe(truth[key].normalize('NFC').replace(/\s+/g, ' ').trim());
  }
  expect(stored.audit.map((a) => a.action)).toContain('verify');
});

test('a reload in the middle of typing keeps what was typed, at the least all but its last half second, in one entry with its history', async ({ page }) => {
  await createBook(page, 'xã Bình Lập, huyện Châu Thành');
  await page.getByRole('button', { name: 'Mục mới' }).click();
  const form = page.getByRole('form', { name: 'Mục mới' });
  await form.locator('[data-field="registration.number"]').fill('12');
  await form.locator('[data-field="child.fullName"]').focus();
  // Typed on without a pause for about two seconds, then reloaded at once, no save asked for.
  const text = 'Trần Thị Bình';
  const typedAt: number[] = [];
  for (const character of `${text} An Khang Thịnh Vượng`) {
    await page.keyboard.type(character);
    typedAt.push(Date.now());
    await page.waitForTimeout(60);
  }
  const reloadAt = Date.now();
  await page.reload();

  const full = `${text} An Khang Thịnh Vượng`;
  const atLeast = full.slice(0, typedAt.filter((at) => at <= reloadAt - 500).length);
  const entries = page.getByRole('table', { name: 'Các mục đã lưu' });
  await expect(entries).toContainText(text);
  const stored = await readStores<{
    entries: { id: string; revision: number; fields: Record<string, { value: string; raw: string; source: string }> }[];
    audit: { entityId: string; action: string }[];
  }>(page, ['entries', 'audit']);
  expect(stored.entries).toHaveLength(1);
  const entry = stored.entries[0]!;
  const kept = entry.fields['child.fullName']!;
  expect(kept.source).toBe('typed');
  expect(full.startsWith(kept.value)).toBe(true);
  expect(kept.value.startsWith(atLeast.trim())).toBe(true);
  expect(entry.fields['registration.number']?.value).toBe('12');
  const history = stored.audit.filter((a) => a.entityId === entry.id);
  expect(history.map((a) => a.action).sort()).toEqual(['create', ...Array<string>(entry.revision - 1).fill('update')]);
  const search = page.getByRole('searchbox', { name: /^Tìm theo số, họ tên/ });
  await search.fill('tran binh');
  await expect(page.getByText('Tìm thấy 1 mục')).toBeVisible();
  await search.fill('nguyen');
  await expect(page.getByText('Tìm thấy 0 mục')).toBeVisible();
  await search.fill('');

  await entries.getByRole('button', { name: kept.value }).click();
  // The form shows the text as it was typed, a space typed before the next word included (the value
  // kept for search and sync is that text with its ends trimmed).
  expect(kept.value).toBe(kept.raw.trim());
  await expect(page.getByRole('form', { name: /^Sửa mục số 12/ }).locator('[data-field="child.fullName"]')).toHaveValue(kept.raw);
});

test('text typed through an input method, as Unikey composes it, is left alone while composing and stored NFC', async ({ page }) => {
  await createBook(page, 'xã Bình Lập, huyện Châu Thành');
  await page.getByRole('button', { name: 'Mục mới' }).click();
  const form = page.getByRole('form', { name: 'Mục mới' });
  const name = form.locator('[data-field="child.fullName"]');
  await name.focus();
  // Telex "Nguyeenx": the input method shows each step as composition text, then commits the word (here
  // decomposed, as some input methods and pasted text are).
  const ime = await page.context().newCDPSession(page);
  for (const step of ['N', 'Ng', 'Ngu', 'Nguy', 'Nguye', 'Nguyê', 'Nguyên', 'Nguyễn']) {
    await ime.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
    await expect(name).toHaveValue(step);
  }
  await ime.send('Input.insertText', { text: 'Nguyễn'.normalize('NFD') });
  await page.keyboard.type(' Văn An');
  await name.press('Control+s');
  await expect(page.getByText(/Đã lưu lúc/)).toBeVisible();

  const stored = await readStores<{ entries: { fields: Record<string, { value: string; raw: string }> }[] }>(page, ['entries']);
  expect(stored.entries).toHaveLength(1);
  const field = stored.entries[0]!.fields['child.fullName']!;
  expect(field.value).toBe('Nguyễn Văn An'.normalize('NFC'));
  expect(field.value.normalize('NFC')).toBe(field.value);
});

test('fields suggest as the clerk types without marks: a surname, and a place of the register’s years saved as the unit chosen', async ({ page }) => {
  await createBook(page, 'xã Bình Lập, huyện Châu Thành');
  await page.getByRole('button', { name: 'Mục mới' }).click();
  // the form is named for its entry, which autosave creates as the clerk types
  const form = page.getByRole('form', { name: /^(Mục mới|Sửa mục số)/ });
  const name = form.getByRole('combobox', { name: 'Họ và tên', exact: true });
  await name.pressSequentially('tran');
  await expect(form.getByRole('listbox', { name: 'Gợi ý cho Họ và tên' }).getByRole('option').first()).toHaveText('Trần');
  await name.press('ArrowDown');
  await name.press('Enter');
  await page.keyboard.type('Thị Bình');
  await expect(name).toHaveValue('Trần Thị Bình');

  const place = form.getByRole('combobox', { name: 'Nơi sinh' });
  await place.focus();
  await page.keyboard.type('binh chanh, binh chanh');
  const wanted = 'Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh';
  const list = form.getByRole('listbox', { name: 'Gợi ý cho Nơi sinh' });
  await expect(list.getByRole('option', { name: new RegExp(`^${wanted}`) })).toBeVisible();
  const index = (await list.getByRole('option').allTextContents()).findIndex((text) => text.startsWith(wanted));
  for (let i = 0; i <= index; i++) await place.press('ArrowDown');
  await place.press('Enter');
  await expect(place).toHaveValue(wanted);
  await expect(form.getByRole('combobox', { name: 'Quê quán' })).toBeFocused();
  await page.keyboard.press('Control+s');
  await expect(page.getByText(/Đã lưu lúc/)).toBeVisible();

  await page.reload();
  const stored = await readStores<{ entries: { fields: Record<string, { value: string; place?: { status: string; path: string; date: string } }> }[] }>(page, ['entries']);
  expect(stored.entries).toHaveLength(1);
  expect(stored.entries[0]!.fields['child.fullName']?.value).toBe('Trần Thị Bình');
  expect(stored.entries[0]!.fields['child.birthPlace']?.place).toMatchObject({ status: 'manual', path: wanted, date: '2003' });
});

test('bad files are refused with a clear message and nothing saved is lost', async ({ page }) => {
  await createBook(page, 'xã Bình Lập');
  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(scan);
  await expect(page.getByRole('img', { name: 'Ảnh trang 1' })).toBeVisible();

  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles([
    { name: 'ghi-chu.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('không phải ảnh') },
    { name: 'rong.png', mimeType: 'image/png', buffer: Buffer.alloc(0) },
    { name: 'chep-do.jpg', mimeType: 'image/jpeg', buffer: readFileSync(scan).subarray(0, 100_000) },
  ]);
  // Files are taken in the order pages are numbered (natural order of their names): the batch's one notice
  // opens to each refusal, in the UI's language.
  const notices = page.getByRole('region', { name: 'Kết quả nhập ảnh' });
  await notices.getByText('3 tệp: 3 lỗi').click();
  const refusals = notices.locator('details li');
  await expect(refusals).toHaveCount(3);
  await expect(refusals.nth(0)).toContainText('Ảnh "chep-do.jpg" bị hỏng hoặc không đầy đủ');
  await expect(refusals.nth(1)).toContainText('Tệp "ghi-chu.jpg" không phải ảnh quét đọc được');
  await expect(refusals.nth(2)).toContainText('Tệp "rong.png" rỗng');

  // The page imported before is still there, and the same scan again is recognized as a duplicate.
  await expect(pageGrid(page).getByRole('button', { name: /Trang 1\s*birth-form-001\.jpg/ })).toBeVisible();
  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(scan);
  await notices.getByText('1 tệp: 1 trùng').click();
  await expect(page.getByText('Ảnh "birth-form-001.jpg" đã có trong sổ (trang 1).')).toBeVisible();
  await expect(pageGrid(page).getByRole('listitem')).toHaveCount(1);
});
