import { describe, expect, it } from 'vitest';
import { borderThreshold, findDarkBorder, paintWhite } from '../../../shared/pages/dark-border.ts';
import { grayHistogram, otsuThreshold } from '../../../shared/pages/otsu-threshold.ts';

function page(width: number, height: number, paper = 230) {
  return { data: new Uint8Array(width * height).fill(paper), width, height };
}

function fillRect(image: { data: Uint8Array; width: number }, x: number, y: number, width: number, height: number, level: number) {
  for (let row = y; row < y + height; row++) image.data.fill(level, row * image.width + x, row * image.width + x + width);
}

const at = (mask: Uint8Array, width: number, x: number, y: number) => mask[y * width + x];

describe('dark border', () => {
  it('marks a scanner border and none of the page', () => {
    const image = page(300, 400);
    fillRect(image, 0, 0, 300, 25, 15); // top border
    fillRect(image, 0, 0, 30, 400, 15); // left border
    fillRect(image, 60, 100, 150, 2, 20); // a rule
    fillRect(image, 60, 150, 4, 12, 20); // a bold stroke
    fillRect(image, 298, 200, 2, 30, 20); // a thin line at the right edge
    const border = findDarkBorder(image, 100, 3)!;
    expect(border).not.toBeNull();
    expect(at(border, 300, 150, 10)).toBe(1);
    expect(at(border, 300, 10, 300)).toBe(1);
    expect(at(border, 300, 100, 101)).toBe(0);
    expect(at(border, 300, 61, 155)).toBe(0);
    expect(at(border, 300, 299, 210)).toBe(0);
    expect(at(border, 300, 150, 300)).toBe(0);
    // its blurred edge goes with it
    expect(at(border, 300, 31, 300)).toBe(1);
  });

  it('finds no border on a page without one', () => {
    const image = page(200, 200);
    fillRect(image, 50, 50, 100, 3, 20);
    expect(findDarkBorder(image, 100, 3)).toBeNull();
  });

  it('leaves a dark block inside the page alone', () => {
    const image = page(200, 200);
    fillRect(image, 60, 60, 60, 60, 10);
    expect(findDarkBorder(image, 100, 3)).toBeNull();
  });

  it('paints the border white', () => {
    const image = page(100, 100);
    fillRect(image, 0, 0, 100, 20, 10);
    paintWhite(image, findDarkBorder(image, 100, 3)!);
    expect(image.data[5 * 100 + 50]).toBe(255);
    expect(image.data[60 * 100 + 50]).toBe(230);
  });

  it('takes only what is much darker than the paper for border', () => {
    const bordered = page(200, 200);
    fillRect(bordered, 0, 0, 200, 40, 15);
    const histogram = grayHistogram(bordered.data);
    const threshold = borderThreshold(histogram, otsuThreshold(histogram));
    expect(threshold).toBeGreaterThan(15);
    expect(threshold).toBeLessThanOrEqual(115);
    // a blank page in the shadow of the binding: its dark half is paper, not border
    const shadowed = page(200, 200, 230);
    fillRect(shadowed, 100, 0, 100, 200, 150);
    const shadowHistogram = grayHistogram(shadowed.data);
    expect(findDarkBorder(shadowed, borderThreshold(shadowHistogram, otsuThreshold(shadowHistogram)), 3)).toBeNull();
  });
});
