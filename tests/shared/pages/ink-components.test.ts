import { describe, expect, it } from 'vitest';
import { findInkComponents } from '../../../shared/pages/ink-components.ts';

/** A gray image from rows of text: '#' ink, '.' paper. */
function picture(...rows: string[]) {
  const width = rows[0]!.length;
  const data = new Uint8Array(width * rows.length);
  rows.forEach((row, y) => [...row].forEach((c, x) => (data[y * width + x] = c === '#' ? 0 : 255)));
  return { data, width, height: rows.length };
}

describe('ink components', () => {
  it('finds each group with its area and box', () => {
    const { components } = findInkComponents(
      picture(
        '##....#',
        '##....#',
        '......#',
        '.###...',
      ),
      128,
    );
    expect(components).toEqual([
      { area: 4, left: 0, top: 0, right: 2, bottom: 2 },
      { area: 3, left: 6, top: 0, right: 7, bottom: 3 },
      { area: 3, left: 1, top: 3, right: 4, bottom: 4 },
    ]);
  });

  it('joins pixels that touch only at a corner', () => {
    const { components } = findInkComponents(picture('#...', '.#..', '..#.', '...#'), 128);
    expect(components).toHaveLength(1);
    expect(components[0]!.area).toBe(4);
  });

  it('joins a U through its bottom, found after both arms', () => {
    const { components, runs } = findInkComponents(picture('#...#', '#...#', '#####'), 128);
    expect(components).toHaveLength(1);
    expect(components[0]).toEqual({ area: 9, left: 0, top: 0, right: 5, bottom: 3 });
    expect(runs.count).toBe(5);
    expect(new Set(runs.component).size).toBe(1);
  });

  it('keeps apart groups a pixel apart', () => {
    expect(findInkComponents(picture('#.#', '#.#'), 128).components).toHaveLength(2);
    expect(findInkComponents(picture('##..', '....', '..##'), 128).components).toHaveLength(2);
  });

  it('uses the threshold given', () => {
    const image = { data: new Uint8Array([100, 200, 100]), width: 3, height: 1 };
    expect(findInkComponents(image, 150).components).toHaveLength(2);
    expect(findInkComponents(image, 250).components).toHaveLength(1);
    expect(findInkComponents(image, 50).components).toHaveLength(0);
  });

  it('labels a large page of many runs', () => {
    const width = 2000;
    const height = 1000;
    const data = new Uint8Array(width * height).fill(255);
    // a dotted grid: 100 × 100 specks of 2 × 2
    for (let y = 0; y < height; y += 10) {
      for (let x = 0; x < width; x += 20) {
        data.fill(0, y * width + x, y * width + x + 2);
        data.fill(0, (y + 1) * width + x, (y + 1) * width + x + 2);
      }
    }
    const { components } = findInkComponents({ data, width, height }, 128);
    expect(components).toHaveLength(100 * 100);
    expect(components.every((c) => c.area === 4)).toBe(true);
  });
});
