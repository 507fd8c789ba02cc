import { describe, expect, it } from 'vitest';
import type { Book, Entry } from '../../../shared/domain/entry.ts';
import { entryPayload } from '../../../shared/sync/entry-payload.ts';
import { batchItemSchema, itemErrors } from '../../../shared/sync/protocol.ts';

const book: Book = { id: '01900000-0000-7000-8000-0000000000b1', kind: 'birth', templateId: 'birth-form', communeAsWritten: 'xã Thạnh Trị', volume: '06', yearFrom: 2003, yearTo: 2003, createdAt: '2026-11-23T00:00:00Z' };
const place = { status: 'auto' as const, versionKey: 'then', path: 'Xã Thạnh Trị', date: '2003', needsChoice: false, packVersion: '2025.07.01', successors: [{ key: 'today', path: 'Xã Bình Hiệp', share: 'whole' as const }] };
const entry: Entry = {
  id: '01900000-0000-7000-8000-0000000000e1', bookId: book.id, pageId: 'a'.repeat(64), kind: 'birth', entryNo: '390', status: 'verified', revision: 4, updatedAt: '', updatedBy: 'x', warnings: [],
  fields: {
    'child.fullName': { value: 'Hoàng Văn Sỹ Thực', raw: 'Hoa\u0300ng Văn Sỹ Thực', source: 'ocr', confidence: 95, box: { x: 1, y: 2, width: 3, height: 4 }, lowConfidence: true },
    'child.birthPlace': { value: 'xã Thạnh Trị', raw: 'xã Thạnh Trị', source: 'typed', place },
    'child.hometown': { value: '', raw: '', source: 'typed', mark: 'illegible' },
    'child.ethnicity': { value: '', raw: '', source: 'typed' },
  },
};

describe('entryPayload', () => {
  it('sends what the entry says, in NFC, and not how it was read', () => {
    const item = entryPayload(entry, book, '01900000-0000-7000-8000-000000000001');
    expect(batchItemSchema.safeParse(item).success).toBe(true);
    expect(itemErrors(item)).toEqual([]);
    expect(item).toMatchObject({ entryId: entry.id, revision: 4, kind: 'birth', pageSha256: 'a'.repeat(64), book: { id: book.id, volume: '06' } });
    expect(item.fields['child.fullName']).toEqual({ value: 'Hoàng Văn Sỹ Thực', raw: 'Hoàng Văn Sỹ Thực', source: 'ocr' });
    expect(item.fields['child.hometown']).toEqual({ value: '', raw: '', source: 'typed', mark: 'illegible' });
    expect(item.fields['child.ethnicity']).toBeUndefined();
  });

  it('sends a place as the unit of then and of today, the one chosen when it was split', () => {
    expect(entryPayload(entry, book, 'x').fields['child.birthPlace']?.place).toEqual({ versionKey: 'then', todayKey: 'today', packVersion: '2025.07.01' });
    const split = { ...place, needsChoice: true, successors: [{ key: 'a', path: 'A', share: 'partial' as const }, { key: 'b', path: 'B', share: 'partial' as const }] };
    const unchosen = { ...entry, fields: { ...entry.fields, 'child.birthPlace': { ...entry.fields['child.birthPlace']!, place: split } } };
    expect(entryPayload(unchosen, book, 'x').fields['child.birthPlace']?.place).toEqual({ versionKey: 'then', packVersion: '2025.07.01' });
    const chosen = { ...entry, fields: { ...entry.fields, 'child.birthPlace': { ...entry.fields['child.birthPlace']!, place: { ...split, chosenSuccessor: 'b' } } } };
    expect(entryPayload(chosen, book, 'x').fields['child.birthPlace']?.place?.todayKey).toBe('b');
  });

  it('sends no page for an entry keyed without one', () => {
    expect(entryPayload({ ...entry, pageId: null }, book, 'x').pageSha256).toBeNull();
  });
});
