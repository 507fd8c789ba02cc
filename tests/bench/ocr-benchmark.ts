// OCR of one sample page: SoHoa's engine (tesseract.js in a worker thread, after its preprocessing)
// against Debian's native tesseract given the same preprocessed image and the same model file.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { OcrEngine } from '../../electron/services/ocr-engine.ts';
import { prepareForOcr } from '../../electron/services/ocr-image.ts';
import { tessdataDir } from '../../electron/services/tessdata.ts';

export interface OcrBenchmarkResult {
  page: string;
  runs: number;
  tesseractJsMs: number;
  nativeMs: number | null;
  ratio: number | null;
  peakRssMb: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function hasNativeTesseract(): boolean {
  return spawnSync('tesseract', ['--version']).status === 0;
}

export async function benchmarkOcr(pagePath: string, runs = 3): Promise<OcrBenchmarkResult> {
  const bytes = new Uint8Array(await readFile(pagePath));
  const engine = new OcrEngine();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);

  const jsTimes: number[] = [];
  try {
    await engine.recognize(bytes); // warm-up: loads the model once, as the app does
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await engine.recognize(bytes);
      jsTimes.push(performance.now() - start);
    }
  } finally {
    clearInterval(sampler);
    await engine.terminate();
  }

  let nativeMs: number | null = null;
  if (hasNativeTesseract()) {
    const work = await mkdtemp(path.join(os.tmpdir(), 'sohoa-bench-'));
    try {
      const model = await readFile(path.join(tessdataDir(), 'vie.traineddata.gz'));
      await writeFile(path.join(work, 'vie.traineddata'), gunzipSync(model));
      const nativeTimes: number[] = [];
      // Native tesseract gets the preprocessing time too, so both sides do the same work.
      const run = async () => {
        const start = performance.now();
        const input = path.join(work, 'page.png');
        await writeFile(input, await prepareForOcr(bytes));
        // One thread, as tesseract.js has: the ratio compares engines, not core counts.
        execFileSync('tesseract', [input, 'stdout', '-l', 'vie', '--oem', '1', '--tessdata-dir', work], {
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
          stdio: ['ignore', 'ignore', 'ignore'],
        });
        return performance.now() - start;
      };
      await run();
      for (let i = 0; i < runs; i++) nativeTimes.push(await run());
      nativeMs = median(nativeTimes);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  const tesseractJsMs = median(jsTimes);
  return {
    page: path.basename(pagePath),
    runs,
    tesseractJsMs,
    nativeMs,
    ratio: nativeMs === null ? null : tesseractJsMs / nativeMs,
    peakRssMb: peakRss / (1024 * 1024),
  };
}
