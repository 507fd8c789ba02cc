import { mkdir, readdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, importPaths, listScanFiles, type ImportedPath } from '../../../electron/services/page-import.ts';
import { PageStore } from '../../../electron/services/page-store.ts';
import { badImages, birthFormBytes, smallPng } from '../../support/fixtures.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { multiPageTiff } from '../../support/tiff.ts';
import { createLocalScanReader } from '../../../electron/services/local-scan-reader.ts';

const scanReader = createLocalScanReader();

/** Writes files (relative path → bytes) under a folder, making subfolders as needed. */
async function writeTree(root: string, files: Record<string, Uint8Array>): Promise<void> {
  for (const [relative, bytes] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), bytes);
  }
}

const outcome = (file: ImportedPath) => file.error?.code ?? `${file.pages?.length} page(s)`;

describe('importPaths', () => {
  const tempDir = useTempDir();

  it('walks folders for scans in natural order, skipping hidden files, hidden folders and other files', async () => {
    const scans = await tempDir();
    await writeTree(scans, {
      'quyen-2/trang10.png': smallPng(1),
      'quyen-2/trang2.PNG': smallPng(2),
      'quyen-2/trang1.jpg': birthFormBytes(),
      'quyen-2/phu luc/trang1.tiff': multiPageTiff({ pages: 2 }),
      'quyen-10/trang1.png': smallPng(3),
      'quyen-2/.trang3.png': smallPng(4),
      '.sync/trang1.png': smallPng(5),
      'quyen-2/ghi-chu.txt': new TextEncoder().encode('ghi chú'),
      'quyen-2/trang4.png.part': smallPng(6),
    });
    const store = new PageStore(await tempDir(), scanReader);
    const report = await importPaths(store, [scans]);
    expect(report.files.map((f) => path.relative(scans, f.path))).toEqual([
      'quyen-2/phu luc/trang1.tiff', 'quyen-2/trang1.jpg', 'quyen-2/trang2.PNG', 'quyen-2/trang10.png', 'quyen-10/trang1.png',
    ].map((p) => path.normalize(p)));
    expect(report.files.map(outcome)).toEqual(['2 page(s)', '1 page(s)', '1 page(s)', '1 page(s)', '1 page(s)']);
    expect(report.files[0]!.pages!.map((p) => p.fileName)).toEqual(['trang1.tiff', 'trang1.tiff']);
    expect(report.files[2]!.pages![0]).toMatchObject({ fileName: 'trang2.PNG', format: 'png', alreadyImported: false });
  });

  it('imports the good files of a folder mixing good and bad ones, reports each bad one, and loses nothing', async () => {
    const scans = await tempDir();
    const bad = Object.fromEntries(badImages().map((b) => [b.name, b.bytes]));
    await writeTree(scans, {
      ...bad,
      'scan-0042.jpg': new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'),
      'trang-01.png': smallPng(1),
      'trang-02.jpg': birthFormBytes(),
      'trang-03.tif': multiPageTiff({ pages: 3, truncatedPages: [2] }),
      'trang-04.tif': multiPageTiff({ pages: 1001, width: 8, height: 8 }),
    });
    const dataDir = await tempDir();
    const store = new PageStore(dataDir, scanReader);
    const report = await importPaths(store, [scans]);
    // A PDF is taken by its name and read by its content: a broken PDF renamed .jpg is still a broken PDF.
    expect(Object.fromEntries(report.files.map((f) => [path.basename(f.path), outcome(f)]))).toEqual({
      'bomb.png': 'image-too-many-pixels',
      'document.pdf': 'image-unsupported',
      'empty.jpg': 'image-empty',
      'half-copied.jpg': 'image-truncated',
      'notes.jpg': 'image-unsupported',
      'scan-0042.jpg': 'pdf-damaged',
      'trang-01.png': '1 page(s)',
      'trang-02.jpg': '1 page(s)',
      'trang-03.tif': 'image-truncated',
      'trang-04.tif': 'file-too-many-pages',
    });
    const partial = report.files.find((f) => f.path.endsWith('trang-03.tif'))!;
    expect(partial.pages!.map((p) => p.sourcePage!.index)).toEqual([1, 3]);
    expect(partial.error!.vi).toContain('"trang-03.tif, trang 2"');
    for (const failed of report.files.filter((f) => f.error)) expect(failed.error!.en).toContain(path.basename(failed.path));
    // Every page the report lists is in the store: 1 + 1 + 2, each an image and its meta file.
    const stored = report.files.flatMap((f) => f.pages ?? []).map((p) => p.sha256);
    expect(stored).toHaveLength(4);
    expect(await readdir(path.join(dataDir, 'pages'))).toEqual(stored.flatMap((sha) => [sha, `${sha}.json`]).sort());
  });

  it('takes files and folders in the order given, and says which paths gave nothing', async () => {
    const root = await tempDir();
    await writeTree(root, { 'b/trang1.png': smallPng(1), 'a.png': smallPng(2), 'empty/notes.txt': new Uint8Array([1]), 'not-a-scan.txt': new Uint8Array([1]) });
    await mkdir(path.join(root, 'nothing'));
    const targets = ['b', 'missing', 'empty', 'nothing', 'a.png', 'not-a-scan.txt'].map((p) => path.join(root, p));
    const report = await importPaths(new PageStore(await tempDir(), scanReader), targets);
    expect(report.files.map((f) => [path.relative(root, f.path), outcome(f)])).toEqual([
      [path.join('b', 'trang1.png'), '1 page(s)'],
      ['missing', 'path-not-found'],
      ['empty', 'folder-no-images'],
      ['nothing', 'folder-no-images'],
      ['a.png', '1 page(s)'],
      // A file named on its own is tried whatever its name, so the clerk learns why it is not a scan.
      ['not-a-scan.txt', 'image-unsupported'],
    ]);
    const missing = report.files[1]!.error!;
    expect(missing.vi).toBe(`Không tìm thấy tệp hoặc thư mục "${targets[1]}".`);
    expect(report.files[2]!.error!.en).toBe(`The folder "${targets[2]}" holds no scans (JPEG, PNG, WebP, TIFF or PDF).`);
  });

  it('reports each file as it goes, with how far the batch is', async () => {
    const root = await tempDir();
    await writeTree(root, { 'a/1.png': smallPng(1), 'a/2.png': smallPng(2) });
    const seen: string[] = [];
    await importPaths(new PageStore(await tempDir(), scanReader), [path.join(root, 'a'), path.join(root, 'gone')], {
      onFile: (file, { done, total }) => seen.push(`${done}/${total} ${path.basename(file.path)} ${outcome(file)}`),
    });
    expect(seen).toEqual(['1/3 1.png 1 page(s)', '2/3 2.png 1 page(s)', '3/3 gone path-not-found']);
  });

  it('finds the pages of files imported before', async () => {
    const root = await tempDir();
    await writeTree(root, { '1.png': smallPng(1), '2.tif': multiPageTiff({ pages: 2 }) });
    const store = new PageStore(await tempDir(), scanReader);
    await importPaths(store, [root]);
    const again = await importPaths(store, [root]);
    expect(again.files.flatMap((f) => f.pages!.map((p) => p.alreadyImported))).toEqual([true, true, true]);
  });
});

