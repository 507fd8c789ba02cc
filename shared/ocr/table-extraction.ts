// Entries of a table edition: one per ruled row under the header, one field per column. Columns are
// matched to the template by their printed headers, in order, so a printing with an extra column (a
// "Ghi chú" at the end) or a missing one still puts each value under the right key.
import type { Box } from '../domain/entry.ts';
import type { RawField } from './form-extraction.ts';
import { editDistance } from '../text/edit-distance.ts';
import { compactSearchKey } from '../text/search-key.ts';
import { allowedEdits } from './label-matching.ts';
import { unionBox } from './reading-rows.ts';
import type { TableTemplate } from './template.ts';

export interface CellReading {
  text: string;
  /** 0–100; 0 when the cell is empty */
  confidence: number;
  box: Box;
}

export interface TableReading {
  /** one per non-empty body row, top to bottom */
  rows: { box: Box; fields: Record<string, RawField> }[];
  /** share of the template's columns whose header was found, 0–1 */
  headersFound: number;
}

/** Edits from the header to its closest label, or null when none is close: "Họ và tên" is not "Họ và tên cha". */
function headerDistance(header: string, labels: readonly string[]): number | null {
  const text = compactSearchKey(header);
  let best: number | null = null;
  for (const label of labels) {
    const key = compactSearchKey(label);
    const edits = allowedEdits(key.length);
    const distance = editDistance(key, text, edits);
    if (distance <= edits && (best === null || distance < best)) best = distance;
  }
  return best;
}

/** For each template column, the grid column under its header (null when none): an order-keeping best match. */
export function matchColumns(template: TableTemplate, headers: readonly string[]): (number | null)[] {
  const n = template.columns.length;
  const m = headers.length;
  const score = template.columns.map((column) => headers.map((header) => {
    const distance = headerDistance(header, column.headers);
    return distance === null ? -Infinity : 100 - distance;
  }));
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, best[i - 1]![j - 1]! + score[i - 1]![j - 1]!);
    }
  }
  const result: (number | null)[] = new Array<number | null>(n).fill(null);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (best[i]![j] === best[i - 1]![j]) i--;
    else if (best[i]![j] === best[i]![j - 1]) j--;
    else {
      result[i - 1] = j - 1;
      i--;
      j--;
    }
  }
  // Headers lost to OCR with the column count right: the printed order is the template's.
  if (m === n && result.filter((r) => r !== null).length < n) {
    return result.map((r, index) => r ?? (result.includes(index) ? null : index));
  }
  return result;
}

export function extractTable(template: TableTemplate, header: readonly CellReading[], body: readonly (readonly CellReading[])[]): TableReading {
  const columns = matchColumns(template, header.map((cell) => cell.text));
  const rows: TableReading['rows'] = [];
  for (const cells of body) {
    if (cells.every((cell) => cell.text.trim() === '')) continue;
    const fields: Record<string, RawField> = {};
    template.columns.forEach((column, index) => {
      const cell = columns[index] === null ? undefined : cells[columns[index]!];
      fields[column.key] = cell
        ? { raw: cell.text, confidence: cell.text === '' ? 0 : cell.confidence, box: cell.box, found: true }
        : { raw: '', confidence: 0, box: null, found: false };
    });
    rows.push({ box: unionBox(cells.map((c) => c.box))!, fields });
  }
  const headersFound = columns.filter((c, index) => c !== null && headerDistance(header[c]?.text ?? '', template.columns[index]!.headers) !== null).length / template.columns.length;
  return { rows, headersFound };
}
