import { describe, expect, it } from 'vitest';
import { estimateSkew } from '../../../shared/pages/skew-estimate.ts';

/**
 * A page of lines of "words" (ink bars the height of lower-case letters), turned clockwise by `degrees`
 * about its centre, drawn by sampling the unturned page at each pixel.
 */
function textPage(degrees: number, width = 700, height = 1000) {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const margin = 60;
  const pitch = 24;
  const textHeight = 6;
  const lines: [number, number][][] = [];
  for (let top = margin; top + textHeight < height - margin; top += pitch) {
    const words: [number, number][] = [];
    for (let x = margin + random() * 40; x < width - margin - 30; ) {
      const length = 15 + random() * 60;
      words.push([x, Math.min(x + length, width - margin)]);
      x += length + 6 + random() * 8;
    }
    lines.push(words);
  }
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x - width / 2;
      const dy = y - height / 2;
      const sx = dx * cos + dy * sin + width / 2;
      const sy = -dx * sin + dy * cos + height / 2;
      const line = Math.floor((sy - margin) / pitch);
      if (sy < margin || (sy - margin) % pitch >= textHeight || !lines[line]) continue;
      if (lines[line].some(([start, end]) => sx >= start && sx < end)) data[y * width + x] = 0;
    }
  }
  return { data, width, height };
}

describe('skew estimate', () => {
  it.each([-7.3, -4.3, -1.2, 0, 0.35, 1.05, 2.5, 5.8])('levels a page turned by %f degrees to within 0.1', (degrees) => {
    expect(Math.abs(estimateSkew(textPage(degrees), 128) + degrees)).toBeLessThan(0.1);
  });

  it('follows the text, not a long straight edge at another angle', () => {
    const image = textPage(3);
    // the edge of the paper against the scanner's lid, level with the scanner rather than the text
    image.data.fill(0, 20 * image.width, 23 * image.width);
    image.data.fill(0, 980 * image.width, 983 * image.width);
    expect(Math.abs(estimateSkew(image, 128) + 3)).toBeLessThan(0.1);
  });

  it('leaves a blank page as it is', () => {
    const image = { data: new Uint8Array(700 * 1000).fill(255), width: 700, height: 1000 };
    image.data[500 * 700 + 300] = 0;
    expect(estimateSkew(image, 128)).toBe(0);
  });

  it('looks no further than it is asked to', () => {
    expect(Math.abs(estimateSkew(textPage(4), 128, { maxDegrees: 2 }))).toBeLessThanOrEqual(2.5);
  });
});
