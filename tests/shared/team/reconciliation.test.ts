import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../shared/domain/entry.ts';
import { decidedFieldValue, fieldKey, reconcileEntry, type Decision, type Keying } from '../../../shared/team/reconciliation.ts';

const context = { today: '2026-12-03', registerYears: { from: 1985, to: 1985 } };
const typed = (value: string): FieldValue => ({ value, raw: value, source: 'typed' });
const keying = (field: string, value: string): Keying => ({ id: fieldKey('e1', field), bookId: 'b', batchId: 't', entryId: 'e1', field, value, by: 'opB', at: 'x' });
const keyFields = ['child.fullName', 'child.birthDate', 'registration.number'];

describe('reconciling an entry\'s two passes', () => {
  it('waits for pass B, accepts equal values, and sends different ones to a checker', () => {
    const entry = { id: 'e1', kind: 'birth' as const, fields: { 'child.fullName': typed('Lê Thị Hoà'), 'child.birthDate': typed('05/03/1985'), 'registration.number': typed('12') } };
    const keyings = new Map([keying('child.fullName', 'LÊ THỊ HÒA'), keying('child.birthDate', '5/3/85')].map((k) => [k.id, k]));
    expect(reconcileEntry(entry, keyFields, keyings, new Map(), context)).toEqual({
      fields: { 'child.fullName': 'agreed', 'child.birthDate': 'agreed', 'registration.number': 'waiting' },
      settled: false,
      waiting: 1,
      differs: 0,
    });
    keyings.set(fieldKey('e1', 'registration.number'), keying('registration.number', '17'));
    expect(reconcileEntry(entry, keyFields, keyings, new Map(), context)).toMatchObject({ settled: false, differs: 1, fields: { 'registration.number': 'differs' } });
  });

  it('holds a decision while both passes still say what it settled; keying again reopens the field', () => {
    const b = keying('registration.number', '17');
    const decision: Decision = { id: b.id, bookId: 'b', batchId: 't', entryId: 'e1', field: 'registration.number', a: { value: '12' }, b: { value: '17' }, chosen: { value: '11' }, choice: 'typed', by: 'checker', at: 'y' };
    const entry = { id: 'e1', kind: 'birth' as const, fields: { 'registration.number': typed('11') } };
    const decisions = new Map([[decision.id, decision]]);
    expect(reconcileEntry(entry, ['registration.number'], new Map([[b.id, b]]), decisions, context)).toMatchObject({ settled: true, fields: { 'registration.number': 'decided' } });
    const again = keying('registration.number', '18');
    expect(reconcileEntry(entry, ['registration.number'], new Map([[again.id, again]]), decisions, context)).toMatchObject({ settled: false, fields: { 'registration.number': 'differs' } });
    const changedA = { ...entry, fields: { 'registration.number': typed('13') } };
    expect(reconcileEntry(changedA, ['registration.number'], new Map([[b.id, b]]), decisions, context)).toMatchObject({ fields: { 'registration.number': 'differs' } });
  });
});

describe('the field a decision leaves', () => {
  it('keeps a value unchanged as it was, makes a changed one a correction where OCR read it, and keeps marks and blanks', () => {
    const read: FieldValue = { value: 'Lê Văn An', raw: 'Lê Văn An', source: 'ocr', confidence: 0.9, box: { x: 1, y: 2, width: 3, height: 4 } };
    expect(decidedFieldValue(read, { value: 'Lê  Văn An' })).toBe(read);
    expect(decidedFieldValue(read, { value: 'Lê Văn Ân' })).toEqual({ value: 'Lê Văn Ân', raw: 'Lê Văn Ân', source: 'corrected', box: read.box });
    expect(decidedFieldValue(undefined, { value: '17' })).toEqual({ value: '17', raw: '17', source: 'typed' });
    expect(decidedFieldValue(read, { value: '', mark: 'illegible' })).toEqual({ value: '', raw: '', source: 'typed', mark: 'illegible' });
    expect(decidedFieldValue(read, { value: '  ' })).toBeNull();
  });
});
