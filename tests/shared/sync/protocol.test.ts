import { describe, expect, it } from 'vitest';
import { batchItemSchema, batchRequestSchema, canonicalPayload, isWithdrawal, itemErrors, type EntryItem } from '../../../shared/sync/protocol.ts';

const field = (value: string) => ({ value, raw: value, source: 'typed' as const });
const item: EntryItem = {
  opId: '01900000-0000-7000-8000-000000000001',
  entryId: '01900000-0000-7000-8000-0000000000e1',
  revision: 3,
  kind: 'birth',
  fields: { 'child.fullName': field('Hoàng Văn Sỹ Thực'), 'registration.number': field('390') },
  pageSha256: 'a'.repeat(64),
  book: { id: '01900000-0000-7000-8000-0000000000b1', kind: 'birth', communeAsWritten: 'xã Thạnh Trị', volume: '06', yearFrom: 2003, yearTo: 2003 },
};

describe('the batch schemas', () => {
  it('take a well-formed item and refuse what is not one', () => {
    expect(batchItemSchema.safeParse(item).success).toBe(true);
    expect(batchItemSchema.safeParse({ ...item, opId: 'not-a-uuid' }).success).toBe(false);
    expect(batchItemSchema.safeParse({ ...item, revision: 0 }).success).toBe(false);
    expect(batchItemSchema.safeParse({ ...item, extra: 1 }).success).toBe(false);
    expect(batchItemSchema.safeParse({ ...item, fields: { 'child.fullName': { value: 'A', raw: 'A', source: 'guessed' } } }).success).toBe(false);
    expect(batchRequestSchema.safeParse({ items: [] }).success).toBe(false);
  });

  it('take a withdrawal with a reason, and refuse one without, or one that mixes in an entry\'s fields', () => {
    const withdrawal = { opId: item.opId, action: 'withdraw', entryId: item.entryId, revision: 4, reason: 'Trùng' };
    const parsed = batchItemSchema.safeParse(withdrawal);
    expect(parsed.success && isWithdrawal(parsed.data)).toBe(true);
    expect(isWithdrawal(item)).toBe(false);
    expect(batchItemSchema.safeParse({ ...withdrawal, reason: '' }).success).toBe(false);
    expect(batchItemSchema.safeParse({ ...withdrawal, action: 'delete' }).success).toBe(false);
    expect(batchItemSchema.safeParse({ ...withdrawal, fields: item.fields }).success).toBe(false);
  });
});

describe('canonicalPayload', () => {
  it('is the same text for the same entry revision whatever the key order or opId, and differs when anything else does', () => {
    const reordered: EntryItem = { book: item.book, pageSha256: item.pageSha256, fields: { 'registration.number': field('390'), 'child.fullName': field('Hoàng Văn Sỹ Thực') }, kind: 'birth', revision: 3, entryId: item.entryId, opId: '01900000-0000-7000-8000-000000000002' };
    expect(canonicalPayload(reordered)).toBe(canonicalPayload(item));
    expect(canonicalPayload({ ...item, revision: 4 })).not.toBe(canonicalPayload(item));
    expect(canonicalPayload({ ...item, fields: { ...item.fields, 'child.sex': field('Nam') } })).not.toBe(canonicalPayload(item));
    expect(canonicalPayload(item)).not.toContain('opId');
  });
});

describe('itemErrors', () => {
  it('finds nothing wrong with a sound item', () => {
    expect(itemErrors(item)).toEqual([]);
  });

  it('names each thing the server refuses, in both languages', () => {
    const bad: EntryItem = {
      ...item,
      book: { ...item.book, kind: 'death' },
      fields: { 'child.fullName': field(''), 'deceased.fullName': field('X'), 'registration.number': { value: '390', raw: 'Hoa\u0300ng', source: 'typed' } },
    };
    expect(itemErrors(bad).map((e) => [e.field, e.code])).toEqual([
      ['kind', 'kind-differs'],
      ['deceased.fullName', 'unknown-field'],
      ['registration.number', 'not-nfc'],
      ['child.fullName', 'required'],
    ]);
    expect(itemErrors(bad)[3]?.message).toEqual({ vi: 'Họ và tên: bắt buộc.', en: 'Full name: required.' });
  });

  it('takes a name the register leaves blank when it is marked so', () => {
    expect(itemErrors({ ...item, fields: { 'child.fullName': { value: '', raw: '', source: 'typed', mark: 'blank' } } })).toEqual([]);
  });
});
