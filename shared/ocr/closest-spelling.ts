// The entry of a closed list (ethnic groups, nationalities, sexes, surnames) that an OCR'd word most
// likely stands for, and only when one entry is clearly closest. OCR gets Vietnamese marks wrong far
// more often than letters, so same letters with other marks come first; then a letter or two, relative
// to the length. A tie between different entries is no answer: guessing would invent a value.
import { editDistance } from '../text/edit-distance.ts';
import { normalizeFieldValue } from '../text/normalize.ts';
import { compactSearchKey } from '../text/search-key.ts';
import { toToneStyle } from '../text/tone-style.ts';

export interface SpellingEntry<T> {
  item: T;
  /** every way the list writes the item (name and other names), NFC */
  spellings: readonly string[];
}

export type SpellingMatch<T> =
  /** written as the list writes it, up to letter case and tone-mark placement */
  | { kind: 'exact'; item: T; spelling: string }
  /** the same letters with other marks, spacing or hyphens */
  | { kind: 'marks'; item: T; spelling: string }
  /** `distance` letters away */
  | { kind: 'near'; item: T; spelling: string; distance: number };

export interface SpellingList<T> {
  closest(text: string): SpellingMatch<T> | null;
}

/** How many letters may differ, by the length of the written key: none for very short words. */
export type DistanceAllowance = (keyLength: number) => number;

export const relativeAllowance: DistanceAllowance = (length) => (length <= 2 ? 0 : length <= 6 ? 1 : 2);

interface Spelled<T> {
  item: T;
  spelling: string;
  /** lower case, tone marks in one placement, decomposed: each mark one code point */
  marks: string;
}

const exactForm = (text: string): string => toToneStyle(normalizeFieldValue(text).toLowerCase(), 'old');
const markForm = (text: string): string => exactForm(text).normalize('NFD');
/** The search key without spaces: "HMông", "H'Mông" and "H Mông" meet at "hmong". */
const hasMarks = (text: string): boolean => /[^\p{ASCII}]/u.test(normalizeFieldValue(text));

// "m" read as "rn" is the engine's commonest split; no Vietnamese syllable has "rn".
const ocrVariants = (key: string): string[] => (key.includes('rn') ? [key, key.replace(/rn/g, 'm')] : [key]);

/** The single item among the candidates closest in marks, or null on a tie between items. */
function closestInMarks<T>(written: string, candidates: readonly Spelled<T>[]): Spelled<T> | null {
  if (candidates.length === 0) return null;
  // Without any marks the text says nothing about which marks were meant.
  const form = hasMarks(written) ? markForm(written) : null;
  const scored = candidates.map((c) => ({ c, d: form === null ? 0 : editDistance(form, c.marks) }));
  const best = Math.min(...scored.map((s) => s.d));
  const nearest = scored.filter((s) => s.d === best).map((s) => s.c);
  return nearest.every((c) => c.item === nearest[0]!.item) ? nearest[0]! : null;
}

export function createSpellingList<T>(entries: readonly SpellingEntry<T>[], allowance: DistanceAllowance = relativeAllowance): SpellingList<T> {
  const exact = new Map<string, Spelled<T>>();
  const byKey = new Map<string, Spelled<T>[]>();
  for (const { item, spellings } of entries) {
    for (const spelling of spellings) {
      const spelled = { item, spelling, marks: markForm(spelling) };
      const form = exactForm(spelling);
      if (!exact.has(form)) exact.set(form, spelled);
      const key = compactSearchKey(spelling);
      if (key === '') continue;
      const list = byKey.get(key) ?? [];
      list.push(spelled);
      byKey.set(key, list);
    }
  }

  return {
    closest(text) {
      const same = exact.get(exactForm(text));
      if (same) return { kind: 'exact', item: same.item, spelling: same.spelling };
      const key = compactSearchKey(text);
      if (key === '') return null;
      const marked = closestInMarks(text, byKey.get(key) ?? []);
      if (marked) return { kind: 'marks', item: marked.item, spelling: marked.spelling };
      if (byKey.has(key)) return null;

      const limit = allowance(key.length);
      if (limit === 0) return null;
      let best = limit + 1;
      let nearest: Spelled<T>[] = [];
      for (const [candidate, spelled] of byKey) {
        const d = Math.min(...ocrVariants(key).map((variant, i) => editDistance(variant, candidate, limit) + i));
        if (d < best) {
          best = d;
          nearest = [...spelled];
        } else if (d === best) {
          nearest.push(...spelled);
        }
      }
      if (best > limit) return null;
      const chosen = closestInMarks(text, nearest);
      if (chosen === null || nearest.some((c) => c.item !== chosen.item)) return null;
      return { kind: 'near', item: chosen.item, spelling: chosen.spelling, distance: best };
    },
  };
}

/** `spelling` in the letter case `written` uses: all capitals, all small, or capitalized as the list has it. */
export function inWrittenCase(written: string, spelling: string): string {
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return spelling.toUpperCase();
  if (letters === letters.toLowerCase()) return spelling.toLowerCase();
  return spelling.charAt(0).toUpperCase() + spelling.slice(1);
}
