import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir.ts';

// scripts/check-node.mjs, which CI runs first: one supported Node version, stated in package.json's
// engines and said the same way in the README.
describe('the supported Node version', () => {
  const tempDir = useTempDir();

  async function checkAgainst(engines: string) {
    const root = await tempDir();
    await mkdir(path.join(root, 'scripts'));
    await copyFile('scripts/check-node.mjs', path.join(root, 'scripts', 'check-node.mjs'));
    await writeFile(path.join(root, 'package.json'), JSON.stringify({ engines: { node: engines } }));
    return spawnSync(process.execPath, [path.join(root, 'scripts', 'check-node.mjs')], { encoding: 'utf8' });
  }

  it('passes on this Node, which CI runs', () => {
    const run = spawnSync(process.execPath, ['scripts/check-node.mjs'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('stops an older Node with a sentence in Vietnamese and English', async () => {
    const run = await checkAgainst('>=99.1');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`SoHoa cần Node.js 99.1 trở lên, máy này có ${process.version}.`);
    expect(run.stderr).toContain(`SoHoa needs Node.js 99.1 or later; this machine has ${process.version}.`);
    const [major] = process.versions.node.split('.');
    expect((await checkAgainst(`>=${major}.0`)).status).toBe(0);
  });

  it('is the one the README states, and CI checks it before installing', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { engines: { node: string } };
    const [, version] = /^>=(\d+\.\d+)$/.exec(manifest.engines.node)!;
    expect(await readFile('README.md', 'utf8')).toContain(`SoHoa needs Node.js ${version} or later`);
    const ci = await readFile('.ci/run', 'utf8');
    expect(ci.indexOf('node scripts/check-node.mjs')).toBeGreaterThan(-1);
    expect(ci.indexOf('node scripts/check-node.mjs')).toBeLessThan(ci.indexOf('npm ci'));
  });

  // npm warns EBADENGINE for every package it installs whose engines leave out the Node it runs on: none
  // may leave out the oldest Node SoHoa supports, or a clean install on it prints warnings a user would act
  // on. (Packages for other platforms, such as sharp's Windows binaries, are not installed here.)
  it('is one every installed package supports, so a clean install warns EBADENGINE for none', async () => {
    const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { engines: { node: string } };
    const oldest = semver.minVersion(manifest.engines.node)!.version;
    const leftOut = Object.entries(lock.packages)
      .flatMap(([name, entry]) => (!Array.isArray(entry.engines) && entry.engines?.node && name !== '' && existsSync(path.join(name, 'package.json')) ? [[name, entry.engines.node] as const] : []))
      .filter(([, range]) => !semver.satisfies(oldest, range))
      .map(([name, range]) => `${name} (${range})`);
    expect(leftOut).toEqual([]);
  });

  it('leaves no dependency install script unreviewed (npm 11 allowScripts)', () => {
    const run = spawnSync('npm', ['approve-scripts', '--allow-scripts-pending'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No packages with unreviewed install scripts.');
  });
});
