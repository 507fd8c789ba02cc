// Dates as registers write them. Old books often know only a month or a year, so a date carries its
// precision, and comparisons say "cannot tell" rather than guess. Day first, always: Vietnamese
// registers never write month/day.
import type { DatePrecision } from './entry.ts';
import type { LocalizedText } from './record-kinds.ts';
import { cleanText } from '../text/normalize.ts';
import { searchKey } from '../text/search-key.ts';

export interface PartialDate {
  precision: DatePrecision;
  year?: number;
  month?: number;
  day?: number;
}

export interface YearRange {
  from: number;
  to: number;
}

export interface DateContext {
  /** the years the register covers, to resolve two-digit years */
  registerYears?: YearRange;
  /** today, as YYYY-MM-DD: the latest year a two-digit year may stand for without register years */
  today: string;
}

export type DateParse =
  | { ok: true; date: PartialDate; display: string; warning?: LocalizedText }
  | { ok: false; reason: 'unreadable' | 'impossible'; message: LocalizedText };

const unknownKeys = new Set(['khong ro', 'kr', 'k r', 'chua ro', 'unknown']);

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatPartialDate(date: PartialDate): string {
  switch (date.precision) {
    case 'day': return `${pad(date.day!)}/${pad(date.month!)}/${date.year}`;
    case 'month': return `${pad(date.month!)}/${date.year}`;
    case 'year': return String(date.year);
    case 'unknown': return 'không rõ';
  }
}

/** The latest century that does not put the year after the register (dates are never after their entry). */
export function resolveTwoDigitYear(yy: number, context: DateContext): { year: number; guessed: boolean } {
  const limit = context.registerYears?.to ?? Number(context.today.slice(0, 4));
  let year = Math.floor(limit / 100) * 100 + yy;
  if (year > limit) year -= 100;
  return { year, guessed: context.registerYears === undefined };
}

function unreadable(text: string): DateParse {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return {
    ok: false,
    reason: 'unreadable',
    message: {
      vi: `Không đọc được ngày "${shown}". Hãy ghi dạng ngày/tháng/năm (12/03/1987), tháng/năm, năm, hoặc "không rõ".`,
      en: `Cannot read the date "${shown}". Write day/month/year (12/03/1987), month/year, a year, or "không rõ".`,
    },
  };
}

function build(day: number | undefined, month: number | undefined, yearText: string, context: DateContext, original: string): DateParse {
  let year = Number(yearText);
  let warning: LocalizedText | undefined;
  if (yearText.length === 2) {
    const resolved = resolveTwoDigitYear(year, context);
    year = resolved.year;
    if (resolved.guessed) {
      warning = {
        vi: `Năm viết tắt "${yearText}" được hiểu là ${year}; hãy kiểm tra lại.`,
        en: `The short year "${yearText}" was read as ${year}; please check.`,
      };
    }
  } else if (yearText.length !== 4) {
    return unreadable(original);
  }
  if (month !== undefined && (month < 1 || month > 12)) {
    const swapped = day !== undefined && day >= 1 && day <= 12 && month <= daysInMonth(year, day);
    return {
      ok: false,
      reason: 'impossible',
      message: {
        vi: `Tháng ${month} không tồn tại${swapped ? ` (có phải ngày ${pad(month)}/${pad(day)}/${year}?)` : ''}.`,
        en: `There is no month ${month}${swapped ? ` (did you mean ${pad(month)}/${pad(day)}/${year}?)` : ''}.`,
      },
    };
  }
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return {
      ok: false,
      reason: 'impossible',
      message: {
        vi: `Ngày ${day}/${month}/${year} không tồn tại: tháng ${month} năm ${year} có ${daysInMonth(year, month)} ngày.`,
        en: `${day}/${month}/${year} does not exist: month ${month} of ${year} has ${daysInMonth(year, month)} days.`,
      },
    };
  }
  const date: PartialDate = day !== undefined ? { precision: 'day', year, month, day } : month !== undefined ? { precision: 'month', year, month } : { precision: 'year', year };
  return warning ? { ok: true, date, display: formatPartialDate(date), warning } : { ok: true, date, display: formatPartialDate(date) };
}

/** Reads what clerks and OCR write: 12/3/1987, 12-03-1987, 12.03.87, "ngày 12 tháng 3 năm 1987", 3/1987, 1987, "không rõ". */
export function parseDate(text: string, context: DateContext): DateParse | null {
  if (cleanText(text).trim() === '') return null;
  const key = searchKey(text);
  if (unknownKeys.has(key) || /^\?+$/.test(text.trim())) return { ok: true, date: { precision: 'unknown' }, display: 'không rõ' };

  const words = /^(?:ngai (\d{1,2}) )?(?:thang (\d{1,2}) )?nam (\d{2}|\d{4})$/.exec(key);
  if (words) {
    if (words[1] !== undefined && words[2] === undefined) return unreadable(text);
    return build(words[1] === undefined ? undefined : Number(words[1]), words[2] === undefined ? undefined : Number(words[2]), words[3]!, context, text);
  }

  const compact = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(compact);
  if (iso) return build(Number(iso[3]), Number(iso[2]), iso[1]!, context, text);
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/.exec(compact);
  if (dmy) return build(Number(dmy[1]), Number(dmy[2]), dmy[3]!, context, text);
  const my = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(compact);
  if (my) return build(undefined, Number(my[1]), my[2]!, context, text);
  const y = /^(\d{4})$/.exec(compact);
  if (y) return build(undefined, undefined, y[1]!, context, text);
  return unreadable(text);
}

/** Earliest and latest day a partial date can stand for, as comparable numbers (yyyymmdd). */
export function dateBounds(date: PartialDate): { min: number; max: number } | null {
  if (date.precision === 'unknown' || date.year === undefined) return null;
  const y = date.year * 10_000;
  if (date.precision === 'year') return { min: y + 101, max: y + 1231 };
  const m = date.month! * 100;
  if (date.precision === 'month') return { min: y + m + 1, max: y + m + daysInMonth(date.year, date.month!) };
  return { min: y + m + date.day!, max: y + m + date.day! };
}

/** -1, 0 or 1 when the order is certain whatever the missing parts are; null when it cannot be told. */
export function compareDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 | null {
  const x = dateBounds(a);
  const y = dateBounds(b);
  if (!x || !y) return null;
  if (x.max < y.min) return -1;
  if (x.min > y.max) return 1;
  if (x.min === x.max && y.min === y.max && x.min === y.min) return 0;
  return null;
}

/** The range of full years of age on a day, given what is known of both dates. */
export function ageRange(birth: PartialDate, on: PartialDate): { min: number; max: number } | null {
  const b = dateBounds(birth);
  const o = dateBounds(on);
  if (!b || !o) return null;
  const fullYears = (from: number, to: number) => Math.floor(to / 10_000) - Math.floor(from / 10_000) - (to % 10_000 < from % 10_000 ? 1 : 0);
  return { min: fullYears(b.max, o.min), max: fullYears(b.min, o.max) };
}

export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** YYYY-MM-DD, YYYY-MM or YYYY as precise as the date is; null for an unknown date. */
export function partialDateToIso(date: PartialDate): string | null {
  if (date.year === undefined) return null;
  if (date.month === undefined) return String(date.year);
  return date.day === undefined ? `${date.year}-${pad(date.month)}` : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function isoToPartialDate(iso: string): PartialDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { precision: 'day', year: year!, month: month!, day: day! };
}
