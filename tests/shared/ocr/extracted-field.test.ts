import { describe, expect, it } from 'vitest';
import { toExtractedFields } from '../../../shared/ocr/extracted-field.ts';
import type { RawField } from '../../../shared/ocr/form-extraction.ts';
import { shippedResolver } from '../../support/places.ts';

const box = { x: 10, y: 10, width: 100, height: 30 };
const read = (raw: string, confidence = 95): RawField => ({ raw, confidence, box, found: true });
const context = { names: { surnames: ['Nguyễn', 'Trần'], givenNames: { male: ['Văn An'], female: [] }, causesOfDeath: [], relations: [] }, placeResolver: shippedResolver(), today: '2026-11-23' };

describe('toExtractedFields', () => {
  it('keeps the raw text, corrects the value, and says when a label was not found', () => {
    const fields = toExtractedFields('birth', {
      'child.sex': read('Nữ.'),
      'child.birthDate': { raw: '', confidence: 0, box: null, found: false },
    }, context);
    expect(fields['child.sex']).toMatchObject({ value: 'Nữ', raw: 'Nữ.', box });
    expect(fields['child.birthDate']).toMatchObject({ value: '', lowConfidence: true, flags: [{ code: 'not-found' }] });
  });

  it('reads places on the entry\'s registration date, not today\'s units', () => {
    const fields = toExtractedFields('birth', {
      'child.birthPlace': read('xã Hồng Phú, huyện Chương Mỹ, thành phố Hà Nội'),
      'registration.date': read('28/03/2014'),
    }, context);
    expect(fields['child.birthPlace']!.place).toMatchObject({ status: 'auto', date: '2014-03-28' });
    expect(Object.keys(fields)).toEqual(['child.birthPlace', 'registration.date']);
  });

  it('falls back on the caller\'s date (the register\'s years) only when the entry gives none', () => {
    const place = { 'child.birthPlace': read('xã Hồng Phú, huyện Chương Mỹ, thành phố Hà Nội') };
    const dated = toExtractedFields('birth', { ...place, 'registration.date': read('28/03/2014') }, { ...context, placeDate: '2010-01-01' });
    expect(dated['child.birthPlace']!.place?.date).toBe('2014-03-28');
    const undated = toExtractedFields('birth', place, { ...context, placeDate: '2010-01-01' });
    expect(undated['child.birthPlace']!.place?.date).toBe('2010-01-01');
  });

  it('counts a name among the names of its bearer\'s sex, which the role or the entry\'s sex field says', () => {
    const names = { surnames: ['Trần'], givenNames: { male: ['Minh Quyền', 'Văn Quyền', 'Hữu Quyền', 'Đức Quyền', 'Mạnh Quyền'], female: ['Lệ Quyên'] }, causesOfDeath: [], relations: [] };
    const rare = (fields: Record<string, RawField>, key: string) =>
      toExtractedFields('birth', fields, { ...context, names })[key]!.flags.map((f) => f.code).includes('rare-spelling');
    expect(rare({ 'father.fullName': read('Trần Minh Quyên') }, 'father.fullName')).toBe(true);
    expect(rare({ 'mother.fullName': read('Trần Lệ Quyên') }, 'mother.fullName')).toBe(false);
    expect(rare({ 'child.fullName': read('Trần Lệ Quyên'), 'child.sex': read('Nam') }, 'child.fullName')).toBe(true);
    expect(rare({ 'child.fullName': read('Trần Lệ Quyên'), 'child.sex': read('Nữ') }, 'child.fullName')).toBe(false);
  });

  it('reads a cause of death and a relation against their lists', () => {
    const names = { surnames: ['Trần'], givenNames: { male: [], female: [] }, causesOfDeath: ['Đột quỵ'], relations: ['cha'] };
    const fields = toExtractedFields('death', { 'death.cause': read('Đột quy'), 'declarant.relation': read('chả') }, { ...context, names });
    expect(fields['death.cause']).toMatchObject({ value: 'Đột quy', lowConfidence: true, flags: [{ code: 'near-list-entry', suggestion: 'Đột quỵ' }] });
    expect(fields['declarant.relation']).toMatchObject({ value: 'chả', lowConfidence: true, flags: [{ code: 'near-list-entry', suggestion: 'cha' }] });
  });
});