describe('importFile', () => {
  const tempDir = useTempDir();

  it('refuses a file over the size limit from its size on disk, without reading it', async () => {
    const file = path.join(await tempDir(), 'khong-lo.jpg');
    await writeFile(file, '');
    // Sparse: 201 MB by size, no data on disk and nothing worth reading.
    await truncate(file, 201 * 1024 * 1024);
    const result = await importFile(new PageStore(await tempDir(), scanReader), file);
    expect(result.error).toMatchObject({ code: 'image-file-too-large' });
    expect(result.error!.vi).toContain('"khong-lo.jpg" quá lớn (201.0 MB)');
  });
});

describe('listScanFiles', () => {
  const tempDir = useTempDir();

  it('lists the scans a batch would import, and the paths that give none', async () => {
    const root = await tempDir();
    await writeTree(root, { 'q/trang10.jpg': smallPng(1), 'q/trang9.jpg': smallPng(2), 'q/.DS_Store': new Uint8Array([0]), 'x/readme.txt': new Uint8Array([0]) });
    const listing = await listScanFiles([path.join(root, 'q'), path.join(root, 'x'), path.join(root, 'nope.jpg')]);
    expect(listing.files).toEqual([path.join(root, 'q', 'trang9.jpg'), path.join(root, 'q', 'trang10.jpg')]);
    expect(listing.errors.map((e) => [path.relative(root, e.path), e.error.code])).toEqual([['x', 'folder-no-images'], ['nope.jpg', 'path-not-found']]);
  });
});
