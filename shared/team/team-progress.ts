// How far a book is, and each of its batches and operators, for the supervisor to see at a glance. An entry
// is done once verified (sent or not); under double keying a key field is done once pass B keyed it, and
// one the passes differ on waits for a checker.
import type { Page } from '../domain/entry.ts';
import type { Batch } from './batches.ts';
import type { FieldState } from './reconciliation.ts';

export interface Done {
  done: number;
  toDo: number;
}

export interface Progress {
  pages: number;
  entries: Done;
  /** key fields keyed by pass B, and still to key (none unless double keying) */
  fields: Done;
  /** key fields the passes differ on, waiting for a checker */
  differing: number;
}

/** One person's share: the entries of the batches they key pass A of, the fields of those they key pass B of. */
export interface OperatorProgress {
  /** pages of the batches they hold a pass of */
  pages: number;
  entries: Done;
  fields: Done;
}

export interface TeamProgress {
  book: Progress;
  /** by batch id */
  batches: Map<string, Progress>;
  /** by person id, for those holding a pass of some batch */
  operators: Map<string, OperatorProgress>;
}

const none = (): Done => ({ done: 0, toDo: 0 });

function add(to: Done, more: Done): void {
  to.done += more.done;
  to.toDo += more.toDo;
}

function entriesOf(pages: Iterable<Pick<Page, 'keying'>>): Done {
  const entries = none();
  for (const { keying } of pages) {
    if (!keying) continue;
    const done = keying.verified + keying.synced;
    add(entries, { done, toDo: keying.entries - done });
  }
  return entries;
}

function fieldsOf(fields: readonly { state: FieldState }[]): { fields: Done; differing: number } {
  const waiting = fields.filter(({ state }) => state === 'waiting').length;
  return { fields: { done: fields.length - waiting, toDo: waiting }, differing: fields.filter(({ state }) => state === 'differs').length };
}

/**
 * Progress of a book from its pages, its batches and, by batch id, each batch's key fields over its entries
 * (a batch missing there has none). Pages in no batch count for the book only.
 */
export function teamProgress(
  pages: readonly Pick<Page, 'id' | 'keying'>[],
  batches: readonly Pick<Batch, 'id' | 'pageIds' | 'passA' | 'passB'>[],
  keyFields: ReadonlyMap<string, readonly { state: FieldState }[]>,
): TeamProgress {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const book: Progress = { pages: pages.length, entries: entriesOf(pages), fields: none(), differing: 0 };
  const result: TeamProgress = { book, batches: new Map(), operators: new Map() };
  const operator = (id: string): OperatorProgress => {
    const found = result.operators.get(id) ?? { pages: 0, entries: none(), fields: none() };
    result.operators.set(id, found);
    return found;
  };
  for (const batch of batches) {
    const own = batch.pageIds.map((id) => byId.get(id)).filter((page) => page !== undefined);
    const progress: Progress = { pages: own.length, entries: entriesOf(own), ...fieldsOf(keyFields.get(batch.id) ?? []) };
    result.batches.set(batch.id, progress);
    add(book.fields, progress.fields);
    book.differing += progress.differing;
    if (batch.passA !== null) {
      const a = operator(batch.passA);
      a.pages += progress.pages;
      add(a.entries, progress.entries);
    }
    if (batch.passB !== null) {
      const b = operator(batch.passB);
      b.pages += progress.pages;
      add(b.fields, progress.fields);
    }
  }
  return result;
}
