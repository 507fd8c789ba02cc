import { describe, expect, it } from 'vitest';
import {
  baseMemoryCeilingBytes,
  defaultMaxJobsPerWorker,
  memoryCeilingBytes,
  minWorkerGrowthBytes,
  poolSize,
  shouldRecycle,
  workerMemoryBytes,
} from '../../../shared/ocr/pool-policy.ts';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('poolSize', () => {
  it('gives a 2-core 4 GB PC one worker', () => {
    expect(poolSize({ cores: 2, freeMemoryBytes: 2.5 * GB, totalMemoryBytes: 4 * GB })).toBe(1);
  });

  it('leaves one core free and runs one worker per other core when memory allows', () => {
    expect(poolSize({ cores: 4, freeMemoryBytes: 12 * GB, totalMemoryBytes: 16 * GB })).toBe(3);
    expect(poolSize({ cores: 8, freeMemoryBytes: 24 * GB, totalMemoryBytes: 32 * GB })).toBe(7);
  });

  it('runs fewer workers than free cores when half the free memory cannot hold them', () => {
    // half of 1.2 GB holds two workers of ~300 MB
    expect(poolSize({ cores: 8, freeMemoryBytes: 1.2 * GB, totalMemoryBytes: 32 * GB })).toBe(2);
  });

  it('never lets workers take more than a quarter of all memory, however much is free right now', () => {
    // a quarter of 4 GB holds three workers of ~300 MB
    expect(poolSize({ cores: 16, freeMemoryBytes: 3.9 * GB, totalMemoryBytes: 4 * GB })).toBe(3);
  });

  it('keeps one worker when cores or memory are scarce, or the facts are nonsense', () => {
    expect(poolSize({ cores: 1, freeMemoryBytes: 8 * GB, totalMemoryBytes: 16 * GB })).toBe(1);
    expect(poolSize({ cores: 8, freeMemoryBytes: 100 * MB, totalMemoryBytes: 16 * GB })).toBe(1);
    expect(poolSize({ cores: 0, freeMemoryBytes: 0, totalMemoryBytes: 0 })).toBe(1);
    expect(poolSize({ cores: Number.NaN, freeMemoryBytes: Number.NaN, totalMemoryBytes: 8 * GB })).toBe(1);
  });
});

describe('memoryCeilingBytes', () => {
  it('keeps the OCR process with one worker within its share of the 450 MB budget, above what it reads pages in', () => {
    const mainProcess = 150 * MB;
    const readingSamplePages = 250 * MB;
    expect(memoryCeilingBytes(1)).toBe(baseMemoryCeilingBytes);
    expect(baseMemoryCeilingBytes + mainProcess).toBeLessThanOrEqual(450 * MB);
    expect(baseMemoryCeilingBytes).toBeGreaterThan(readingSamplePages);
  });

  it('adds one worker\'s memory per extra worker', () => {
    expect(memoryCeilingBytes(3)).toBe(baseMemoryCeilingBytes + 2 * workerMemoryBytes);
    expect(memoryCeilingBytes(0)).toBe(baseMemoryCeilingBytes);
  });
});

describe('shouldRecycle', () => {
  const ceilingBytes = 420 * MB;

  const startRssBytes = 150 * MB;

  it('keeps a worker under the ceiling and under its job count', () => {
    expect(shouldRecycle({ rssBytes: 300 * MB, startRssBytes, ceilingBytes, jobsDone: 10, maxJobs: defaultMaxJobsPerWorker })).toBe(false);
    expect(shouldRecycle({ rssBytes: ceilingBytes, startRssBytes, ceilingBytes, jobsDone: defaultMaxJobsPerWorker - 1, maxJobs: defaultMaxJobsPerWorker })).toBe(false);
  });

  it('retires a worker that grew, once the process is over the ceiling', () => {
    expect(shouldRecycle({ rssBytes: ceilingBytes + 1, startRssBytes, ceilingBytes, jobsDone: 1, maxJobs: defaultMaxJobsPerWorker })).toBe(true);
  });

  it('keeps a worker that hardly grew when the rest of the process is what passed the ceiling', () => {
    const start = ceilingBytes - 10 * MB;
    expect(shouldRecycle({ rssBytes: ceilingBytes + 1, startRssBytes: start, ceilingBytes, jobsDone: 1, maxJobs: defaultMaxJobsPerWorker })).toBe(false);
    expect(shouldRecycle({ rssBytes: start + minWorkerGrowthBytes, startRssBytes: start, ceilingBytes, jobsDone: 1, maxJobs: defaultMaxJobsPerWorker })).toBe(true);
  });

  it('retires a worker once it ran its jobs', () => {
    expect(shouldRecycle({ rssBytes: 100 * MB, startRssBytes, ceilingBytes, jobsDone: 2, maxJobs: 2 })).toBe(true);
    expect(shouldRecycle({ rssBytes: 100 * MB, startRssBytes, ceilingBytes, jobsDone: 1, maxJobs: 2 })).toBe(false);
  });
});
