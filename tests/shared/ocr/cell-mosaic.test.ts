import { describe, expect, it } from 'vitest';
import { composeMosaic, inkBox, layoutMosaics, maxMosaicHeight, wordsByCell } from '../../../shared/ocr/cell-mosaic.ts';
import type { GrayImage } from '../../../shared/pages/raster.ts';

function page(width: number, height: number, inked: { x: number; y: number; width: number; height: number }[]): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const box of inked) for (let y = box.y; y < box.y + box.height; y++) data.fill(0, y * width + box.x, y * width + box.x + box.width);
  return { data, width, height };
}

describe('inkBox', () => {
  it('is the ink inside a cell with a little paper around it, and null for an empty cell', () => {
    const image = page(400, 300, [{ x: 120, y: 140, width: 60, height: 20 }]);
    expect(inkBox(image, { x: 100, y: 100, width: 200, height: 100 })).toEqual({ x: 114, y: 134, width: 72, height: 32 });
    expect(inkBox(image, { x: 0, y: 0, width: 100, height: 100 })).toBeNull();
  });
});

describe('layoutMosaics and wordsByCell', () => {
  const image = page(1000, 600, [
    { x: 110, y: 120, width: 80, height: 20 },
    { x: 520, y: 130, width: 200, height: 24 },
    { x: 110, y: 420, width: 50, height: 20 },
  ]);
  const cells = [
    { x: 100, y: 100, width: 300, height: 100 },
    { x: 500, y: 100, width: 400, height: 100 },
    { x: 100, y: 250, width: 300, height: 100 }, // empty
    { x: 100, y: 400, width: 300, height: 100 },
  ];

  it('stacks the cells that hold ink, enlarged, one under the other', () => {
    const [layout, ...more] = layoutMosaics(image, cells, 2);
    expect(more).toEqual([]);
    expect(layout!.pieces.map((p) => p.cell)).toEqual([0, 1, 3]);
    const [first, second] = layout!.pieces;
    expect(second!.top).toBeGreaterThan(first!.top + first!.height);
    expect(first!.width).toBe(first!.source.width * 2);
    expect(layout!.width).toBeGreaterThanOrEqual(Math.max(...layout!.pieces.map((p) => p.left + p.width)));
    expect(layout!.height).toBeGreaterThanOrEqual(layout!.pieces.at(-1)!.top + layout!.pieces.at(-1)!.height);
  });

  it('starts a new mosaic before one grows taller than the limit', () => {
    const tall = Array.from({ length: 40 }, (_, i) => ({ x: 100, y: 10 + i * 14, width: 300, height: 12 }));
    const lines = page(1000, 600, tall.map((b) => ({ x: b.x + 10, y: b.y + 2, width: 100, height: 8 })));
    const layouts = layoutMosaics(lines, tall, 4);
    expect(layouts.length).toBeGreaterThan(1);
    for (const l of layouts) expect(l.height).toBeLessThanOrEqual(maxMosaicHeight);
    expect(layouts.flatMap((l) => l.pieces.map((p) => p.cell))).toEqual(tall.map((_, i) => i));
  });

  it('gives the words read back to their cells, in page coordinates', () => {
    const layout = layoutMosaics(image, cells, 2)[0]!;
    const second = layout.pieces[1]!;
    const word = { text: 'Nguyễn', confidence: 91, box: { x: second.left + 20, y: second.top + 4, width: 100, height: 40 } };
    const byCell = wordsByCell(layout, [{ words: [word], box: word.box }]);
    expect([...byCell.keys()]).toEqual([1]);
    expect(byCell.get(1)![0]!.box).toEqual({ x: second.source.x + 10, y: second.source.y + 2, width: 50, height: 20 });
  });

  it('draws every piece, enlarged, at its place on white paper', () => {
    const layout = layoutMosaics(image, cells, 2)[0]!;
    const mosaic = composeMosaic(image, layout);
    expect(mosaic.data).toHaveLength(layout.width * layout.height);
    const at = (x: number, y: number) => mosaic.data[y * mosaic.width + x]!;
    expect(at(0, 0)).toBe(255);
    for (const piece of layout.pieces) {
      // the middle of each piece's ink is ink, the gap under it paper
      expect(at(piece.left + Math.round(piece.width / 2), piece.top + Math.round(piece.height / 2))).toBe(0);
      expect(at(piece.left + 2, piece.top + piece.height + 10)).toBe(255);
    }
    const dark = mosaic.data.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);
    // 80×20 + 200×24 + 50×20 ink pixels, each drawn 2×2
    expect(Math.abs(dark - 4 * (80 * 20 + 200 * 24 + 50 * 20))).toBeLessThan(0.05 * dark);
  });
});
