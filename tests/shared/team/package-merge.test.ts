// Merging a result: what changed only there is taken, what changed here too is listed, not overwritten;
// a result merged again plans nothing. Pass B's package shows where a field was read, never its value.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/entry.ts';
import { blindEntry, planEntryMerge, planKeyingMerge, type MergeBase } from '../../../shared/team/package-merge.ts';
import type { Keying } from '../../../shared/team/reconciliation.ts';

function entry(id: string, revision: number, name: string, updatedAt = `2026-12-0${revision}T00:00:00.000Z`): Entry {
  return { id, bookId: 'b', pageId: 'p', kind: 'birth', entryNo: '1', fields: { 'child.fullName': { value: name, raw: name, source: 'typed' } }, status: 'draft', revision, updatedAt, updatedBy: 'x', warnings: [] };
}

const byId = (...entries: Entry[]) => new Map(entries.map((e) => [e.id, e]));
const kinds = (plan: ReturnType<typeof planEntryMerge>) => plan.map((step) => [step.kind, (step.kind === 'add' ? step.theirs : step.kind === 'take' || step.kind === 'delete' ? step.ours : (step.ours ?? step.theirs)!).id]);

describe('planEntryMerge', () => {
  const base: MergeBase = { a: { theirs: 1, ours: 1 }, b: { theirs: 1, ours: 1 }, c: { theirs: 1, ours: 1 }, d: { theirs: 1, ours: 1 } };

  it('takes what changed there only, adds what was made there, deletes what was deleted there only', () => {
    const ours = byId(entry('a', 1, 'An'), entry('b', 1, 'Bình'), entry('c', 1, 'Chi'), entry('d', 1, 'Dũng'));
    const theirs = [entry('a', 2, 'Ân'), entry('b', 1, 'Bình'), entry('c', 1, 'Chi'), entry('new', 1, 'Em')];
    expect(kinds(planEntryMerge(ours, base, theirs))).toEqual([['take', 'a'], ['add', 'new'], ['delete', 'd']]);
  });

  it('lists, and never takes, an entry changed on both PCs or deleted on one and changed on the other', () => {
    const ours = byId(entry('a', 2, 'An (sửa ở đây)'), entry('b', 1, 'Bình'), entry('d', 3, 'Dũng (sửa)'));
    const theirs = [entry('a', 2, 'Ân (sửa ở kia)', '2026-12-09T00:00:00.000Z'), entry('b', 1, 'Bình'), entry('c', 2, 'Chi (sửa)')];
    expect(kinds(planEntryMerge(ours, base, theirs))).toEqual([['conflict', 'a'], ['conflict', 'c'], ['conflict', 'd']]);
  });

  it('plans nothing for a result merged already, nor for entries only this PC has', () => {
    const theirs = [entry('a', 2, 'Ân')];
    const merged = byId(entry('a', 3, 'Ân'), entry('mine', 1, 'Giang'));
    expect(planEntryMerge(merged, { a: { theirs: 2, ours: 3 } }, theirs)).toEqual([]);
    expect(planEntryMerge(byId(entry('a', 2, 'Ân')), {}, theirs)).toEqual([]);
  });
});

describe('planKeyingMerge', () => {
  const keying = (id: string, value: string, by: string, at: string): Keying => ({ id, bookId: 'b', batchId: 'batch', entryId: id.split('|')[0]!, field: 'child.fullName', value, by, at });

  it('adds new keyings, takes the same person\'s later one, lists another person\'s, and names keyings of entries gone', () => {
    const ours = new Map([['a|f', keying('a|f', 'An', 'minh', '1')], ['b|f', keying('b|f', 'Bình', 'lan', '1')], ['c|f', keying('c|f', 'Chi', 'minh', '1')]]);
    const theirs = [keying('a|f', 'Ân', 'minh', '2'), keying('b|f', 'Binh', 'minh', '2'), keying('c|f', 'Chi', 'minh', '1'), keying('d|f', 'Dũng', 'minh', '2'), keying('gone|f', 'X', 'minh', '2')];
    const plan = planKeyingMerge(new Set(['a', 'b', 'c', 'd']), ours, theirs);
    expect(plan.map((step) => [step.kind, step.theirs.id])).toEqual([['take', 'a|f'], ['conflict', 'b|f'], ['add', 'd|f'], ['orphan', 'gone|f']]);
  });
});

describe('blindEntry', () => {
  it('keeps where each field was read and drops every value, OCR reading and pass A mark', () => {
    const box = { x: 1, y: 2, width: 3, height: 4 };
    const keyed: Entry = {
      ...entry('a', 3, 'Lê Văn An'),
      entryNo: '12',
      fields: { 'child.fullName': { value: 'Lê Văn An', raw: 'Lê Văn An', source: 'corrected' }, 'registration.number': { value: '12', raw: '12', source: 'ocr', box } },
      read: { 'child.fullName': { value: 'Lê Văn Au', raw: 'Lê Văn Au', source: 'ocr', box } },
      passA: { by: 'lan', at: 'x' },
    };
    const blind = blindEntry(keyed);
    expect(JSON.stringify(blind)).not.toMatch(/Lê|12"|Au|lan/);
    expect(blind.fields).toEqual({ 'child.fullName': { value: '', raw: '', source: 'corrected', box }, 'registration.number': { value: '', raw: '', source: 'ocr', box } });
  });
});
