// The real tesseract.js on crops of a real register scan: each pool loads a model from disk (~0.5 s), and a
// title line takes ~0.1 s to read.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { AppError } from '../../../shared/api/app-error.ts';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OcrText } from '../../../shared/ocr/ocr-types.ts';
import { encodePbm, encodePgm } from '../../../shared/pages/netpbm.ts';
import { OcrPool, type OcrRequest } from '../../../electron/services/ocr-pool.ts';
import { rejection } from '../../support/app-errors.ts';

const sample = path.join('tests', 'fixtures', 'samples', 'birth-form-001.jpg');
const title = 'SỔ ĐĂNG KÝ KHAI SINH';
const timeout = 60_000;

let titleLine: { png: Buffer; gray: Uint8Array; width: number; height: number };
const pools: OcrPool[] = [];

beforeAll(async () => {
  const { width } = await sharp(sample).metadata();
  // The book's title, at y 200–300 of the 3546-pixel scan.
  const crop = sharp(sample).extract({ left: 0, top: 180, width, height: 140 }).greyscale().normalize();
  const png = await crop.clone().png().toBuffer();
  const gray = new Uint8Array(await crop.clone().extractChannel(0).raw().toBuffer());
  titleLine = { png, gray, width, height: 140 };
});

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.terminate()));
});

function pool(options: Partial<ConstructorParameters<typeof OcrPool>[0]> = {}): OcrPool {
  const created = new OcrPool({ model: 'fast', size: 1, ...options });
  pools.push(created);
  return created;
}

function line(overrides: Partial<OcrRequest> = {}): OcrRequest {
  return { image: titleLine.png, mode: 'line', priority: 0, ...overrides };
}

function expectTitle(result: OcrText): void {
  expect(result.text).toBe(title);
  expect(result.lines).toHaveLength(1);
  expect(result.lines[0]?.words.map((w) => w.text)).toEqual(title.split(' '));
}

