import { describe, expect, it } from 'vitest';
import { binarize, inkThreshold, maxSpeckArea } from '../../../shared/pages/binarize.ts';
import { grayHistogram } from '../../../shared/pages/otsu-threshold.ts';

function blankPage(width = 600, height = 300) {
  return { data: new Uint8Array(width * height).fill(255), width, height };
}

function fillRect(image: { data: Uint8Array; width: number }, x: number, y: number, width: number, height: number, level: number) {
  for (let row = y; row < y + height; row++) image.data.fill(level, row * image.width + x, row * image.width + x + width);
}

describe('binarize', () => {
  it('puts the threshold a little past halfway from the ink to the paper', () => {
    const histogram = new Float64Array(256);
    histogram[30] = 1000;
    histogram[255] = 20000;
    const threshold = inkThreshold(histogram);
    expect(threshold).toBeGreaterThan(30 + 0.5 * 225);
    expect(threshold).toBeLessThan(30 + 0.6 * 225);
  });

  it('finds no ink on paper with only faint noise', () => {
    const page = blankPage();
    for (let i = 0; i < page.data.length; i += 7) page.data[i] = 225 + (i % 30);
    expect(binarize(page)).toBe(0);
    expect(page.data.every((v) => v === 255)).toBe(true);
  });

  it('keeps strokes and drops specks and faint marks', () => {
    const page = blankPage();
    fillRect(page, 50, 50, 40, 6, 30); // a stroke
    fillRect(page, 200, 50, 6, 6, 40); // the dot of an i
    fillRect(page, 300, 50, 2, 2, 0); // a speck
    fillRect(page, 400, 50, 30, 30, 215); // a faint stain
    const ink = binarize(page);
    expect(ink).toBe(40 * 6 + 6 * 6);
    expect(page.data[52 * page.width + 60]).toBe(0);
    expect(page.data[52 * page.width + 202]).toBe(0);
    expect(page.data[50 * page.width + 300]).toBe(255);
    expect(page.data[60 * page.width + 410]).toBe(255);
    expect(maxSpeckArea).toBeLessThan(36);
  });

  it('drops a dotted leader line under a value and keeps the value', () => {
    const page = blankPage();
    fillRect(page, 60, 100, 120, 30, 40); // the value's letters, as one block
    for (let x = 40; x < 560; x += 12) fillRect(page, x, 140, 4, 3, 140); // the leader, lighter than the text
    binarize(page);
    expect(page.data[115 * page.width + 100]).toBe(0);
    let leaderInk = 0;
    for (let y = 138; y < 146; y++) for (let x = 0; x < page.width; x++) if (page.data[y * page.width + x] === 0) leaderInk++;
    expect(leaderInk).toBe(0);
  });

  it('turns every pixel to 0 or 255', () => {
    const page = blankPage(100, 100);
    for (let i = 0; i < page.data.length; i++) page.data[i] = (i * 37) % 256;
    binarize(page);
    expect(grayHistogram(page.data).filter((count, level) => count > 0 && level !== 0 && level !== 255)).toHaveLength(0);
  });
});
