import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStaticFile, resolveStaticPath } from '../../../electron/security/static-files.ts';
import { useTempDir } from '../../support/temp-dir.ts';

describe('static files', () => {
  const tempDir = useTempDir();

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('never leaves the renderer folder for %s', async (urlPath) => {
    const root = path.join(await tempDir(), 'renderer');
    await mkdir(root);
    await writeFile(path.join(root, '..', 'secret.txt'), 'secret');
    expect(resolveStaticPath(root, urlPath)).toBeNull();
    const response = await readStaticFile(root, urlPath);
    expect(response.status).toBe(400);
    expect(String(response.body)).not.toContain('secret');
  });

  it('serves index.html for the root and files with their content type', async () => {
    const root = await tempDir();
    await writeFile(path.join(root, 'index.html'), '<!doctype html>');
    await mkdir(path.join(root, 'assets'));
    await writeFile(path.join(root, 'assets', 'app.js'), 'export {}');
    expect(await readStaticFile(root, '/')).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
    expect(await readStaticFile(root, '/assets/app.js')).toMatchObject({ status: 200, contentType: 'text/javascript; charset=utf-8' });
    expect((await readStaticFile(root, '/missing.js')).status).toBe(404);
    expect((await readStaticFile(root, '/assets')).status).toBe(404);
  });
});
