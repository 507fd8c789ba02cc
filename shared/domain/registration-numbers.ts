// Registration numbers restart at 1 each year, and a second book of the same year goes on from the
// first: within one year of one book a number is used once, and the numbers follow one another. These
// checks need the whole book, so they run on the small columns the list index keeps in memory (each
// entry's number and year, in reading order), never on the entries themselves.
import { resolveTwoDigitYear, type DateContext, type YearRange } from './dates.ts';
import { readingKeyPage } from './entry-order.ts';
import type { LocalizedText } from './record-kinds.ts';
import type { Finding } from './validate-entry.ts';

export interface RegistrationNumber {
  /** "012/1998" → 12 */
  number: number;
  /** the year the number carries, as written ("1998", "98") */
  yearPart?: string;
}

// "12", "012", "12/1998", "12/98", "12-1998", and an office's suffix after them ("12/1998/KS").
const numberPattern = /^(\d{1,7})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?:\s*\/\s*\p{L}[\p{L}.-]*)*$/u;

/** The number a register's "Số" holds, compared by value; null for none, 0, or text that is no such number ("12a"). */
export function parseRegistrationNumber(text: string): RegistrationNumber | null {
  const match = numberPattern.exec(text.trim());
  const number = match ? Number(match[1]) : 0;
  if (!match || number === 0) return null;
  return match[2] === undefined ? { number } : { number, yearPart: match[2] };
}

/** The year a number's year part stands for; a two-digit one is read as dates.ts reads two-digit years. */
export function yearOfPart(yearPart: string, context: DateContext): number {
  return yearPart.length === 4 ? Number(yearPart) : resolveTwoDigitYear(Number(yearPart), context).year;
}

/** A book's entries in reading order, column by column, as the list index holds them. */
export interface NumberingColumns {
  readonly keys: readonly string[];
  /** 0 where the entry has no number yet */
  readonly numbers: readonly number[];
  /** the year its number counts in (EntryRow.registrationYear); 0 where nothing says yet */
  readonly years: readonly number[];
}

/** An entry a finding names, where a clerk finds it: its page (null: on no page) and its place there, from 1. */
export interface EntryPlace {
  key: string;
  page: number | null;
  onPage: number;
}

export type NumberingProblem =
  /** `other`: the first other entry with the number that year in reading order; `more`: how many others besides */
  | { kind: 'duplicate'; number: number; year: number; other: EntryPlace; more: number }
  /** numbers `from`–`to` of `year` are in no entry; `previous`: the entry with the number before them, null when they begin the year */
  | { kind: 'gap'; year: number; from: number; to: number; previous: EntryPlace | null };

function pageBreak(before: string, after: string): boolean {
  const a = readingKeyPage(before);
  const b = readingKeyPage(after);
  return a === null || b === null ? a !== b : b - a > 1;
}

/**
 * What the entry at position `at` shows about its book's numbering: the other entries of its year with
 * its number, and the numbers missing right before it. A missing number is only reported where the book
 * says it should be there: not while an entry between the two numbers has no number or year yet, or a
 * page between them has no entry yet (the clerk has not keyed that far); before the first number of a
 * year only when that year began in this book (not its first year, which may go on from an earlier
 * book) right after an entry of an earlier year. Nothing is said of an entry with no number or year.
 */
