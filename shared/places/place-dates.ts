// Dates as the place table uses them: ISO days, half-open intervals, and what a register's date covers
// when it names only a year or a month.
import type { UnitVersion } from './place-table.ts';

/** A day range [from, to): a date written as a year or a month covers all its days. */
export interface DateSpan {
  from: string;
  to: string;
}

export function spanOfDate(date: string): DateSpan | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] === undefined ? null : Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  if (month === null) return { from: `${m[1]}-01-01`, to: `${year + 1}-01-01` };
  if (month < 1 || month > 12) return null;
  if (day === null) return { from: `${m[1]}-${m[2]}-01`, to: iso(new Date(Date.UTC(year, month, 1))) };
  const start = new Date(Date.UTC(year, month - 1, day));
  if (start.getUTCMonth() !== month - 1) return null;
  return { from: iso(start), to: iso(new Date(Date.UTC(year, month - 1, day + 1))) };
}

export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export function overlaps(version: UnitVersion, span: DateSpan): boolean {
  return (version.validFrom === null || version.validFrom < span.to) && (version.validTo === null || version.validTo > span.from);
}

/** The first day of the span on which the version is in force (or the span's first day if never). */
export function dayWithin(version: UnitVersion, span: DateSpan): string {
  return version.validFrom !== null && version.validFrom > span.from && version.validFrom < span.to ? version.validFrom : span.from;
}
