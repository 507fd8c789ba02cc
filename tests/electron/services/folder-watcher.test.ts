import { createHash } from 'node:crypto';
import { appendFile, mkdir, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WatchedFileImported } from '../../../shared/api/app-api.ts';
import { watchFolder, type FolderWatcher } from '../../../electron/services/folder-watcher.ts';
import { PageStore } from '../../../electron/services/page-store.ts';
import { birthFormBytes, smallPng } from '../../support/fixtures.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { multiPageTiff } from '../../support/tiff.ts';
import { createLocalScanReader } from '../../../electron/services/local-scan-reader.ts';

const scanReader = createLocalScanReader();

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const intervalMs = 40;
const waitFor = { timeout: 20_000, interval: 20 };

describe('watchFolder', () => {
  const tempDir = useTempDir();
  const watchers: FolderWatcher[] = [];
  afterEach(async () => {
    await Promise.all(watchers.splice(0).map((w) => w.stop()));
  });

  async function watch(dir: string, options: { store?: PageStore; stableChecks?: number } = {}) {
    const events: WatchedFileImported[] = [];
    const store = options.store ?? new PageStore(await tempDir(), scanReader);
    const watcher = watchFolder(dir, { store, intervalMs, stableChecks: options.stableChecks, onImported: (event) => events.push(event) });
    watchers.push(watcher);
    return { events, store, watcher };
  }

  const summary = (events: WatchedFileImported[]) =>
    events.map((e) => `${e.fileName}: ${e.error?.code ?? e.pages!.map((p) => (p.alreadyImported ? 'again' : 'new')).join(',')}`);

  it('imports the scans already in the folder and those that arrive, each once', async () => {
    const dir = await tempDir();
    const store = new PageStore(await tempDir(), scanReader);
    await writeFile(path.join(dir, 'trang2.png'), smallPng(2));
    await writeFile(path.join(dir, 'trang10.png'), smallPng(10));
    await store.import('trang2.png', smallPng(2));
    const { events } = await watch(dir, { store });
    await vi.waitFor(() => expect(events).toHaveLength(2), waitFor);
    expect(summary(events)).toEqual(['trang2.png: again', 'trang10.png: new']);

    await mkdir(path.join(dir, 'lo-2'));
    await writeFile(path.join(dir, 'lo-2', 'trang1.tif'), multiPageTiff({ pages: 2 }));
    await writeFile(path.join(dir, 'ghi-chu.txt'), 'không phải ảnh');
    await writeFile(path.join(dir, '.trang3.png'), smallPng(3));
    await vi.waitFor(() => expect(events).toHaveLength(3), waitFor);
    // Several more polls: nothing is imported twice, and other or hidden files are never taken.
    await sleep(intervalMs * 8);
    expect(summary(events)).toEqual(['trang2.png: again', 'trang10.png: new', `${path.join('lo-2', 'trang1.tif')}: new,new`]);
  });

  it('imports only the files in the folder, never one a link points to elsewhere', { skip: process.platform === 'win32' }, async () => {
    const dir = await tempDir();
    const elsewhere = await tempDir();
    await writeFile(path.join(elsewhere, 'private.png'), smallPng(7));
    await symlink(path.join(elsewhere, 'private.png'), path.join(dir, 'trang7.png'));
    await writeFile(path.join(dir, 'trang2.png'), smallPng(2));
    const { events } = await watch(dir);
    await vi.waitFor(() => expect(events).toHaveLength(1), waitFor);
    await new Promise((resolve) => setTimeout(resolve, intervalMs * 5));
    expect(summary(events)).toEqual(['trang2.png: new']);
  });

  it('waits while a scan is being written, and imports it whole', async () => {
    const dir = await tempDir();
    const { events } = await watch(dir, { stableChecks: 8 });
    const bytes = birthFormBytes();
    const file = path.join(dir, 'trang-001.jpg');
    // A slow scanner: the file grows a piece at a time, well within the watcher's patience between pieces.
    const pieces = 12;
    const size = Math.ceil(bytes.length / pieces);
    await writeFile(file, bytes.subarray(0, size));
    for (let i = 1; i < pieces; i++) {
      await sleep(intervalMs / 4);
      await appendFile(file, bytes.subarray(i * size, (i + 1) * size));
    }
    await vi.waitFor(() => expect(events).toHaveLength(1), waitFor);
    expect(events[0]!.error).toBeUndefined();
    expect(events[0]!.pages).toMatchObject([{ sha256: sha256Of(bytes), width: 2533, height: 3546, alreadyImported: false }]);
  });

  it('reports a bad file once, and tries it again only after it changes', async () => {
    const dir = await tempDir();
    const { events } = await watch(dir);
    const file = path.join(dir, 'trang-5.jpg');
    const jpeg = birthFormBytes();
    await writeFile(file, jpeg.subarray(0, jpeg.length / 2));
    await vi.waitFor(() => expect(events).toHaveLength(1), waitFor);
    expect(events[0]!.error!.code).toBe('image-truncated');
    expect(events[0]!.error!.vi).toContain('trang-5.jpg');
    await sleep(intervalMs * 8);
    expect(events).toHaveLength(1);

    // Copied again, whole, under a temporary name and renamed, as copy tools do.
    await writeFile(path.join(dir, '.trang-5.jpg.tmp'), jpeg);
    await rename(path.join(dir, '.trang-5.jpg.tmp'), file);
    await vi.waitFor(() => expect(events).toHaveLength(2), waitFor);
    expect(events[1]).toMatchObject({ fileName: 'trang-5.jpg', pages: [{ sha256: sha256Of(jpeg) }] });
  });

  it('says once that the folder is missing, and imports from it when it appears', async () => {
    const dir = path.join(await tempDir(), 'may-quet');
    const { events } = await watch(dir);
    await vi.waitFor(() => expect(events).toHaveLength(1), waitFor);
    expect(events[0]).toMatchObject({ fileName: dir, error: { code: 'path-not-found' } });
    await sleep(intervalMs * 5);
    expect(events).toHaveLength(1);
    await mkdir(dir);
    await writeFile(path.join(dir, 'trang1.png'), smallPng(1));
    await vi.waitFor(() => expect(events).toHaveLength(2), waitFor);
    expect(summary(events.slice(1))).toEqual(['trang1.png: new']);
  });

  it('imports and reports nothing once stopped', async () => {
    const dir = await tempDir();
    const { events, watcher, store } = await watch(dir);
    await writeFile(path.join(dir, 'a.png'), smallPng(1));
    await vi.waitFor(() => expect(events).toHaveLength(1), waitFor);
    await watcher.stop();
    await writeFile(path.join(dir, 'b.png'), smallPng(2));
    await sleep(intervalMs * 8);
    expect(summary(events)).toEqual(['a.png: new']);
    await expect(store.readImage(sha256Of(smallPng(2)))).rejects.toMatchObject({ code: 'page-not-found' });
  });
});
