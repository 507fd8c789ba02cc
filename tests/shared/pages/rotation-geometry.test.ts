import { describe, expect, it } from 'vitest';
import { copyToRotated, rotatedSize, rotationCrop } from '../../../shared/pages/rotation-geometry.ts';

describe('rotation geometry', () => {
  it('sizes the turned canvas like sharp, rounded down', () => {
    expect(rotatedSize({ width: 2000, height: 1000 }, 0)).toEqual({ width: 2000, height: 1000 });
    expect(rotatedSize({ width: 2000, height: 1000 }, 90)).toEqual({ width: 1000, height: 2000 });
    expect(rotatedSize({ width: 2000, height: 1000 }, 180)).toEqual({ width: 2000, height: 1000 });
    expect(rotatedSize({ width: 2000, height: 1000 }, 30)).toEqual({ width: 2232, height: 1866 });
    expect(rotatedSize({ width: 2000, height: 1000 }, -30)).toEqual({ width: 2232, height: 1866 });
  });

  it('maps a copy to the full-size page, unturned', () => {
    const map = copyToRotated({ width: 100, height: 50 }, { width: 400, height: 200 }, 0);
    expect(map(0, 0)).toEqual([0, 0]);
    expect(map(100, 50)).toEqual([400, 200]);
    expect(map(25, 10)).toEqual([100, 40]);
  });

  it('turns clockwise about the centre', () => {
    const full = { width: 200, height: 100 };
    const quarter = copyToRotated(full, full, 90);
    const [x, y] = quarter(0, 0);
    expect(x).toBeCloseTo(100);
    expect(y).toBeCloseTo(0);
    const half = copyToRotated(full, full, 180);
    const [hx, hy] = half(10, 20);
    expect(hx).toBeCloseTo(190);
    expect(hy).toBeCloseTo(80);
    const [cx, cy] = copyToRotated(full, full, 7)(100, 50);
    expect(cx).toBeCloseTo(rotatedSize(full, 7).width / 2);
    expect(cy).toBeCloseTo(rotatedSize(full, 7).height / 2);
  });

  it('plans a crop that turns only the part of the page it needs, and lands on the same pixels', () => {
    const full = { width: 2500, height: 3500 };
    for (const degrees of [-7.5, -1.3, 0.4, 2.5, 178.7, 180]) {
      const toFull = copyToRotated(full, full, degrees);
      const canvas = rotatedSize(full, degrees);
      const box = { x: Math.round(canvas.width * 0.1), y: Math.round(canvas.height * 0.15), width: Math.round(canvas.width * 0.7), height: Math.round(canvas.height * 0.6) };
      const { source, box: inPart } = rotationCrop(full, degrees, box);
      expect(source.x).toBeGreaterThanOrEqual(0);
      expect(source.y).toBeGreaterThanOrEqual(0);
      expect(source.x + source.width).toBeLessThanOrEqual(full.width);
      expect(source.y + source.height).toBeLessThanOrEqual(full.height);
      expect(source.width * source.height).toBeLessThan(full.width * full.height);
      const partCanvas = rotatedSize(source, degrees);
      expect(inPart.x + inPart.width).toBeLessThanOrEqual(partCanvas.width);
      expect(inPart.y + inPart.height).toBeLessThanOrEqual(partCanvas.height);
      expect(Math.abs(inPart.width - box.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(inPart.height - box.height)).toBeLessThanOrEqual(1);
      // A point of the scan lands at the same place in the crop either way.
      const toPart = copyToRotated(source, source, degrees);
      for (const [px, py] of [[source.x + 300, source.y + 400], [source.x + source.width - 50, source.y + source.height - 80]] as const) {
        const [fx, fy] = toFull(px, py);
        const [qx, qy] = toPart(px - source.x, py - source.y);
        expect(Math.abs(fx - box.x - (qx - inPart.x))).toBeLessThanOrEqual(1);
        expect(Math.abs(fy - box.y - (qy - inPart.y))).toBeLessThanOrEqual(1);
      }
    }
  });
});
