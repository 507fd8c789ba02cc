import { describe, expect, it } from 'vitest';
import { expandWithin, inkBounds, intersect, paperBounds } from '../../../shared/pages/content-bounds.ts';
import { copyToRotated } from '../../../shared/pages/rotation-geometry.ts';

function page(width: number, height: number) {
  return { data: new Uint8Array(width * height).fill(255), width, height };
}

function fillRect(image: { data: Uint8Array; width: number }, x: number, y: number, width: number, height: number, level: number) {
  for (let row = y; row < y + height; row++) image.data.fill(level, row * image.width + x, row * image.width + x + width);
}

const identity = (x: number, y: number): [number, number] => [x, y];

describe('content bounds', () => {
  it('holds every group of ink and no speck', () => {
    const image = page(200, 300);
    fillRect(image, 40, 50, 100, 4, 0);
    fillRect(image, 30, 200, 5, 8, 0);
    fillRect(image, 5, 5, 1, 1, 0); // a speck in the margin
    fillRect(image, 190, 290, 1, 2, 0);
    expect(inkBounds(image, 128, 3, identity)).toEqual({ x: 30, y: 50, width: 110, height: 158 });
  });

  it('is null for a blank page', () => {
    const image = page(100, 100);
    fillRect(image, 5, 5, 1, 1, 0);
    expect(inkBounds(image, 128, 3, identity)).toBeNull();
  });

  it('maps to the full-size turned page, never narrower than the ink', () => {
    const image = page(100, 100);
    fillRect(image, 20, 30, 60, 10, 0);
    const full = { width: 400, height: 400 };
    const box = inkBounds(image, 128, 3, copyToRotated(image, full, 10))!;
    // the bar, 240 × 40 at full size, turned by 10 degrees, needs 240 cos + 40 sin wide
    expect(box.width).toBeGreaterThanOrEqual(Math.floor(240 * Math.cos(Math.PI / 18) + 40 * Math.sin(Math.PI / 18)));
    expect(box.height).toBeGreaterThanOrEqual(Math.floor(240 * Math.sin(Math.PI / 18) + 40 * Math.cos(Math.PI / 18)));
    expect(box.width).toBeLessThan(260);
  });

  it('bounds the paper inside a border', () => {
    const size = { width: 100, height: 80 };
    const border = new Uint8Array(100 * 80);
    for (let y = 0; y < 80; y++) for (let x = 0; x < 100; x++) if (x < 10 || y < 5 || x >= 95) border[y * 100 + x] = 1;
    expect(paperBounds(border, size, identity)).toEqual({ x: 10, y: 5, width: 85, height: 75 });
    expect(paperBounds(new Uint8Array(100 * 80).fill(1), size, identity)).toBeNull();
  });

  it('adds a margin inside a limit', () => {
    const limit = { x: 0, y: 0, width: 500, height: 400 };
    expect(expandWithin({ x: 100, y: 100, width: 50, height: 50 }, 20, limit)).toEqual({ x: 80, y: 80, width: 90, height: 90 });
    expect(expandWithin({ x: 10, y: 390, width: 480, height: 5 }, 20, limit)).toEqual({ x: 0, y: 370, width: 500, height: 30 });
  });

  it('intersects boxes, falling back to the limit when they miss', () => {
    const limit = { x: 10, y: 10, width: 100, height: 100 };
    expect(intersect({ x: 0, y: 50, width: 50, height: 200 }, limit)).toEqual({ x: 10, y: 50, width: 40, height: 60 });
    expect(intersect({ x: 200, y: 200, width: 5, height: 5 }, limit)).toEqual(limit);
  });
});
