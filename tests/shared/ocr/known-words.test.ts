import { describe, expect, it } from 'vitest';
import { isKnownWord } from '../../../shared/ocr/known-words.ts';
import type { NameLists } from '../../../shared/ocr/name-lists.ts';
import { syllableProblem } from '../../../shared/text/vietnamese-syllables.ts';
import { shippedResolver } from '../../support/places.ts';

const lists: NameLists = { surnames: ['Ksor', 'Nguyễn'], givenNames: { male: ["H'Blong"], female: [] }, causesOfDeath: ['HIV/AIDS'], relations: [] };
const places = shippedResolver().index;

describe('isKnownWord', () => {
  it('knows the words the rules reject that a list or the place table holds, as written up to case and tone placement', () => {
    for (const word of ['Ksor', 'KSOR', 'Blong', 'AIDS', 'Jrai', 'HMông', 'Krông', 'Pắc', 'Đắk', 'Lắk', 'Kạn']) {
      expect(syllableProblem(word), word).not.toBeNull();
      expect(isKnownWord(word, lists, places), word).toBe(true);
    }
  });

  it('knows nothing else: other marks, other letters, or the place table when there is none', () => {
    expect(isKnownWord('Pằc', lists, places)).toBe(false);
    expect(isKnownWord('Ksar', lists, places)).toBe(false);
    expect(isKnownWord('Krông', lists, undefined)).toBe(false);
    expect(isKnownWord('Jrai', lists, undefined)).toBe(true);
  });
});