describe('OcrPool', () => {
  it('reads the Netpbm images the page pipeline sends, gray and one bit a pixel, told their resolution', { timeout }, async () => {
    const ocr = pool();
    const image = { data: titleLine.gray, width: titleLine.width, height: titleLine.height };
    expectTitle(await ocr.recognize(line({ image: encodePgm(image) })));
    expectTitle(await ocr.recognize(line({ image: encodePbm(image), dpi: 300 })));
  });

  it('reads a line of Vietnamese, NFC, with each word boxed inside the image and a confidence', { timeout }, async () => {
    const ocr = pool();
    expect(ocr.engine).toMatch(/^tesseract\.js \d+\.\d+\.\d+$/);
    expect(ocr.model).toBe('vie/fast');
    const progress: number[] = [];
    const result = await ocr.recognize(line({ onProgress: (p) => progress.push(p) }));
    expectTitle(result);
    expect(result.text).toBe(result.text.normalize('NFC'));
    const [first] = result.lines;
    for (const word of first!.words) {
      expect(word.confidence).toBeGreaterThan(50);
      expect(word.confidence).toBeLessThanOrEqual(100);
      expect(word.box.x).toBeGreaterThanOrEqual(0);
      expect(word.box.y).toBeGreaterThanOrEqual(0);
      expect(word.box.width).toBeGreaterThan(0);
      expect(word.box.height).toBeGreaterThan(0);
      expect(word.box.x + word.box.width).toBeLessThanOrEqual(titleLine.width);
      expect(word.box.y + word.box.height).toBeLessThanOrEqual(titleLine.height);
    }
    const words = first!.words;
    for (let i = 1; i < words.length; i++) expect(words[i]!.box.x).toBeGreaterThan(words[i - 1]!.box.x);
    // The title is centred on the page.
    expect(first!.box.x).toBeGreaterThan(titleLine.width / 4);
    expect(first!.box.x + first!.box.width).toBeLessThan((titleLine.width * 3) / 4);
    expect(result.confidence).toBeCloseTo(words.reduce((sum, w) => sum + w.confidence, 0) / words.length, 6);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(progress.at(-1)).toBe(1);
    expect(ocr.stats()).toEqual({ workers: 1, busy: 0, queued: 0, recycled: 0, jobsDone: 1 });
  });

  it('finds the lines of a block in page mode, and forces one line in line mode', { timeout }, async () => {
    const ocr = pool();
    // The title and, below it, "Số: 390 … Quyển số: 06".
    const block = await sharp(sample).extract({ left: 0, top: 180, width: titleLine.width, height: 300 }).greyscale().normalize().png().toBuffer();
    const page = await ocr.recognize(line({ image: block, mode: 'page' }));
    expect(page.lines.length).toBeGreaterThanOrEqual(2);
    expect(page.lines[0]?.words.map((w) => w.text).join(' ')).toBe(title);
    expect(page.text.split('\n').slice(1).join(' ')).toContain('390');
    expect(page.lines[1]!.box.y).toBeGreaterThan(page.lines[0]!.box.y + page.lines[0]!.box.height);
    const forced = await ocr.recognize(line({ image: block, mode: 'line' }));
    expect(forced.lines).toHaveLength(1);
  });

  it('runs as many workers as it is given, at least one, and starts none before the first job', () => {
    expect(pool({ size: 0 }).size).toBe(1);
    const three = pool({ size: 3 });
    expect(three.size).toBe(3);
    expect(three.stats()).toEqual({ workers: 0, busy: 0, queued: 0, recycled: 0, jobsDone: 0 });
  });

  it('runs one job per worker at once, and queues the rest', { timeout }, async () => {
    const ocr = pool({ size: 2 });
    const jobs = [ocr.recognize(line()), ocr.recognize(line()), ocr.recognize(line())];
    expect(ocr.stats()).toMatchObject({ workers: 2, busy: 2, queued: 1 });
    (await Promise.all(jobs)).forEach(expectTitle);
    expect(ocr.stats()).toEqual({ workers: 2, busy: 0, queued: 0, recycled: 0, jobsDone: 3 });
  });

  it('runs a visible page\'s job before a queued batch, and equal priorities first come first served', { timeout }, async () => {
    const ocr = pool();
    const finished: string[] = [];
    const submit = (name: string, priority: number) => ocr.recognize(line({ priority })).then((result) => {
      expectTitle(result);
      finished.push(name);
    });
    const jobs = [submit('batch-1', 10), submit('batch-2', 10), submit('batch-3', 10)];
    // batch-1 took the only worker at once; the others wait.
    expect(ocr.stats()).toMatchObject({ busy: 1, queued: 2 });
    jobs.push(submit('visible', 0));
    await Promise.all(jobs);
    expect(finished).toEqual(['batch-1', 'visible', 'batch-2', 'batch-3']);
    expect(ocr.stats()).toMatchObject({ workers: 1, busy: 0, queued: 0, jobsDone: 4 });
  });

  it('cancels a queued job at once, discards a running one, and reads the rest', { timeout }, async () => {
    const ocr = pool();
    const running = new AbortController();
    const page = new AbortController();
    const first = ocr.recognize(line({ signal: running.signal }));
    // Cells of one page share its signal.
    const cells = [ocr.recognize(line({ signal: page.signal, page: 'abc123' })), ocr.recognize(line({ signal: page.signal, page: 'abc123' }))];
    const other = ocr.recognize(line());
    expect(ocr.stats().queued).toBe(3);
    page.abort();
    expect(ocr.stats().queued).toBe(1);
    for (const cell of cells) {
      const error = await rejection(cell);
      expect(error.code).toBe('ocr-cancelled');
      expect(error.vi).toContain('abc123');
    }
    running.abort();
    expect((await rejection(first)).code).toBe('ocr-cancelled');
    expectTitle(await other);
    const already = new AbortController();
    already.abort();
    expect((await rejection(ocr.recognize(line({ signal: already.signal })))).code).toBe('ocr-cancelled');
    expect(ocr.stats()).toMatchObject({ busy: 0, queued: 0 });
  });

  it('retires a worker after its jobs and keeps reading right with the next one', { timeout }, async () => {
    const ocr = pool({ maxJobsPerWorker: 2 });
    const results = await Promise.all(Array.from({ length: 5 }, () => ocr.recognize(line())));
    results.forEach(expectTitle);
    expect(ocr.stats().recycled).toBeGreaterThanOrEqual(2);
    expect(ocr.stats().jobsDone).toBe(5);
  });

  it('retires a worker when the process is over the memory ceiling', { timeout }, async () => {
    // However little (or negative: RSS can fall as memory is handed back) the worker grew.
    const ocr = pool({ memoryCeilingBytes: 1, minWorkerGrowthBytes: Number.NEGATIVE_INFINITY });
    expectTitle(await ocr.recognize(line()));
    expect(ocr.stats()).toMatchObject({ recycled: 1, workers: 0 });
    expectTitle(await ocr.recognize(line()));
    expect(ocr.stats()).toMatchObject({ recycled: 2, jobsDone: 2 });
  });

  it('fails a job on bytes that are not an image, and goes on with the next', { timeout }, async () => {
    const ocr = pool();
    const garbage = new TextEncoder().encode('this is not a PNG file at all, just some text bytes');
    const results = [ocr.recognize(line({ image: garbage })), ocr.recognize(line({ image: titleLine.png.subarray(0, 64) })), ocr.recognize(line())];
    const [bad, truncated, good] = await Promise.allSettled(results);
    for (const failed of [bad, truncated]) {
      expect(failed?.status).toBe('rejected');
      expect(failed?.status === 'rejected' && failed.reason instanceof AppError && failed.reason.code).toBe('ocr-failed');
    }
    expect(good?.status).toBe('fulfilled');
    if (good?.status === 'fulfilled') expectTitle(good.value);
    expect(ocr.stats()).toMatchObject({ workers: 1, jobsDone: 3, recycled: 0 });
  });

  it('reads the same line with both shipped models, from disk', { timeout }, async () => {
    for (const model of ['fast', 'best_int'] as const) {
      const ocr = pool({ model });
      expect(ocr.model).toBe(`vie/${model}`);
      expectTitle(await ocr.recognize(line()));
    }
  });

  it('fails cleanly, never downloading, when the packaged model is missing', { timeout }, async () => {
    const resources = await mkdtemp(path.join(tmpdir(), 'sohoa-resources-'));
    try {
      const ocr = pool({ resourcesDir: resources });
      const error = await rejection(ocr.recognize(line()));
      expect(error.code).toBe('ocr-failed');
      expect(error.en).toContain(path.join(resources, 'tessdata', 'fast', 'vie.traineddata.gz'));
      expect(ocr.stats()).toMatchObject({ workers: 0, busy: 0 });
    } finally {
      await rm(resources, { recursive: true, force: true });
    }
  });

  it('cancels what waits when terminated, and takes no more jobs', { timeout }, async () => {
    const ocr = pool();
    const jobs = [ocr.recognize(line()), ocr.recognize(line())].map(rejection);
    await ocr.terminate();
    for (const job of jobs) expect((await job).code).toBe('ocr-cancelled');
    expect((await rejection(ocr.recognize(line()))).code).toBe('ocr-cancelled');
    expect(ocr.stats()).toMatchObject({ workers: 0, busy: 0, queued: 0 });
  });
});
