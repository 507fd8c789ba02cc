// Tables people export to open in Excel: written by Papa Parse (quoting of commas, quotes and line breaks
// in values, and a value that starts like a formula made plain text, so a name never runs in Excel),
// in UTF-8 with a byte-order mark, without which Excel reads Vietnamese as Windows-1252.
import Papa from 'papaparse';

export function csvForExcel(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${Papa.unparse(rows.map((row) => [...row]), { newline: '\r\n', escapeFormulae: true })}`;
}
