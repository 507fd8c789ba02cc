import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { hostNodeFlags } from '../../electron/ocr-host/ocr-host.ts';

// The host of browser mode starts in the same V8 young generation as the OCR process (ocr-host.ts says
// why): `npm run start:web` gives Node the flags, since the host cannot set them once it runs.
describe('npm run start:web', () => {
  it('starts the host with the Node flags the OCR process has', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
    const words = manifest.scripts['start:web']!.split(/\s+/);
    expect(words[0]).toBe('node');
    expect(words.slice(1, -1)).toEqual(hostNodeFlags);
    expect(words.at(-1)).toBe('scripts/start-web.mjs');
  });
});
