// Releases are signed with a certificate the build machine's environment gives; the repository holds no secret.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };

describe('code signing settings', () => {
  it('keeps no certificate, password or signing identity in electron-builder.yml', async () => {
    const builder = await readFile('electron-builder.yml', 'utf8');
    const settings = builder.split('\n').filter((line) => !line.trimStart().startsWith('#'));
    for (const key of ['cscLink', 'cscKeyPassword', 'certificateFile', 'certificatePassword', 'certificateSha1', 'certificateSubjectName']) {
      expect(settings.filter((line) => line.includes(key)), key).toEqual([]);
    }
    expect(builder).toContain('CSC_LINK');
    expect(builder).toContain('CSC_KEY_PASSWORD');
  });

  it('makes a release build refuse to produce an unsigned installer', () => {
    expect(packageJson.scripts['dist:release']).toBe('npm run build && electron-builder -c.forceCodeSigning=true');
  });
});
