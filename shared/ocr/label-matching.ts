// Finding a form's printed labels in OCR'd rows. OCR runs label words together ("Họvàtên"), drops or
// adds a mark ("Quyến số") and bleeds the colon into a letter, so labels are compared without
// diacritics or spaces and with a few edits allowed, always starting at a word.
import { compactSearchKey } from '../text/search-key.ts';
import type { ReadingRow } from './reading-rows.ts';

export interface LabelMatch {
  row: number;
  /** first and last word the label covers */
  startWord: number;
  endWord: number;
  /** how many letters of the last word belong to the value (a label run into its value: "Họvàtên:Phạm") */
  spill: number;
  /** edits needed; 0 is exact */
  distance: number;
  /** the label's key length, so longer (more specific) labels win overlaps */
  length: number;
}


/** Edits a label of this length may need and still count: none for short labels like "Số", which would match anything. */
export function allowedEdits(length: number): number {
  if (length <= 4) return 0;
  if (length <= 9) return 1;
  return Math.floor(length / 6) + 1;
}

/**
 * The edits turning `label` into each prefix of `text` (index: the prefix's length), or null when no prefix
 * is within `maxEdits`.
 */
export function prefixDistances(label: string, text: string, maxEdits: number): number[] | null {
  const m = label.length;
  const n = Math.min(text.length, m + maxEdits);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = label[i - 1] === text[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > maxEdits) return null;
    previous = current;
  }
  return previous;
}

interface RowText {
  text: string;
  /** where each word's letters begin in `text` */
  starts: number[];
}

function rowText(row: ReadingRow): RowText {
  let text = '';
  const starts: number[] = [];
  for (const word of row.words) {
    starts.push(text.length);
    text += compactSearchKey(word.text);
  }
  return { text, starts };
}

/** Every place in the rows where the label is printed. */
export function findLabel(rows: readonly ReadingRow[], label: string): LabelMatch[] {
  const key = compactSearchKey(label);
  if (key === '') return [];
  const maxEdits = allowedEdits(key.length);
  const matches: LabelMatch[] = [];
  rows.forEach((row, rowIndex) => {
    const { text, starts } = rowText(row);
    starts.forEach((start, startWord) => {
      // A word that is only punctuation (a bled colon or dots) cannot start a label.
      const next = starts[startWord + 1] ?? text.length;
      if (next === start) return;
      const distances = prefixDistances(key, text.slice(start), maxEdits);
      if (!distances) return;
      // Where the label ends: fewest edits, and a word's end is worth one edit, since OCR more often misreads
      // a letter ("Ngàychế:") than runs a label into its value; among equals the longest.
      let best: Omit<LabelMatch, 'row' | 'startWord' | 'length'> & { cost: number } | null = null;
      distances.forEach((distance, length) => {
        if (length === 0 || distance > maxEdits) return;
        const endChar = start + length;
        let endWord = startWord;
        while (endWord + 1 < starts.length && starts[endWord + 1]! < endChar) endWord++;
        const spill = (starts[endWord + 1] ?? text.length) - endChar;
        const cost = distance + (spill > 0 ? 1 : 0);
        if (!best || cost <= best.cost) best = { endWord, spill, distance, cost };
      });
      if (best) {
        const { endWord, spill, distance } = best;
        matches.push({ row: rowIndex, startWord, endWord, spill, distance, length: key.length });
      }
    });
  });
  return matches;
}
