// The page pipeline end to end: two sample register pages imported together are read in the background
// (the one on screen first), and each becomes a draft entry with its fields filled, their confidence and
// their box on the page, all kept in IndexedDB. Real Chromium, the real browser-mode host, real OCR.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createBirthBook } from './app-steps.ts';
import { readStores } from './indexed-db.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'samples');
const samples = ['birth-form-001', 'birth-form-005'].map((name) => ({
  file: path.join(fixtures, `${name}.jpg`),
  fileName: `${name}.jpg`,
  truth: (JSON.parse(readFileSync(path.join(fixtures, `${name}.json`), 'utf8')) as { entries: { fields: Record<string, string> }[] }).entries[0]!.fields,
}));

interface StoredEntry {
  pageId: string;
  status: string;
  entryNo: string;
  fields: Record<string, { value: string; raw: string; source: string; confidence?: number; box?: { width: number; height: number } }>;
}

test('two sample pages imported together become OCR drafts with their fields filled', async ({ page }) => {
  test.setTimeout(240_000);
  await createBirthBook(page, { commune: 'phường Phương Nam', volume: '05', year: 1994 });

  await page.getByLabel('Nhập ảnh trang sổ').setInputFiles(samples.map((s) => s.file));
  const grid = page.getByRole('list', { name: 'Các trang của sổ' });
  await expect(grid.getByRole('listitem')).toHaveCount(2);
  await expect(grid.getByRole('img', { name: 'Ảnh thu nhỏ trang 2' })).toBeVisible();
  const status = page.getByRole('region', { name: 'Nhận dạng', exact: true });
  await expect(status).toContainText('Đã nhận dạng 2/2 trang', { timeout: 180_000 });
  await expect(grid.locator('.badge')).toHaveText([/^Xong · 1 mục/, /^Xong · 1 mục/]);

  // Each page's panel shows what was read, field by field, with its confidence.
  for (const [i, sample] of samples.entries()) {
    await grid.getByRole('button', { name: new RegExp(`Trang ${i + 1}\\s*${sample.fileName.replace('.', '\\.')}`) }).click();
    await expect(page.getByRole('img', { name: `Ảnh trang ${i + 1}` })).toBeVisible();
    const read = page.getByRole('region', { name: /^Mục 1/ });
    const name = read.locator('tr[data-field="child.fullName"]');
    await expect(name).toContainText(sample.truth['child.fullName']!);
    await expect(name).toContainText(/\d+%/);
    await expect(read.locator('tr[data-field="child.sex"]')).toContainText(sample.truth['child.sex']!);
  }

  const stored = await readStores<{ entries: StoredEntry[]; pages: { id: string; fileName: string; ocrState: string }[] }>(page, ['entries', 'pages']);
  expect(stored.pages.map((p) => p.ocrState)).toEqual(['done', 'done']);
  expect(stored.entries).toHaveLength(2);
  for (const sample of samples) {
    const pageId = stored.pages.find((p) => p.fileName === sample.fileName)!.id;
    const draft = stored.entries.find((e) => e.pageId === pageId)!;
    expect(draft.status).toBe('draft');
    expect(draft.fields['child.fullName']).toMatchObject({ value: sample.truth['child.fullName']!.normalize('NFC'), source: 'ocr' });
    const filled = Object.keys(sample.truth).filter((key) => (draft.fields[key]?.value ?? '') !== '');
    // Most of what the register holds is read; every field read carries its confidence and where it is.
    expect(filled.length, `${sample.fileName}: ${filled.length} of ${Object.keys(sample.truth).length} fields filled`).toBeGreaterThanOrEqual(Math.ceil(Object.keys(sample.truth).length * 0.75));
    for (const field of Object.values(draft.fields)) {
      expect(field.source).toBe('ocr');
      expect(field.confidence).toBeGreaterThanOrEqual(0);
      expect(field.box?.width).toBeGreaterThan(0);
    }
  }
});
