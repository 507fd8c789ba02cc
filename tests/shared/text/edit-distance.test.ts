import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../shared/text/edit-distance.ts';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['kinh', 'kinh', 0],
    ['klnh', 'kinh', 1],
    ['nguyen', 'nquyen', 1],
    ['ngyen', 'nguyen', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('counts code points, so a tone mark in NFD text is one edit', () => {
    expect(editDistance('nguyễn'.normalize('NFD'), 'nguyên'.normalize('NFD'))).toBe(1);
    expect(editDistance('𝒜b', 'b')).toBe(1);
  });

  it('gives up with limit + 1 once the distance must exceed the limit', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
});
