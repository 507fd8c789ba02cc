// Fields of a one-entry-per-page form: each printed label is found in the OCR'd rows, labels are given
// to the template's fields in reading order (so a label printed twice goes first to the husband, then to
// the wife), and a field's text runs from its label to the next label on the row.
import type { Box } from '../domain/entry.ts';
import { allowedEdits, findLabel, type LabelMatch } from './label-matching.ts';
import type { OcrLine, OcrWord } from './ocr-types.ts';
import { readingRows, unionBox, type ReadingRow } from './reading-rows.ts';
import type { FormTemplate } from './template.ts';

export interface RawField {
  raw: string;
  /** the lowest word confidence in the value (one misread word makes the value wrong), 0–100; 0 when nothing was read */
  confidence: number;
  /** where the value is written, or where it should be when nothing was read; null when the label was not found */
  box: Box | null;
  found: boolean;
}

export interface FormReading {
  fields: Record<string, RawField>;
  /** whether the template's printed title was found: a page of another edition has another title */
  titleFound: boolean;
  /** share of the template's labels found on the page, 0–1: low on a page of another edition */
  labelsFound: number;
}

interface Candidate extends LabelMatch {
  field: number;
}

const junk = /^[\s.:;,_|'"`~·…\-–—=]+$/;

/** A word of leader dots, a bled colon or a rule: never part of a value. */
export function isJunkWord(text: string): boolean {
  return junk.test(text);
}
const maxSpill = 2;

function position(m: LabelMatch): number {
  return m.row * 10_000 + m.startWord;
}

function overlaps(a: LabelMatch, b: LabelMatch): boolean {
  return a.row === b.row && a.startWord <= b.endWord && b.startWord <= a.endWord;
}

/** Label occurrences that could belong to a field: a shorter label inside a longer one ("Năm sinh" in "Ngày, tháng, năm sinh") is not one. */
function candidates(rows: readonly ReadingRow[], template: FormTemplate): Candidate[] {
  const all: Candidate[] = [];
  template.fields.forEach((field, index) => {
    for (const label of field.labels) {
      for (const match of findLabel(rows, label)) {
        if (match.spill > (match.length <= 4 ? 0 : maxSpill)) continue;
        all.push({ ...match, field: index });
      }
    }
  });
  // Where two labels claim the same words, the one matching more letters wins: "Ngày, tháng, năm sinh"
  // over "Năm sinh", but "Họ và tên" read exactly over "Họ và tên cha" found by misreading "Họ và tên: Phạm".
  const strength = (m: LabelMatch) => m.length - 2 * m.distance - 2 * m.spill;
  const kept = all.filter((c) => !all.some((o) => o !== c && overlaps(o, c) && (strength(o) > strength(c) || (strength(o) === strength(c) && o.length > c.length))));
  return kept.sort((a, b) => position(a) - position(b));
}

/**
 * The largest set of (field, label occurrence) pairs in which both run in the same order, fewest edits
 * breaking ties: a field whose label OCR lost leaves the others in place instead of shifting them.
 */
function assign(fieldCount: number, found: readonly Candidate[]): Map<number, Candidate> {
  const positions = [...new Set(found.map(position))].sort((a, b) => a - b);
  const at = new Map<string, Candidate>();
  for (const c of found) {
    const key = `${c.field}:${position(c)}`;
    const existing = at.get(key);
    if (!existing || c.distance < existing.distance) at.set(key, c);
  }
  const score = (c: Candidate) => 1000 - c.distance;
  // best[i][j]: best score using fields < i and positions < j
  const best: number[][] = Array.from({ length: fieldCount + 1 }, () => new Array<number>(positions.length + 1).fill(0));
  for (let i = 1; i <= fieldCount; i++) {
    for (let j = 1; j <= positions.length; j++) {
      const c = at.get(`${i - 1}:${positions[j - 1]}`);
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, c ? best[i - 1]![j - 1]! + score(c) : -Infinity);
    }
  }
  const chosen = new Map<number, Candidate>();
  let i = fieldCount;
  let j = positions.length;
  while (i > 0 && j > 0) {
    const here = best[i]![j]!;
    if (here === best[i - 1]![j]) i--;
    else if (here === best[i]![j - 1]) j--;
    else {
      chosen.set(i - 1, at.get(`${i - 1}:${positions[j - 1]}`)!);
      i--;
      j--;
    }
  }
  return chosen;
}

function valueWords(row: ReadingRow, from: number, to: number): OcrWord[] {
  const words = row.words.slice(from, to);
  // Leader dots and a bled colon sit at either end of the value, never inside it.
  while (words.length > 0 && isJunkWord(words[0]!.text)) words.shift();
  while (words.length > 0 && isJunkWord(words.at(-1)!.text)) words.pop();
  return words;
}

export function extractForm(lines: readonly OcrLine[], template: FormTemplate, page: { width: number }): FormReading {
  const allRows = readingRows(lines);
  // The title holds words that are also labels ("SỔ" reads as "Số"): it is set aside before labels are sought.
  const titleRows = new Set(template.title.flatMap((title) => findLabel(allRows, title).filter((m) => m.distance <= allowedEdits(m.length)).map((m) => m.row)));
  const rows = allRows.filter((_, index) => !titleRows.has(index));
  const chosen = assign(template.fields.length, candidates(rows, template));
  const byRow = new Map<number, Candidate[]>();
  for (const c of chosen.values()) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c].sort((a, b) => a.startWord - b.startWord));

  const fields: Record<string, RawField> = {};
  template.fields.forEach((field, index) => {
    const label = chosen.get(index);
    if (!label) {
      fields[field.key] = { raw: '', confidence: 0, box: null, found: false };
      return;
    }
    const row = rows[label.row]!;
    const next = byRow.get(label.row)!.find((c) => c.startWord > label.endWord);
    const end = next?.startWord ?? row.words.length;
    const words = valueWords(row, label.endWord + 1, end);
    const labelRight = row.words[label.endWord]!.box.x + row.words[label.endWord]!.box.width;
    const right = next ? row.words[next.startWord]!.box.x : page.width;
    const box = unionBox(words.map((w) => w.box)) ?? { x: labelRight, y: row.box.y, width: Math.max(0, right - labelRight), height: row.box.height };
    fields[field.key] = {
      raw: words.map((w) => w.text).join(' '),
      confidence: words.length === 0 ? 0 : Math.min(...words.map((w) => w.confidence)),
      box,
      found: true,
    };
  });
  return { fields, titleFound: titleRows.size > 0, labelsFound: chosen.size / template.fields.length };
}
