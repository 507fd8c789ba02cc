import { describe, expect, it } from 'vitest';
import { flattenBackground } from '../../../shared/pages/paper-background.ts';

/** A page whose paper darkens from 240 on the left to 140 on the right (a shadow by the binding), with ink strokes at 40 % of the paper. */
function shadowedPage(width = 400, height = 200) {
  const data = new Uint8Array(width * height);
  const paperAt = (x: number) => 240 - (100 * x) / width;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const stroke = y % 40 >= 18 && y % 40 < 22 && x % 16 < 10;
      data[y * width + x] = Math.round(stroke ? paperAt(x) * 0.4 : paperAt(x));
    }
  }
  return { data, width, height, channels: 1 };
}

describe('paper background', () => {
  it('makes all paper white and keeps the ink as dark against it', () => {
    const page = shadowedPage();
    const flat = flattenBackground(page, 0, 16);
    for (const x of [20, 200, 380]) {
      // a shade under 255 where the paper darkens: each block takes its brightest neighbour's level
      expect(flat.data[5 * page.width + x]).toBeGreaterThanOrEqual(240);
      const ink = flat.data[20 * page.width + (x - (x % 16))]!;
      expect(ink).toBeGreaterThan(90);
      expect(ink).toBeLessThan(115);
    }
  });

  it('lets one threshold split the shadowed page where none could before', () => {
    const page = shadowedPage();
    // before: the shadowed paper on the right is darker than the ink on the left
    expect(page.data[5 * page.width + 390]!).toBeLessThan(150);
    expect(page.data[20 * page.width + 0]!).toBeLessThan(100);
    const flat = flattenBackground(page, 0, 16);
    let misplaced = 0;
    for (let y = 0; y < page.height; y++) {
      for (let x = 0; x < page.width; x++) {
        const stroke = y % 40 >= 18 && y % 40 < 22 && x % 16 < 10;
        if (stroke !== flat.data[y * page.width + x]! < 160) misplaced++;
      }
    }
    expect(misplaced).toBe(0);
  });

  it('reads the requested channel of interleaved pixels', () => {
    const width = 64;
    const height = 64;
    const data = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) data.set([200, 100, 30], i * 3);
    data.set([80, 100, 30], (32 * width + 32) * 3);
    const red = flattenBackground({ data, width, height, channels: 3 }, 0, 16);
    expect(red.data[0]).toBe(255);
    expect(red.data[32 * width + 32]).toBe(102);
    expect(red.width).toBe(width);
    expect(red.data).toHaveLength(width * height);
  });

  it('handles an image smaller than a block', () => {
    const flat = flattenBackground({ data: new Uint8Array([200, 100, 200, 200]), width: 2, height: 2, channels: 1 }, 0, 32);
    expect(flat.data[0]).toBe(255);
    expect(Math.abs(flat.data[1]! - 127.5)).toBeLessThan(1);
  });
});
