import { describe, expect, it } from 'vitest';
import { estimateRemainingMs, etaText, expectedPageMs, type OcrPageSample } from '../../../shared/ocr/ocr-eta.ts';

const read = (...ms: number[]): OcrPageSample[] => ms.map((m) => ({ ms: m, fromCache: false }));
const cached = (ms: number): OcrPageSample => ({ ms, fromCache: true });

describe('expectedPageMs', () => {
  it('says nothing before a page has really been read', () => {
    expect(expectedPageMs([])).toBeNull();
    expect(expectedPageMs([cached(5), cached(3)])).toBeNull();
  });

  it('uses the first page alone while it is all there is', () => {
    expect(expectedPageMs(read(12_000))).toBe(12_000);
  });

  it('leaves out the first page, slowed by loading the model, once others say what a page costs', () => {
    expect(expectedPageMs(read(30_000, 4_000, 4_200, 3_800))).toBe(4_000);
  });

  it('ignores pages answered from the cache, which cost nothing', () => {
    expect(expectedPageMs([...read(30_000, 4_000), cached(2), cached(1), ...read(4_400)])).toBe(4_200);
  });

  it('is not thrown by one odd page (the median, not the mean)', () => {
    expect(expectedPageMs(read(20_000, 4_000, 60_000, 4_100, 3_900))).toBe(4_050);
  });

  it('follows the recent pages when the book changes from forms to tables', () => {
    const forms = read(20_000, ...Array<number>(20).fill(3_000));
    const tables = read(...Array<number>(15).fill(9_000));
    expect(expectedPageMs([...forms, ...tables])).toBe(9_000);
  });

  it('drops samples that are not durations', () => {
    expect(expectedPageMs([...read(10_000, 2_000), { ms: Number.NaN, fromCache: false }, { ms: -5, fromCache: false }])).toBe(2_000);
  });
});

describe('estimateRemainingMs', () => {
  it('is zero when nothing is left, and null when nothing says yet', () => {
    expect(estimateRemainingMs(read(5_000), 0)).toBe(0);
    expect(estimateRemainingMs([], 10)).toBeNull();
  });

  it('multiplies the cost of a page by the pages left', () => {
    expect(estimateRemainingMs(read(30_000, 4_000, 4_000), 100)).toBe(400_000);
  });

  it('counts down while the next page is being read, but never below the pages after it', () => {
    const samples = read(30_000, 4_000, 4_000);
    expect(estimateRemainingMs(samples, 10, 1_000)).toBe(39_000);
    expect(estimateRemainingMs(samples, 10, 9_000)).toBe(36_000);
  });
});

describe('etaText', () => {
  it('rounds as a clerk reads a clock', () => {
    expect(etaText(45_000)).toEqual({ unit: 'lessThanMinute' });
    expect(etaText(60_000)).toEqual({ unit: 'minutes', minutes: 1 });
    expect(etaText(61_000)).toEqual({ unit: 'minutes', minutes: 2 });
    expect(etaText(59 * 60_000)).toEqual({ unit: 'minutes', minutes: 59 });
    expect(etaText(125 * 60_000)).toEqual({ unit: 'hours', hours: 2, minutes: 5 });
  });
});
