import { describe, expect, it } from 'vitest';
import { markedDifference } from '../../../shared/team/keying-diff.ts';

describe('marking where two keyings differ', () => {
  it('marks the letters only one keying has, on each side, comparing NFC with NFD alike', () => {
    expect(markedDifference('Lê Văn An', 'Le\u0302 Văn \u00c2n')).toEqual({
      a: [{ text: 'Lê Văn ', differs: false }, { text: 'A', differs: true }, { text: 'n', differs: false }],
      b: [{ text: 'Lê Văn ', differs: false }, { text: 'Â', differs: true }, { text: 'n', differs: false }],
    });
  });

  it('marks a whole value against an empty one', () => {
    expect(markedDifference('', '17')).toEqual({ a: [], b: [{ text: '17', differs: true }] });
  });
});