export function numberingProblems(book: NumberingColumns, at: number, bookYears: YearRange): NumberingProblem[] {
  // A book of one year says the year of an entry whose date is not keyed yet.
  const single = bookYears.from === bookYears.to ? bookYears.from : 0;
  const yearAt = (i: number) => book.years[i] || single;
  const number = book.numbers[at] ?? 0;
  const year = yearAt(at);
  if (number === 0 || year === 0) return [];

  const others: number[] = [];
  // the highest number below this one; of two entries with it (itself a duplicate), the nearer one
  let previous = -1;
  for (let i = 0; i < book.keys.length; i++) {
    const other = book.numbers[i]!;
    if (i === at || other === 0 || other > number || yearAt(i) !== year) continue;
    if (other === number) others.push(i);
    else if (previous === -1 || other > book.numbers[previous]! || (other === book.numbers[previous] && Math.abs(i - at) < Math.abs(previous - at))) previous = i;
  }

  // Whether the entries from `from` to `to` may still hold the missing numbers once keyed.
  const unsettled = (from: number, to: number) => {
    for (let i = from + 1; i <= to; i++) {
      if (pageBreak(book.keys[i - 1]!, book.keys[i]!)) return true;
      if (i < to && (book.numbers[i] === 0 || yearAt(i) === 0)) return true;
    }
    return false;
  };
  const yearBeganRightBefore = () => {
    for (let i = at - 1; i >= 0; i--) {
      if (pageBreak(book.keys[i]!, book.keys[i + 1]!) || book.numbers[i] === 0 || yearAt(i) === 0) return false;
      if (yearAt(i) < year) return true;
    }
    return false;
  };

  const placeOf = (position: number): EntryPlace => {
    const key = book.keys[position]!;
    const page = readingKeyPage(key);
    let first = position;
    while (first > 0 && readingKeyPage(book.keys[first - 1]!) === page) first--;
    return { key, page, onPage: position - first + 1 };
  };

  const problems: NumberingProblem[] = [];
  if (others.length > 0) problems.push({ kind: 'duplicate', number, year, other: placeOf(others[0]!), more: others.length - 1 });
  if (previous !== -1) {
    const before = book.numbers[previous]!;
    if (before < number - 1 && !unsettled(Math.min(previous, at), Math.max(previous, at))) {
      problems.push({ kind: 'gap', year, from: before + 1, to: number - 1, previous: placeOf(previous) });
    }
  } else if (number > 1 && year > bookYears.from && year <= bookYears.to && yearBeganRightBefore()) {
    problems.push({ kind: 'gap', year, from: 1, to: number - 1, previous: null });
  }
  return problems;
}

/** The reading keys of the entries the findings name (read their rows for numberingFindings). */
export function namedKeys(problems: readonly NumberingProblem[]): string[] {
  return problems.flatMap((problem) => (problem.kind === 'duplicate' ? [problem.other.key] : problem.previous === null ? [] : [problem.previous.key]));
}

export interface NamedEntry {
  /** the number as written */
  entryNo: string;
  name: string;
}

function describe(place: EntryPlace, named: ReadonlyMap<string, NamedEntry>): LocalizedText {
  const row = named.get(place.key);
  const name = row?.name ? row.name : undefined;
  const where: LocalizedText = place.page === null
    ? { vi: `mục thứ ${place.onPage} chưa gắn trang`, en: `entry ${place.onPage} of those on no page` }
    : { vi: `trang ${place.page}, mục thứ ${place.onPage}`, en: `page ${place.page}, entry ${place.onPage} on it` };
  return {
    vi: `số "${row?.entryNo ?? ''}", ${name ?? 'chưa có tên'}, ${where.vi}`,
    en: `number "${row?.entryNo ?? ''}", ${name ?? 'no name yet'}, ${where.en}`,
  };
}

const field = 'registration.number';

/** The problems as findings on the number field; `named` holds the rows of namedKeys, by reading key. */
export function numberingFindings(problems: readonly NumberingProblem[], named: ReadonlyMap<string, NamedEntry>): Finding[] {
  return problems.map((problem): Finding => {
    if (problem.kind === 'duplicate') {
      const other = describe(problem.other, named);
      const { more } = problem;
      return {
        field,
        code: 'registration.numberDuplicate',
        severity: 'error',
        message: {
          vi: `Số ${problem.number} năm ${problem.year} đã dùng cho mục khác của sổ: ${other.vi}.${more > 0 ? ` Còn ${more} mục khác cũng mang số này.` : ''}`,
          en: `Number ${problem.number} of ${problem.year} is already used in this book: ${other.en}.${more > 0 ? ` ${more} more ${more === 1 ? 'entry has' : 'entries have'} it too.` : ''}`,
        },
      };
    }
    const range = problem.from === problem.to ? `${problem.from}` : `${problem.from}–${problem.to}`;
    const one = problem.from === problem.to;
    const missing = { vi: `Thiếu số ${range} năm ${problem.year}`, en: `${one ? 'Number' : 'Numbers'} ${range} of ${problem.year} ${one ? 'is' : 'are'} missing` };
    if (problem.previous === null) {
      return {
        field,
        code: 'registration.numberGap',
        severity: 'warning',
        message: {
          vi: `${missing.vi}: năm ${problem.year} bắt đầu trong sổ này mà số đầu tiên là ${problem.to + 1}.`,
          en: `${missing.en}: ${problem.year} begins in this book, and its first number is ${problem.to + 1}.`,
        },
      };
    }
    const before = describe(problem.previous, named);
    return {
      field,
      code: 'registration.numberGap',
      severity: 'warning',
      message: {
        vi: `${missing.vi}: số liền trước có trong sổ là ${before.vi}.`,
        en: `${missing.en}: the number before it in this book is ${before.en}.`,
      },
    };
  });
}
