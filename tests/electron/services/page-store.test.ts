import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/app-error.ts';
import { PageStore } from '../../../electron/services/page-store.ts';
import { badImages, birthFormBytes } from '../../support/fixtures.ts';
import { useTempDir } from '../../support/temp-dir.ts';

describe('PageStore', () => {
  const tempDir = useTempDir();

  it('keeps the scan byte for byte under its SHA-256', async () => {
    const dataDir = await tempDir();
    const bytes = birthFormBytes();
    const info = await new PageStore(dataDir).import('trang-001.jpg', bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(info).toMatchObject({ sha256, fileName: 'trang-001.jpg', format: 'jpeg', width: 2533, height: 3546, alreadyImported: false });
    expect(await readFile(path.join(dataDir, 'pages', sha256))).toEqual(Buffer.from(bytes));
  });

  it('finds the existing page when the same scan is imported again under another name', async () => {
    const store = new PageStore(await tempDir());
    const first = await store.import('a.jpg', birthFormBytes());
    const second = await store.import('copy of a.jpg', birthFormBytes());
    expect(second.sha256).toBe(first.sha256);
    expect(second.alreadyImported).toBe(true);
  });

  it('reads a stored page back with its MIME type', async () => {
    const store = new PageStore(await tempDir());
    const { sha256 } = await store.import('a.jpg', birthFormBytes());
    const image = await store.readImage(sha256);
    expect(image.mimeType).toBe('image/jpeg');
    expect(Buffer.from(image.bytes)).toEqual(Buffer.from(birthFormBytes()));
  });

  it('says clearly that an unknown page is not there', async () => {
    await expect(new PageStore(await tempDir()).readImage('0'.repeat(64))).rejects.toMatchObject({ code: 'page-not-found' });
  });

  for (const bad of badImages()) {
    it(`refuses ${bad.name} with ${bad.code}, in both languages, and keeps what was saved`, async () => {
      const dataDir = await tempDir();
      const store = new PageStore(dataDir);
      const good = await store.import('good.jpg', birthFormBytes());
      const error = await store.import(bad.name, bad.bytes).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(bad.code);
      expect((error as AppError).vi).toContain(bad.name);
      expect((error as AppError).en).toContain(bad.name);
      // Nothing half-written, and the earlier page still reads back whole.
      expect(await readdir(path.join(dataDir, 'pages'))).toEqual([good.sha256, `${good.sha256}.json`].sort());
      expect((await store.readImage(good.sha256)).bytes.byteLength).toBe(birthFormBytes().byteLength);
    });
  }
});
