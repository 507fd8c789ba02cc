// The work package file: written and read back whole, and refused whole, with what is wrong, when it is
// not a SoHoa package, comes from a newer SoHoa, or any file in it is not the one its manifest hashed.
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Book, Entry, Page } from '../../../shared/domain/entry.ts';
import type { Batch } from '../../../shared/team/batches.ts';
import { manifestPath, packageFileName, readPackage, writePackage, type ManifestFields } from '../../../shared/team/work-package.ts';
import { rejection } from '../../support/app-errors.ts';

const sha256 = (bytes: Uint8Array) => Promise.resolve(createHash('sha256').update(bytes).digest('hex'));
const hex = (text: string) => createHash('sha256').update(text).digest('hex');

const bookId = '0b9f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const batchId = '1c9f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const image = strToU8('the scan of page 1');
const pageId = hex('the scan of page 1');
const supervisor = { id: '2d9f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', fullName: 'Nguyễn Thị Hoa', role: 'supervisor' as const };
const operator = { id: '3e9f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', fullName: 'Trần Văn Minh', role: 'operator' as const };

const book: Book = { id: bookId, kind: 'birth', templateId: 'birth-form', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985, createdAt: '2026-12-01T08:00:00.000Z' };
const batch: Batch = { id: batchId, bookId, number: 3, pageIds: [pageId], passA: operator.id, passB: null, createdAt: '2026-12-01T08:00:00.000Z', createdBy: supervisor.id };
const page: Page = { id: pageId, bookId, sequence: 1, fileName: 'p1.jpg', byteLength: image.byteLength, width: 10, height: 10, ocrState: 'done', importedAt: '2026-12-01T08:00:00.000Z' };
const entry: Entry = {
  id: '4f9f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', bookId, pageId, kind: 'birth', entryNo: '12',
  fields: { 'child.fullName': { value: 'Lê Văn An', raw: 'Lê Văn An', source: 'ocr' } },
  status: 'draft', revision: 1, updatedAt: '2026-12-01T08:00:00.000Z', updatedBy: 'ocr', warnings: [],
};

const fields: ManifestFields = {
  kind: 'work', packageId: '5a9f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', createdAt: '2026-12-02T08:00:00.000Z', createdBy: supervisor, app: { name: 'SoHoa', version: '0.1.0' },
  book: { id: bookId, kind: 'birth', edition: 'birth-form', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1985 },
  placeTableVersion: '2025.07.01', batch: { id: batchId, number: 3, pageIds: [pageId] }, pass: 'A', assignee: operator, profiles: [supervisor, operator],
};

function workPackage(overrides: { entries?: Entry[] } = {}) {
  return writePackage(fields, { json: { book, batch, pages: [page], extractions: [], entries: overrides.entries ?? [entry] }, images: [{ pageId, mimeType: 'image/jpeg', bytes: image }] }, sha256);
}

/** The package with its files changed by `change` (the manifest as it was, unless changed too). */
async function altered(change: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const files = unzipSync(await workPackage());
  change(files);
  return zipSync(files);
}

describe('work package', () => {
  it('is read back as written: the manifest, the records and the page images', async () => {
    const read = await readPackage(await workPackage(), sha256);
    expect(read.kind).toBe('work');
    if (read.kind !== 'work') return;
    expect(read.work.manifest).toMatchObject({ format: 'sohoa.work-package', formatVersion: 1, ...fields });
    expect(read.work.manifest.parts.map((part) => part.path).sort()).toEqual(['batch.json', 'book.json', 'entries.json', 'extractions.json', `images/${pageId}.jpg`, 'pages.json']);
    expect(read.work.manifest.parts.find((part) => part.path === 'entries.json')?.sha256).toBe(hex(JSON.stringify([entry])));
    expect(read.work.entries).toEqual([entry]);
    expect(read.work.images).toEqual([{ pageId, mimeType: 'image/jpeg', bytes: image }]);
    expect(packageFileName(read.work.manifest)).toBe('sohoa-goi-cong-viec-xa-binh-lap-q01-lo3-luotA.zip');
  });

  it('reads a result: entries, audit rows and keyings, each checked to be of the batch', async () => {
    const result = await writePackage({ ...fields, kind: 'result', answers: fields.packageId }, { json: { entries: [entry], audit: [], keyings: [] } }, sha256);
    const read = await readPackage(result, sha256);
    expect(read.kind === 'result' && read.result.entries).toEqual([entry]);
    const foreign = await writePackage({ ...fields, kind: 'result' }, { json: { entries: [], audit: [], keyings: [{ id: 'x|f', bookId, batchId: bookId, entryId: entry.id, field: 'f', value: '', by: operator.id, at: fields.createdAt }] } }, sha256);
    expect((await rejection(readPackage(foreign, sha256))).code).toBe('package-invalid');
  });

  it('refuses a file that is not a zip, or a zip with no SoHoa manifest', async () => {
    expect((await rejection(readPackage(strToU8('not a zip at all'), sha256))).code).toBe('package-not-sohoa');
    const other = zipSync({ 'readme.txt': strToU8('hello') });
    const refused = await rejection(readPackage(other, sha256));
    expect(refused.code).toBe('package-not-sohoa');
    expect(refused.vi).toContain('không phải gói công việc');
  });

  it('refuses a package from a newer SoHoa, saying which format it is', async () => {
    const newer = await altered((files) => {
      const manifest = JSON.parse(strFromU8(files[manifestPath]!)) as Record<string, unknown>;
      files[manifestPath] = strToU8(JSON.stringify({ ...manifest, formatVersion: 2, newThing: true }));
    });
    const refused = await rejection(readPackage(newer, sha256));
    expect(refused.code).toBe('package-newer');
    expect(refused.vi).toContain('định dạng gói 2');
  });

  it('refuses a package whose file was changed, naming the file', async () => {
    const changed = await altered((files) => {
      files['entries.json'] = strToU8(JSON.stringify([{ ...entry, fields: { 'child.fullName': { value: 'Lê Văn Ân', raw: 'Lê Văn Ân', source: 'typed' } } }]));
    });
    const refused = await rejection(readPackage(changed, sha256));
    expect(refused.code).toBe('package-hash-mismatch');
    expect(refused.vi).toContain('"entries.json"');
  });

  it('refuses a package with a file added or taken out', async () => {
    const added = await altered((files) => { files['images/extra.jpg'] = image; });
    expect((await rejection(readPackage(added, sha256))).vi).toContain('images/extra.jpg');
    const missing = await altered((files) => { delete files[`images/${pageId}.jpg`]; });
    expect((await rejection(readPackage(missing, sha256))).code).toBe('package-hash-mismatch');
  });

  it('refuses a manifest that is not whole, and records of another book or batch', async () => {
    const broken = await altered((files) => {
      const { assignee: _gone, ...manifest } = JSON.parse(strFromU8(files[manifestPath]!)) as Record<string, unknown>;
      files[manifestPath] = strToU8(JSON.stringify(manifest));
    });
    const refused = await rejection(readPackage(broken, sha256));
    expect(refused.code).toBe('package-invalid');
    expect(refused.en).toContain('assignee');
    const elsewhere = await workPackage({ entries: [{ ...entry, pageId: hex('another page') }] });
    expect((await rejection(readPackage(elsewhere, sha256))).en).toContain('an entry of another book or batch');
  });
});
