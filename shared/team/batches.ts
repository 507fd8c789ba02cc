// A book split for a team: each batch is a run of its pages, keyed by one operator (pass A) and, under
// double keying, typed blind by another (pass B). Differences go to a checker who keyed neither pass.
import { AppError } from '../api/app-error.ts';
import type { Profile } from './profile.ts';
import type { KeyingPolicy } from './keying-policy.ts';
import { may } from './roles.ts';
import type { MergeBase } from './package-merge.ts';

export type Pass = 'A' | 'B';

export interface Batch {
  id: string;
  bookId: string;
  /** 1, 2, … within the book, in page order */
  number: number;
  /** its pages, in book order when it was made */
  pageIds: string[];
  passA: string | null;
  passB: string | null;
  createdAt: string;
  createdBy: string;
  /** on the supervisor's PC: the passes sent to another PC in a work package */
  sent?: Partial<Record<Pass, SentPass>>;
  /** on the operator's PC: the batch came in a work package, for one pass */
  received?: ReceivedBatch;
}

export interface SentPass {
  packageId: string;
  at: string;
  to: string;
  /** where the batch's entries stood when the package left, then after each result merged */
  base: MergeBase;
}

export interface ReceivedBatch {
  packageId: string;
  pass: Pass;
  at: string;
  /** who sent it */
  from: string;
  /** the entries it carried: those missing from the result were deleted here */
  entryIds: string[];
}

export type BatchSplit =
  | { mode: 'size'; pagesPerBatch: number }
  /** page numbers (the book's sequence, 1-based), both ends included */
  | { mode: 'ranges'; ranges: { from: number; to: number }[] };

export interface SplitPage {
  id: string;
  sequence: number;
}

/**
 * The pages of each new batch. Only pages in no batch yet are split; a range that names no such page, runs
 * backwards or overlaps another is refused, with nothing made.
 */
export function splitPages(pages: readonly SplitPage[], batched: ReadonlySet<string>, split: BatchSplit): string[][] {
  const free = [...pages].filter((page) => !batched.has(page.id)).sort((a, b) => a.sequence - b.sequence);
  if (free.length === 0) throw AppError.of('batch-no-pages');
  if (split.mode === 'size') {
    const size = Math.floor(split.pagesPerBatch);
    if (!(size >= 1)) throw AppError.of('batch-size', { size: split.pagesPerBatch });
    const batches: string[][] = [];
    for (let start = 0; start < free.length; start += size) batches.push(free.slice(start, start + size).map((page) => page.id));
    return batches;
  }
  const ordered = [...split.ranges].sort((a, b) => a.from - b.from);
  const batches: string[][] = [];
  let previous: { from: number; to: number } | null = null;
  for (const range of ordered) {
    if (!Number.isInteger(range.from) || !Number.isInteger(range.to) || range.from < 1 || range.to < range.from) {
      throw AppError.of('batch-range', { from: range.from, to: range.to });
    }
    if (previous && range.from <= previous.to) {
      throw AppError.of('batch-range-overlap', { first: `${previous.from}–${previous.to}`, second: `${range.from}–${range.to}` });
    }
    const inRange = free.filter((page) => page.sequence >= range.from && page.sequence <= range.to).map((page) => page.id);
    if (inRange.length === 0) throw AppError.of('batch-range-empty', { from: range.from, to: range.to });
    batches.push(inRange);
    previous = range;
  }
  return batches;
}

/** Why a person may not take a pass of a batch, or null when they may. */
export function assignmentProblem(batch: Pick<Batch, 'passA' | 'passB'>, pass: Pass, person: Profile, policy: KeyingPolicy): AppError | null {
  if (person.retiredAt !== undefined) return AppError.of('assign-retired', { name: person.fullName });
  if (!may(person.role, 'key')) return AppError.of('assign-role', { name: person.fullName });
  if (pass === 'B' && policy.mode !== 'double') return AppError.of('assign-no-pass-b');
  const other = pass === 'A' ? batch.passB : batch.passA;
  // the two passes are worth two only when two people keyed them
  if (other === person.id) return AppError.of('assign-same-person', { name: person.fullName });
  return null;
}

/**
 * Whether a person may settle the differences of a batch: a checker or supervisor who keyed neither pass,
 * on the PC that holds both passes (a batch received in a work package has only one of them).
 */
export function mayArbitrate(person: Profile, batch: Pick<Batch, 'passA' | 'passB' | 'received'>): boolean {
  return batch.received === undefined && person.retiredAt === undefined && may(person.role, 'arbitrate') && person.id !== batch.passA && person.id !== batch.passB;
}

/**
 * Page ranges as a supervisor types them: "1-10, 11-20; 25" (a dash or an en dash, commas, semicolons or
 * spaces between ranges). Null when the text is not ranges at all.
 */
export function parsePageRanges(text: string): { from: number; to: number }[] | null {
  const range = /(\d{1,5})(?:\s*[-–]\s*(\d{1,5}))?/g;
  // anything but ranges and their separators makes it not ranges
  if (text.replace(range, '').replace(/[\s,;]/g, '') !== '') return null;
  const ranges = [...text.matchAll(range)].map((match) => {
    const from = Number(match[1]);
    return { from, to: match[2] === undefined ? from : Number(match[2]) };
  });
  return ranges.length > 0 ? ranges : null;
}
