// What a result brought back does to the book on the supervisor's PC. Nothing the book holds is
// overwritten unless it is as it was when the package left: where both PCs changed an entry (or a keying),
// the difference is listed for the supervisor to decide, and the book keeps its own until they do.
import type { Entry } from '../domain/entry.ts';
import type { Keying } from './reconciliation.ts';

/**
 * Per entry of a batch sent in a package: its revision on the operator's PC (`theirs`) and here (`ours`)
 * when the two last agreed: when the package left, then after each result merged.
 */
export type MergeBase = Record<string, { theirs: number; ours: number }>;

export type EntryMerge =
  /** made on the operator's PC */
  | { kind: 'add'; theirs: Entry }
  /** changed there, unchanged here */
  | { kind: 'take'; ours: Entry; theirs: Entry }
  /** deleted there, unchanged here */
  | { kind: 'delete'; ours: Entry }
  /** both PCs changed it (or one deleted it while the other changed it): the supervisor decides */
  | { kind: 'conflict'; ours: Entry | null; theirs: Entry | null };

const sameRevision = (a: Entry, b: Entry) => a.revision === b.revision && a.updatedAt === b.updatedAt && a.updatedBy === b.updatedBy;

/**
 * The changes a pass A result makes: `ours` are the book's entries on the batch's pages (and any other the
 * result names), `theirs` the result's. Entries the result leaves as they were, and entries only this PC
 * has, are not in the plan: merging the same result twice plans nothing the second time.
 */
export function planEntryMerge(ours: ReadonlyMap<string, Entry>, base: MergeBase, theirs: readonly Entry[]): EntryMerge[] {
  const plan: EntryMerge[] = [];
  const theirIds = new Set<string>();
  for (const entry of theirs) {
    theirIds.add(entry.id);
    const known = base[entry.id];
    const here = ours.get(entry.id) ?? null;
    const changedThere = !known || entry.revision !== known.theirs;
    if (!changedThere) continue;
    if (!here) {
      plan.push(known ? { kind: 'conflict', ours: null, theirs: entry } : { kind: 'add', theirs: entry });
      continue;
    }
    if (sameRevision(here, entry)) continue;
    const changedHere = !known || here.revision !== known.ours;
    plan.push(changedHere ? { kind: 'conflict', ours: here, theirs: entry } : { kind: 'take', ours: here, theirs: entry });
  }
  for (const [id, known] of Object.entries(base)) {
    if (theirIds.has(id)) continue;
    const here = ours.get(id);
    if (!here) continue;
    plan.push(here.revision === known.ours ? { kind: 'delete', ours: here } : { kind: 'conflict', ours: here, theirs: null });
  }
  return plan;
}

export type KeyingMerge =
  | { kind: 'add'; theirs: Keying }
  /** the same person keyed the field again there, later than the keying here */
  | { kind: 'take'; ours: Keying; theirs: Keying }
  /** this PC holds another person's keying of the field, or a later one */
  | { kind: 'conflict'; ours: Keying; theirs: Keying }
  /** the entry is no longer in the book here: the keying has nothing to settle */
  | { kind: 'orphan'; theirs: Keying };

const sameKeyingRecord = (a: Keying, b: Keying) => a.value === b.value && a.mark === b.mark && a.by === b.by && a.at === b.at;

/** The changes a pass B result makes; keyings already here as they are in the result plan nothing. */
export function planKeyingMerge(entryIds: ReadonlySet<string>, ours: ReadonlyMap<string, Keying>, theirs: readonly Keying[]): KeyingMerge[] {
  const plan: KeyingMerge[] = [];
  for (const keying of theirs) {
    const here = ours.get(keying.id);
    if (here && sameKeyingRecord(here, keying)) continue;
    if (!entryIds.has(keying.entryId)) plan.push({ kind: 'orphan', theirs: keying });
    else if (!here) plan.push({ kind: 'add', theirs: keying });
    else if (here.by === keying.by && keying.at > here.at) plan.push({ kind: 'take', ours: here, theirs: keying });
    else plan.push({ kind: 'conflict', ours: here, theirs: keying });
  }
  return plan;
}

/** The entries a package carries for pass B: where each field was read, never what it says. */
export function blindEntry(entry: Entry): Entry {
  const fields: Entry['fields'] = {};
  for (const [key, field] of Object.entries(entry.fields)) {
    const box = entry.read?.[key]?.box ?? field.box;
    fields[key] = { value: '', raw: '', source: field.source, ...(box ? { box } : {}) };
  }
  const { read: _read, passA: _passA, ...rest } = entry;
  return { ...rest, entryNo: '', fields, warnings: [] };
}
