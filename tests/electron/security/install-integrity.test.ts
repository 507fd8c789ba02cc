// The install's hashes on a resources folder laid out as a packaged build's: written, then checked after
// each way an install can differ (a changed byte, a file gone, a file added, a link, the manifest itself).
import { mkdir, mkdtemp, readFile, rm, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installDamage, installDamagedError, integrityManifestName, writeIntegrityManifest } from '../../../electron/security/install-integrity.ts';

let resources: string;

beforeEach(async () => {
  resources = await mkdtemp(path.join(tmpdir(), 'sohoa-install-'));
  const files: Record<string, string> = {
    'app.asar.unpacked/node_modules/sharp/lib/index.js': 'module.exports = {};',
    'app.asar.unpacked/node_modules/@img/sharp-linux-x64/lib/sharp.node': '\u007fELF native',
    'tessdata/fast/vie.traineddata.gz': 'model',
    'assets/places/places-pack.json': '{}',
  };
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(resources, file)), { recursive: true });
    await writeFile(path.join(resources, file), content);
  }
  // the asar is checked by Electron itself (embedded asar integrity), not here
  await writeFile(path.join(resources, 'app.asar'), 'asar');
});

afterEach(async () => {
  await rm(resources, { recursive: true, force: true });
});

describe('install integrity', () => {
  it('finds an install whole as packaged, with a manifest everyone can read', async () => {
    expect(await writeIntegrityManifest(resources)).toBe(4);
    expect(await installDamage(resources)).toEqual([]);
    expect((await stat(path.join(resources, integrityManifestName))).mode & 0o777).toBe(0o644);
  });

  it('names a changed file, a missing one and an unexpected one', async () => {
    await writeIntegrityManifest(resources);
    await writeFile(path.join(resources, 'app.asar.unpacked/node_modules/@img/sharp-linux-x64/lib/sharp.node'), '\u007fELF patched');
    await unlink(path.join(resources, 'tessdata/fast/vie.traineddata.gz'));
    await writeFile(path.join(resources, 'app.asar.unpacked/node_modules/sharp/lib/preload.js'), 'evil()');
    expect(await installDamage(resources)).toEqual([
      { file: 'app.asar.unpacked/node_modules/@img/sharp-linux-x64/lib/sharp.node', problem: 'changed' },
      { file: 'tessdata/fast/vie.traineddata.gz', problem: 'missing' },
      { file: 'app.asar.unpacked/node_modules/sharp/lib/preload.js', problem: 'unexpected' },
    ]);
  });

  it('does not follow a link put where a file was, even to identical content', async () => {
    await writeIntegrityManifest(resources);
    const file = path.join(resources, 'app.asar.unpacked/node_modules/sharp/lib/index.js');
    const elsewhere = path.join(resources, 'elsewhere.js');
    await writeFile(elsewhere, await readFile(file));
    await unlink(file);
    await symlink(elsewhere, file);
    expect(await installDamage(resources)).toEqual([{ file: 'app.asar.unpacked/node_modules/sharp/lib/index.js', problem: 'changed' }]);
  });

  it('counts a deleted or rewritten manifest as damage, so removing it does not turn the check off', async () => {
    expect(await installDamage(resources)).toEqual([{ file: integrityManifestName, problem: 'missing' }]);
    await writeFile(path.join(resources, integrityManifestName), '{"version":1,"algorithm":"md5","files":{}}');
    expect(await installDamage(resources)).toEqual([{ file: integrityManifestName, problem: 'changed' }]);
    await writeFile(path.join(resources, integrityManifestName), '');
    expect(await installDamage(resources)).toEqual([{ file: integrityManifestName, problem: 'changed' }]);
  });

  it('says in both languages what is damaged and what to do', async () => {
    await writeIntegrityManifest(resources);
    await unlink(path.join(resources, 'tessdata/fast/vie.traineddata.gz'));
    const error = installDamagedError(await installDamage(resources));
    expect(error.code).toBe('install-damaged');
    expect(error.vi).toContain('1 tệp, trong đó "tessdata/fast/vie.traineddata.gz"');
    expect(error.vi).toContain('Hãy cài lại SoHoa');
    expect(error.en).toContain('Reinstall SoHoa');
  });
});
