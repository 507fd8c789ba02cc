// What a new register book must have before it is created, and what finds a book in the list. Years are
// bounded by the civil-status era the app digitizes (registers from 1945 on) and by the current year.
import { compactSearchKey, searchText } from '../text/search-key.ts';
import { normalizeFieldValue } from '../text/normalize.ts';
import type { Book } from './entry.ts';
import { recordKindLabels, type LocalizedText, type RecordKind } from './record-kinds.ts';

export interface NewBookInput {
  kind: RecordKind;
  communeAsWritten: string;
  volume: string;
  yearFrom: string;
  yearTo: string;
}

export interface BookFinding {
  field: keyof NewBookInput;
  message: LocalizedText;
}

export const earliestRegisterYear = 1945;

function parseYear(text: string): number | null {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

export function checkNewBook(input: NewBookInput, currentYear: number): BookFinding[] {
  const findings: BookFinding[] = [];
  if (input.communeAsWritten.trim() === '') {
    findings.push({ field: 'communeAsWritten', message: { vi: 'Hãy nhập tên xã/phường như ghi trên bìa sổ.', en: 'Enter the commune as written on the cover.' } });
  }
  const years: [keyof NewBookInput, number | null][] = [['yearFrom', parseYear(input.yearFrom)], ['yearTo', parseYear(input.yearTo)]];
  for (const [field, year] of years) {
    const text = input[field];
    if (text.trim() === '') {
      const which = field === 'yearFrom' ? { vi: 'năm đầu tiên', en: 'first' } : { vi: 'năm cuối cùng', en: 'last' };
      findings.push({ field, message: { vi: `Hãy nhập ${which.vi} sổ ghi, bằng 4 chữ số (ví dụ 1987).`, en: `Enter the ${which.en} year the book covers, in four digits (e.g. 1987).` } });
    } else if (year === null) {
      findings.push({ field, message: { vi: `"${text.trim()}" không phải một năm: hãy nhập 4 chữ số (ví dụ 1987).`, en: `"${text.trim()}" is not a year: enter four digits (e.g. 1987).` } });
    } else if (year < earliestRegisterYear || year > currentYear) {
      findings.push({ field, message: { vi: `Năm phải từ ${earliestRegisterYear} đến ${currentYear}.`, en: `The year must be between ${earliestRegisterYear} and ${currentYear}.` } });
    }
  }
  const from = parseYear(input.yearFrom);
  const to = parseYear(input.yearTo);
  if (from !== null && to !== null && from > to) {
    findings.push({ field: 'yearTo', message: { vi: 'Năm kết thúc phải sau hoặc bằng năm bắt đầu.', en: 'The last year must not be before the first.' } });
  }
  return findings;
}

type BookIdentity = Pick<Book, 'kind' | 'communeAsWritten' | 'volume' | 'yearFrom' | 'yearTo'>;

/**
 * The books that look like the one about to be created: same kind, commune (marks, case and spacing
 * aside), volume (leading zeros aside: "06" is "6") and years. Creating it again is most often a mistake (a book made
 * twice splits its pages), so the clerk is asked first.
 */
export function sameBooks<T extends BookIdentity>(wanted: BookIdentity, books: readonly T[]): T[] {
  const volumeKey = (volume: string) => normalizeFieldValue(volume).replace(/^0+(?=\d)/, '');
  const commune = compactSearchKey(wanted.communeAsWritten);
  const volume = volumeKey(wanted.volume);
  return books.filter((book) =>
    book.kind === wanted.kind && book.yearFrom === wanted.yearFrom && book.yearTo === wanted.yearTo &&
    compactSearchKey(book.communeAsWritten) === commune && volumeKey(book.volume) === volume);
}

/**
 * What finds a book in the books list (searchText): its kind in both languages, the commune as written,
 * the volume and every year it covers, so "binh lap 1986" finds a 1985–1987 birth book of Bình Lập.
 */
export function bookSearchText(book: Pick<Book, 'kind' | 'communeAsWritten' | 'volume' | 'yearFrom' | 'yearTo'>): string {
  const years = Array.from({ length: Math.max(0, book.yearTo - book.yearFrom) + 1 }, (_, i) => book.yearFrom + i);
  const kind = recordKindLabels[book.kind];
  return searchText(`${kind.vi} ${kind.en} ${book.communeAsWritten} ${book.volume} ${years.join(' ')}`);
}
