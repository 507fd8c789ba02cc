import { spawnSync } from 'node:child_process';
import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemporaries, writeFileDurably } from '../../../electron/services/durable-file.ts';
import { useTempDir } from '../../support/temp-dir.ts';

describe('durable files', () => {
  const tempDir = useTempDir();

  it('writes a file only this user can read, in a folder only this user can enter', { skip: process.platform === 'win32' }, async () => {
    const dir = path.join(await tempDir(), 'pages');
    await writeFileDurably(dir, path.join(dir, 'a.json'), '{}');
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(dir, 'a.json'))).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('removes the temporaries of writes a crash cut short, and leaves those of processes still writing', async () => {
    const dir = await tempDir();
    // the id of a process that has ended: one this test started and waited for
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    const names = [`a.json.${ended}.0a1b2c3d.tmp`, `b.${ended}.ffffffff.tmp`, `c.json.${process.pid}.12345678.tmp`, 'd.json', 'e.tmp'];
    await Promise.all(names.map((name) => writeFile(path.join(dir, name), 'x')));
    expect(await removeStaleTemporaries(dir)).toBe(2);
    expect((await readdir(dir)).sort()).toEqual([`c.json.${process.pid}.12345678.tmp`, 'd.json', 'e.tmp']);
    expect(await removeStaleTemporaries(path.join(dir, 'missing'))).toBe(0);
  });
});
