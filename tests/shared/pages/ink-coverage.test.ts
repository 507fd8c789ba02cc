import { describe, expect, it } from 'vitest';
import { blankInkRatio, inkCoverage } from '../../../shared/pages/ink-coverage.ts';

describe('ink coverage', () => {
  const a4 = 2480 * 3508;

  it('counts ink against the whole sheet', () => {
    expect(inkCoverage(a4 / 100, a4).inkRatio).toBeCloseTo(0.01);
  });

  it('calls a sheet blank below the threshold, and one with a title line not', () => {
    expect(inkCoverage(0, a4).blank).toBe(true);
    expect(inkCoverage(a4 * blankInkRatio * 0.9, a4).blank).toBe(true);
    // a bold title of twenty letters, about 400 ink pixels each at 300 dpi
    expect(inkCoverage(20 * 400, a4).blank).toBe(false);
  });

  it('does not divide by an empty page', () => {
    expect(inkCoverage(0, 0)).toEqual({ inkRatio: 0, blank: true });
  });
});
