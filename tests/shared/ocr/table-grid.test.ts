import { describe, expect, it } from 'vitest';
import { cellBox, findTableGrid } from '../../../shared/ocr/table-grid.ts';
import type { GrayImage } from '../../../shared/pages/raster.ts';

function blank(width: number, height: number): GrayImage {
  return { data: new Uint8Array(width * height).fill(255), width, height };
}

function ink(image: GrayImage, x: number, y: number): void {
  if (x >= 0 && y >= 0 && x < image.width && y < image.height) image.data[y * image.width + x] = 0;
}

/** A ruled table, its rules `tilt` pixels lower at the right than at the left (a page not quite level). */
function table(rows: number[], columns: number[], tilt = 0): GrayImage {
  const image = blank(1200, 900);
  const [left, right] = [columns[0]!, columns.at(-1)!];
  const [top, bottom] = [rows[0]!, rows.at(-1)!];
  for (const y of rows) for (let x = left; x <= right; x++) ink(image, x, y + Math.round((tilt * (x - left)) / (right - left)));
  for (const x of columns) for (let y = top; y <= bottom; y++) ink(image, x, y);
  return image;
}

describe('findTableGrid', () => {
  it('finds every rule of a ruled table', () => {
    const grid = findTableGrid(table([100, 180, 300, 420, 540], [50, 150, 600, 1100]));
    expect(grid).not.toBeNull();
    grid!.rows.forEach((y, i) => expect(Math.abs(y - [100, 180, 300, 420, 540][i]!)).toBeLessThanOrEqual(4));
    grid!.columns.forEach((x, i) => expect(Math.abs(x - [50, 150, 600, 1100][i]!)).toBeLessThanOrEqual(4));
    expect(grid!.rows).toHaveLength(5);
    expect(grid!.columns).toHaveLength(4);
  });

  it('keeps a rule a few pixels off level as one rule', () => {
    const grid = findTableGrid(table([100, 180, 300, 420], [50, 600, 1100], 5));
    expect(grid?.rows).toHaveLength(4);
  });

  it('finds no table on a page of text lines (a form page)', () => {
    const image = blank(1200, 900);
    for (let row = 0; row < 10; row++) {
      for (let x = 100; x < 1100; x++) if (x % 40 < 25) for (let y = 100 + row * 70; y < 130 + row * 70; y++) ink(image, x, y);
    }
    expect(findTableGrid(image)).toBeNull();
  });

  it('finds no table on a blank page', () => {
    expect(findTableGrid(blank(600, 400))).toBeNull();
  });
});

describe('cellBox', () => {
  it('is the inside of a cell, off its rules by the margin', () => {
    const grid = { rows: [100, 200, 300], columns: [50, 150, 400] };
    expect(cellBox(grid, 1, 1, 6)).toEqual({ x: 156, y: 206, width: 238, height: 88 });
    expect(cellBox(grid, 2, 0, 6)).toBeNull();
  });
});
