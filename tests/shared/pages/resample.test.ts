import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../../shared/pages/raster.ts';
import { drawResized } from '../../../shared/pages/resample.ts';

function blank(width: number, height: number): GrayImage {
  return { data: new Uint8Array(width * height).fill(255), width, height };
}

/** A gray test card: a gradient with a dark bar and a light square on it. */
function card(width: number, height: number): GrayImage {
  const image = blank(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let v = Math.round((x * 255) / (width - 1));
      if (y > 10 && y < 18) v = 20;
      if (x > 30 && x < 40 && y > 25 && y < 35) v = 240;
      image.data[y * width + x] = v;
    }
  }
  return image;
}

describe('drawResized', () => {
  it('copies a part drawn at its own size exactly, where it is told', () => {
    const image = card(60, 40);
    const target = blank(30, 20);
    drawResized(target, image, { x: 20, y: 8, width: 10, height: 6 }, { x: 5, y: 4, width: 10, height: 6 });
    for (let y = 0; y < 6; y++) {
      for (let x = 0; x < 10; x++) expect(target.data[(4 + y) * 30 + 5 + x]).toBe(image.data[(8 + y) * 60 + 20 + x]);
    }
    expect(target.data[0]).toBe(255);
    expect(target.data[3 * 30 + 5]).toBe(255);
  });

  it('keeps an even tone even when enlarging', () => {
    const flat = { data: new Uint8Array(20 * 10).fill(90), width: 20, height: 10 };
    const target = blank(30, 15);
    drawResized(target, flat, { x: 0, y: 0, width: 20, height: 10 }, { x: 0, y: 0, width: 30, height: 15 });
    expect(target.data.every((v) => v === 90)).toBe(true);
  });

  it("enlarges within a few gray levels of sharp's cubic kernel", async () => {
    const image = card(60, 40);
    const target = blank(90, 60);
    drawResized(target, image, { x: 0, y: 0, width: 60, height: 40 }, { x: 0, y: 0, width: 90, height: 60 });
    const theirs = await sharp(image.data, { raw: { width: 60, height: 40, channels: 1 } }).resize(90, 60, { kernel: 'cubic' }).extractChannel(0).raw().toBuffer();
    let difference = 0;
    for (let i = 0; i < theirs.length; i++) difference += Math.abs(theirs[i]! - target.data[i]!);
    expect(difference / theirs.length).toBeLessThan(5);
  });
});
