import { describe, expect, it } from 'vitest';
import { appVersion, runtimeDescription } from '../../electron/app-version.ts';
import packageJson from '../../package.json' with { type: 'json' };

describe('app version', () => {
  it('is the package version', () => {
    expect(appVersion).toBe(packageJson.version);
  });

  it('names Electron and its Chromium when run in Electron, Node alone otherwise', () => {
    expect(runtimeDescription({ ...process.versions, electron: '45.4.1', chrome: '142.0.7444.59', node: '22.20.0' })).toBe('Electron 45.4.1 · Chromium 142.0.7444.59 · Node 22.20.0');
    expect(runtimeDescription({ ...process.versions, node: '22.22.0' })).toBe('Node 22.22.0');
  });
});
