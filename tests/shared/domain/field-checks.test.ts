import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../shared/domain/entry.ts';
import { isUnchecked, uncheckedFields } from '../../../shared/domain/field-checks.ts';

const doubtful: FieldValue = { value: 'Kiểu', raw: 'Kiểu', source: 'ocr', confidence: 62, lowConfidence: true };

describe('isUnchecked', () => {
  it('is true of a doubtful reading nobody accepted, changed or marked', () => {
    expect(isUnchecked(doubtful)).toBe(true);
    expect(isUnchecked({ ...doubtful, confirmed: true })).toBe(false);
    expect(isUnchecked({ ...doubtful, source: 'corrected' })).toBe(false);
    expect(isUnchecked({ ...doubtful, value: '', raw: '', mark: 'illegible' })).toBe(false);
    expect(isUnchecked({ value: 'Nam', raw: 'Nam', source: 'ocr', confidence: 96 })).toBe(false);
    expect(isUnchecked(undefined)).toBe(false);
  });
});

describe('uncheckedFields', () => {
  it('lists them in the form’s order, whatever order the fields were stored in', () => {
    const fields = { 'registration.date': doubtful, 'child.sex': { value: 'Nam', raw: 'Nam', source: 'ocr' as const }, 'child.fullName': doubtful };
    expect(uncheckedFields('birth', fields)).toEqual(['child.fullName', 'registration.date']);
  });
});
