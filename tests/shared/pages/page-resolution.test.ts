import { describe, expect, it } from 'vitest';
import { maxUpscale, pageResolution } from '../../../shared/pages/page-resolution.ts';

const a4 = (dpi: number) => ({ width: Math.round((210 / 25.4) * dpi), height: Math.round((297 / 25.4) * dpi) });
const a3 = (dpi: number) => ({ width: Math.round((297 / 25.4) * dpi), height: Math.round((420 / 25.4) * dpi) });

describe('page resolution', () => {
  it('believes a header that makes the page A4 or A3', () => {
    expect(pageResolution(a4(300), 300)).toEqual({ dpi: 300, source: 'header', scale: 1 });
    expect(pageResolution(a4(200), 200)).toEqual({ dpi: 200, source: 'header', scale: 1.5 });
    expect(pageResolution(a3(600), 600)).toEqual({ dpi: 600, source: 'header', scale: 0.5 });
    const landscape = a4(300);
    expect(pageResolution({ width: landscape.height, height: landscape.width }, 300).scale).toBe(1);
  });

  it('reads the resolution from the paper size when the header is implausible', () => {
    // the sample scans: about 2500 × 3540 px, a header of 86 dpi would make them a 29-inch sheet
    expect(pageResolution({ width: 2533, height: 3546 }, 86)).toEqual({ dpi: 300, source: 'paper-size', scale: 1 });
    expect(pageResolution(a4(200), 72)).toEqual({ dpi: 200, source: 'paper-size', scale: 1.5 });
    expect(pageResolution(a4(200), undefined)).toEqual({ dpi: 200, source: 'paper-size', scale: 1.5 });
    expect(pageResolution(a4(300), 150).dpi).toBe(300);
  });

  it('takes A3 rather than A4 when that puts the page nearer 300 dpi', () => {
    expect(pageResolution(a3(300), undefined)).toMatchObject({ dpi: 300, scale: 1 });
  });

  it('keeps an uncommon resolution it cannot snap', () => {
    const page = pageResolution(a4(270), undefined);
    expect(page.dpi).toBeGreaterThan(260);
    expect(page.dpi).toBeLessThan(280);
    expect(page.scale).toBeCloseTo(300 / page.dpi);
  });

  it('never enlarges more than twice', () => {
    expect(pageResolution(a4(100), 100).scale).toBe(maxUpscale);
    expect(pageResolution(a4(75), 72).scale).toBe(maxUpscale);
  });

  it('falls back to the header, then to 300 dpi, for a page of no paper size', () => {
    expect(pageResolution({ width: 1000, height: 1000 }, 200)).toEqual({ dpi: 200, source: 'header', scale: 1.5 });
    expect(pageResolution({ width: 1000, height: 1000 }, 72)).toEqual({ dpi: 300, source: 'assumed', scale: 1 });
    expect(pageResolution({ width: 1000, height: 1000 }, undefined)).toEqual({ dpi: 300, source: 'assumed', scale: 1 });
  });
});
