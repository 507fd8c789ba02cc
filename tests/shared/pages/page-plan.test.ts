import { describe, expect, it } from 'vitest';
import { analysisSize, planPage } from '../../../shared/pages/page-plan.ts';
import { rotatedSize } from '../../../shared/pages/rotation-geometry.ts';

const paper = [236, 228, 206];
const ink = [40, 40, 90];

/**
 * An analysis copy in sRGB: lines of words between `from` and `to` (fractions of the page), turned
 * clockwise by `degrees`, inside a black frame `frame` pixels wide.
 */
function copyOf(size: { width: number; height: number }, degrees: number, options: { frame?: number; from?: number; to?: number } = {}) {
  const { width, height } = size;
  const { frame = 0, from = 0.1, to = 0.9 } = options;
  const radians = (degrees * Math.PI) / 180;
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x - width / 2;
      const dy = y - height / 2;
      const sx = (dx * Math.cos(radians) + dy * Math.sin(radians) + width / 2) / width;
      const sy = (-dx * Math.sin(radians) + dy * Math.cos(radians) + height / 2) / height;
      const isText = sx > from && sx < to && sy > from && sy < to && (sy * height) % 20 < 5 && (sx * width) % 50 < 42;
      const isFrame = x < frame || y < frame || x >= width - frame || y >= height - frame;
      data.set(isFrame ? [12, 12, 12] : isText ? ink : paper, (y * width + x) * 3);
    }
  }
  return { data, width, height, channels: 3 };
}

const a4 = { width: 2480, height: 3508 };

describe('page plan', () => {
  it('decodes a copy about 800 px on its long side', () => {
    expect(analysisSize(a4)).toEqual({ width: 566, height: 800 });
    expect(analysisSize({ width: 3508, height: 2480 })).toEqual({ width: 800, height: 566 });
    expect(analysisSize({ width: 300, height: 200 })).toEqual({ width: 300, height: 200 });
  });

  it('straightens the page and crops to its content with a margin', () => {
    const copy = copyOf(analysisSize(a4), 2);
    const plan = planPage(copy, a4, 300, 0);
    expect(Math.abs(plan.skewDegrees + 2)).toBeLessThan(0.15);
    expect(plan.rotation).toBe(plan.skewDegrees);
    expect(plan.resolution).toEqual({ dpi: 300, source: 'header', scale: 1 });
    expect(plan.size).toEqual(a4);
    const canvas = rotatedSize(a4, plan.rotation);
    expect(plan.crop.x).toBeGreaterThanOrEqual(0);
    expect(plan.crop.y).toBeGreaterThanOrEqual(0);
    expect(plan.crop.x + plan.crop.width).toBeLessThanOrEqual(canvas.width);
    expect(plan.crop.y + plan.crop.height).toBeLessThanOrEqual(canvas.height);
    // the text covers 80 % of the page each way; the crop keeps it and a margin, not the empty paper around
    expect(plan.crop.width).toBeGreaterThan(a4.width * 0.8);
    expect(plan.crop.width).toBeLessThan(a4.width * 0.9);
    expect(plan.crop.height).toBeGreaterThan(a4.height * 0.8);
    expect(plan.crop.height).toBeLessThan(a4.height * 0.9);
    expect(plan.paperArea).toBe(a4.width * a4.height);
  });

  it('leaves a level page as it is', () => {
    const plan = planPage(copyOf(analysisSize(a4), 0), a4, 300, 0);
    expect(plan.skewDegrees).toBe(0);
    expect(plan.rotation).toBe(0);
  });

  it('adds the upside-down turn and crops the same content', () => {
    const copy = copyOf(analysisSize(a4), 1, { from: 0.1, to: 0.6 });
    const upright = planPage(copy, a4, 300, 0);
    const turned = planPage(copy, a4, 300, 180);
    expect(turned.skewDegrees).toBe(upright.skewDegrees);
    expect(turned.rotation).toBeCloseTo(upright.skewDegrees + 180);
    expect(Math.abs(turned.crop.width - upright.crop.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(turned.crop.height - upright.crop.height)).toBeLessThanOrEqual(2);
    // the content sits in the top left of the upright page, so in the bottom right of the turned one
    expect(upright.crop.y).toBeLessThan(a4.height * 0.2);
    expect(turned.crop.y).toBeGreaterThan(a4.height * 0.3);
  });

  it('scales a page scanned at 200 dpi to 300, whatever its header says', () => {
    const at200 = { width: 1654, height: 2339 };
    const plan = planPage(copyOf(analysisSize(at200), 0), at200, 72, 0);
    expect(plan.resolution).toEqual({ dpi: 200, source: 'paper-size', scale: 1.5 });
    expect(plan.size).toEqual({ width: 2481, height: 3509 });
    expect(plan.crop.width).toBeGreaterThan(2481 * 0.8);
  });

  it('never makes a page larger than an A3 sheet at 300 dpi allows', () => {
    const huge = { width: 9000, height: 9000 };
    const plan = planPage(copyOf(analysisSize(huge), 0), huge, 150, 0);
    expect(plan.size.width * plan.size.height).toBeLessThan(24_100_000);
    expect(plan.resolution.scale).toBeLessThan(1);
  });

  it('leaves a dark scanner border out of the crop and of the paper', () => {
    const framed = { width: 2780, height: 3808 };
    const copy = copyOf(analysisSize(framed), 0, { frame: 33, from: 0.06, to: 0.94 });
    const plan = planPage(copy, framed, 300, 0);
    // 33 analysis pixels are about 157 full-size ones
    expect(plan.crop.x).toBeGreaterThanOrEqual(150);
    expect(plan.crop.y).toBeGreaterThanOrEqual(150);
    expect(plan.crop.x + plan.crop.width).toBeLessThanOrEqual(framed.width - 150);
    expect(plan.crop.y + plan.crop.height).toBeLessThanOrEqual(framed.height - 150);
    expect(plan.paperArea).toBeLessThan(framed.width * framed.height * 0.85);
    // the paper inside the frame is what is measured against A4
    expect(plan.resolution).toMatchObject({ dpi: 300, scale: 1 });
  });

  it('plans a blank page whole and unturned', () => {
    const blank = copyOf(analysisSize(a4), 0, { from: 2, to: 2 });
    const plan = planPage(blank, a4, 300, 0);
    expect(plan.skewDegrees).toBe(0);
    expect(plan.crop).toEqual({ x: 0, y: 0, ...a4 });
  });
});
