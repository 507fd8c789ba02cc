import { describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';

// The renderer build (vite.config.ts) as `npm run build` makes it, kept in memory: one 588 kB chunk made
// Vite warn and the whole app re-download at every update.
describe('the renderer bundle', () => {
  it('has no chunk over Vite’s 500 kB warning, the libraries in chunks of their own', async () => {
    const result = await build({ configFile: 'vite.config.ts', logLevel: 'silent', build: { write: false, emptyOutDir: false } });
    const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
    const chunks = outputs.flatMap((o) => o.output).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
    for (const chunk of chunks) expect(Buffer.byteLength(chunk.code), chunk.fileName).toBeLessThan(500_000);
    const names = chunks.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['index', 'react', 'dexie', 'zod']));
  });
});
