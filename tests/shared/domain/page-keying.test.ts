import { describe, expect, it } from 'vitest';
import type { Entry, FieldValue } from '../../../shared/domain/entry.ts';
import { addKeying, pageKeyingOf, pageKeyingStatus } from '../../../shared/domain/page-keying.ts';

const doubtful: FieldValue = { value: 'Kiểu', raw: 'Kiểu', source: 'ocr', confidence: 62, lowConfidence: true };
const entry = (status: Entry['status'], fields: Record<string, FieldValue> = {}): Pick<Entry, 'kind' | 'status' | 'fields'> => ({ kind: 'birth', status, fields });

describe('pageKeyingOf and pageKeyingStatus', () => {
  it('says a page is to check while a draft holds a doubtful reading nobody checked', () => {
    const keying = pageKeyingOf([entry('draft', { 'child.fullName': doubtful, 'father.fullName': doubtful }), entry('verified')]);
    expect(keying).toEqual({ entries: 2, unchecked: 2, drafts: 1, verified: 1, synced: 0, attention: 0 });
    expect(pageKeyingStatus(keying)).toBe('to-check');
  });

  it('follows the entries, not the reading: checked, then verified, then synced', () => {
    expect(pageKeyingStatus(pageKeyingOf([entry('draft', { 'child.fullName': { ...doubtful, confirmed: true } })]))).toBe('keyed');
    expect(pageKeyingStatus(pageKeyingOf([entry('verified'), entry('queued'), entry('synced')]))).toBe('verified');
    expect(pageKeyingStatus(pageKeyingOf([entry('synced'), entry('synced')]))).toBe('synced');
    expect(pageKeyingStatus(pageKeyingOf([entry('synced'), entry('attention')]))).toBe('attention');
    expect(pageKeyingStatus(pageKeyingOf([]))).toBe('empty');
  });

  it('does not count what a verification left unchecked as still to check', () => {
    expect(pageKeyingOf([entry('verified', { 'child.fullName': doubtful })]).unchecked).toBe(0);
  });

  it('adds the tallies of one page entry by entry', () => {
    const a = pageKeyingOf([entry('draft', { 'child.fullName': doubtful })]);
    const b = pageKeyingOf([entry('synced')]);
    expect(addKeying(undefined, a)).toBe(a);
    expect(addKeying(a, b)).toEqual(pageKeyingOf([entry('draft', { 'child.fullName': doubtful }), entry('synced')]));
  });
});
