import { describe, expect, it } from 'vitest';
import { grayHistogram, otsuThreshold } from '../../../shared/pages/otsu-threshold.ts';

describe('Otsu threshold', () => {
  it('counts every level', () => {
    const histogram = grayHistogram(new Uint8Array([0, 0, 7, 255]));
    expect(histogram[0]).toBe(2);
    expect(histogram[7]).toBe(1);
    expect(histogram[255]).toBe(1);
    expect(histogram.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('splits a bimodal histogram between its modes', () => {
    const histogram = new Float64Array(256);
    // ink around 40, paper around 220, paper ten times as common
    for (let level = 30; level <= 50; level++) histogram[level] = 100;
    for (let level = 210; level <= 230; level++) histogram[level] = 1000;
    const threshold = otsuThreshold(histogram);
    expect(threshold).toBeGreaterThanOrEqual(50);
    expect(threshold).toBeLessThan(210);
  });

  it('moves with the modes', () => {
    const at = (dark: number, light: number) => {
      const histogram = new Float64Array(256);
      histogram[dark] = 10;
      histogram[light] = 10;
      return otsuThreshold(histogram);
    };
    expect(at(20, 100)).toBeGreaterThanOrEqual(20);
    expect(at(20, 100)).toBeLessThan(100);
    expect(at(150, 250)).toBeGreaterThanOrEqual(150);
    expect(at(150, 250)).toBeLessThan(250);
  });

  it('does not fail on a single level', () => {
    const histogram = new Float64Array(256);
    histogram[255] = 1000;
    expect(otsuThreshold(histogram)).toBe(0);
  });
});
