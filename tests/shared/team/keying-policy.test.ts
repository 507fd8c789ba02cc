import { describe, expect, it } from 'vitest';
import { defaultKeyFields, keyFieldsOf } from '../../../shared/team/keying-policy.ts';

describe('keying policy', () => {
  it('takes names, dates, ID numbers and the registration number and book as key fields by default', () => {
    const birth = defaultKeyFields('birth');
    for (const key of ['child.fullName', 'child.birthDate', 'child.personalId', 'father.fullName', 'father.birthYear', 'mother.fullName', 'registration.number', 'registration.book', 'registration.date']) {
      expect(birth).toContain(key);
    }
    for (const key of ['child.sex', 'child.birthPlace', 'child.ethnicity', 'registration.notes']) expect(birth).not.toContain(key);
    expect(defaultKeyFields('marriage')).toContain('wife.idDocument');
  });

  it('gives a double-keyed book its chosen fields in form order, unknown ones dropped; none for OCR + verification', () => {
    expect(keyFieldsOf('birth', { mode: 'double', keyFields: ['registration.number', 'nope', 'child.fullName'] })).toEqual(['child.fullName', 'registration.number']);
    expect(keyFieldsOf('birth', { mode: 'ocr-verify' })).toEqual([]);
  });
});
