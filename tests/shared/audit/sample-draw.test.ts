import { describe, expect, it } from 'vitest';
import { drawSample, isSampleSeed, newSampleSeed } from '../../../shared/audit/sample-draw.ts';

const lotOf = (size: number): string[] => Array.from({ length: size }, (_, i) => `e${String(i + 1).padStart(2, '0')}`);
const seedOf = (word: number): string => word.toString(16).padStart(8, '0');

describe('drawSample', () => {
  it('draws the sample recorded for a fixed seed, so that a change of generator or shuffle is noticed', () => {
    expect(drawSample(lotOf(50), 8, '5eed2859')).toEqual(['e04', 'e16', 'e23', 'e39', 'e42', 'e24', 'e11', 'e07']);
    expect(drawSample(lotOf(50), 8, 'ffffffff')).toEqual(['e12', 'e40', 'e35', 'e37', 'e14', 'e44', 'e08', 'e45']);
  });

  it('draws the same sample from the same seed whatever order the lot is listed in', () => {
    const lot = lotOf(120);
    const shuffled = [...lot.filter((_, i) => i % 3 === 0).reverse(), ...lot.filter((_, i) => i % 3 !== 0)];
    expect(drawSample(shuffled, 13, 'a1b2c3d4')).toEqual(drawSample(lot, 13, 'a1b2c3d4'));
    expect(drawSample([...lot].reverse(), 13, 'a1b2c3d4')).toEqual(drawSample(lot, 13, 'a1b2c3d4'));
  });

  it('reads a seed in capitals as the same seed', () => {
    expect(drawSample(lotOf(40), 5, 'A1B2C3D4')).toEqual(drawSample(lotOf(40), 5, 'a1b2c3d4'));
  });

  it('draws different samples from different seeds', () => {
    const samples = new Set(Array.from({ length: 20 }, (_, word) => drawSample(lotOf(100), 10, seedOf(word)).join()));
    expect(samples.size).toBe(20);
  });

  it('draws the size asked for, each id once, all from the lot', () => {
    const lot = lotOf(200);
    const sample = drawSample(lot, 32, '0badc0de');
    expect(sample).toHaveLength(32);
    expect(new Set(sample).size).toBe(32);
    expect(sample.every((id) => lot.includes(id))).toBe(true);
  });

  it('counts an id listed twice once', () => {
    expect(drawSample(['b', 'a', 'b', 'c'], 5, '00000001')).toEqual(['a', 'b', 'c']);
  });

  it('gives the whole lot, in id order, when the sample is as large as the lot or larger', () => {
    expect(drawSample(['e3', 'e1', 'e2'], 3, '12345678')).toEqual(['e1', 'e2', 'e3']);
    expect(drawSample(['e3', 'e1', 'e2'], 8, '12345678')).toEqual(['e1', 'e2', 'e3']);
    expect(drawSample([], 2, '12345678')).toEqual([]);
  });

  it('draws nothing for a sample of 0', () => {
    expect(drawSample(lotOf(10), 0, '12345678')).toEqual([]);
  });

  it('refuses a sample size that is not a whole number of 0 or more, and a seed that is not 8 hex digits', () => {
    expect(() => drawSample(lotOf(10), -1, '12345678')).toThrow(RangeError);
    expect(() => drawSample(lotOf(10), 2.5, '12345678')).toThrow(RangeError);
    expect(() => drawSample(lotOf(10), 2, '1234567')).toThrow(RangeError);
    expect(() => drawSample(lotOf(10), 2, '1234567g')).toThrow(RangeError);
  });

  it('gives every id the same chance to be drawn, and to be drawn first, over many seeds', () => {
    const lotSize = 20;
    const sampleSize = 5;
    const seeds = 20_000;
    const lot = lotOf(lotSize);
    const drawn = new Map<string, number>();
    const first = new Map<string, number>();
    for (let word = 0; word < seeds; word += 1) {
      const sample = drawSample(lot, sampleSize, seedOf(Math.imul(word, 0x9e3779b9) >>> 0));
      for (const id of sample) drawn.set(id, (drawn.get(id) ?? 0) + 1);
      first.set(sample[0] ?? '', (first.get(sample[0] ?? '') ?? 0) + 1);
    }
    // 5 000 expected draws per id with a standard deviation of about 61, and 1 000 first draws with one of about 31:
    // the bounds are 5 standard deviations, and the seeds are fixed, so the test cannot flake.
    for (const id of lot) {
      expect(Math.abs((drawn.get(id) ?? 0) - (seeds * sampleSize) / lotSize)).toBeLessThan(300);
      expect(Math.abs((first.get(id) ?? 0) - seeds / lotSize)).toBeLessThan(155);
    }
  });
});

describe('newSampleSeed', () => {
  it('records one random word from the source as 8 hex digits', () => {
    const source = (word: number) => (array: Uint32Array) => array.fill(word);
    expect(newSampleSeed(source(0xdeadbeef))).toBe('deadbeef');
    expect(newSampleSeed(source(1))).toBe('00000001');
    expect(isSampleSeed(newSampleSeed(source(0xffffffff)))).toBe(true);
  });
});

describe('isSampleSeed', () => {
  it('takes 8 hex digits and nothing else', () => {
    expect(isSampleSeed('0badc0de')).toBe(true);
    expect(isSampleSeed('0BADC0DE')).toBe(true);
    expect(isSampleSeed('0badc0d')).toBe(false);
    expect(isSampleSeed('0badc0de0')).toBe(false);
    expect(isSampleSeed(' 0badc0de')).toBe(false);
  });
});
