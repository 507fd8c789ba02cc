// Packaging for real: electron-builder packs the app as electron-builder.yml says (into a folder, with a
// stand-in for Electron's binary, which cannot be downloaded here, and without the fuses that patch it),
// runs the afterPack hook, and the app's check then finds the packaged install whole, and a changed one not.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build as bundle } from 'esbuild';
import { build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installDamage } from '../../electron/security/install-integrity.ts';

let work: string;
let resources: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sohoa-pack-'));
  const electronDist = path.join(work, 'electron');
  await mkdir(path.join(electronDist, 'resources'), { recursive: true });
  await writeFile(path.join(electronDist, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
  // the hook as `npm run build` bundles it (scripts/build-node.mjs), here into the test's own folder
  const hook = path.join(work, 'after-pack.mjs');
  await bundle({ entryPoints: ['scripts/after-pack.ts'], bundle: true, platform: 'node', format: 'esm', outfile: hook, logLevel: 'warning' });
  const appOutDir = path.join(work, 'out', 'linux-unpacked');
  await build({
    projectDir: process.cwd(),
    targets: Platform.LINUX.createTarget('dir'),
    // Vitest runs before `npm run build`: the app's own bundle may be missing from the asar, which is not what is tested here.
    config: { electronDist, electronVersion: '45.4.1', electronFuses: null, npmRebuild: false, disableSanityCheckAsar: true, afterPack: hook, directories: { output: path.join(work, 'out') } },
  });
  resources = path.join(appOutDir, 'resources');
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the packaged install', () => {
  it('is found whole as packaged: sharp, tesseract.js, the canvas and the models all hashed', async () => {
    expect(await installDamage(resources)).toEqual([]);
    const manifest = JSON.parse(await readFile(path.join(resources, 'install-integrity.json'), 'utf8')) as { files: Record<string, string> };
    const files = Object.keys(manifest.files);
    for (const folder of ['app.asar.unpacked/node_modules/sharp/', 'app.asar.unpacked/node_modules/@img/', 'app.asar.unpacked/node_modules/tesseract.js-core/', 'app.asar.unpacked/node_modules/@napi-rs/', 'tessdata/best_int/', 'tessdata/fast/', 'assets/places/']) {
      expect(files.some((file) => file.startsWith(folder)), folder).toBe(true);
    }
    expect(files.some((file) => file.endsWith('.node'))).toBe(true);
  });

  it('is found damaged when a file the OCR process loads is changed', async () => {
    const manifest = JSON.parse(await readFile(path.join(resources, 'install-integrity.json'), 'utf8')) as { files: Record<string, string> };
    const native = Object.keys(manifest.files).find((file) => file.endsWith('.node'))!;
    await writeFile(path.join(resources, native), 'patched');
    expect(await installDamage(resources)).toEqual([{ file: native, problem: 'changed' }]);
  });

  it('runs the hook `npm run build` bundles, from electron-builder.yml', async () => {
    expect(await readFile('electron-builder.yml', 'utf8')).toMatch(/^afterPack: \.\/dist\/packaging\/after-pack\.js$/m);
    expect(await readFile('scripts/build-node.mjs', 'utf8')).toContain("entryPoints: { 'after-pack': 'scripts/after-pack.ts' }, outdir: 'dist/packaging'");
  });
});
