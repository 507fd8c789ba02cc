import { describe, expect, it } from 'vitest';
import { sameKeying } from '../../../shared/team/keying-compare.ts';

const context = { today: '2026-12-03', registerYears: { from: 1985, to: 1986 } };

describe('comparing two keyings', () => {
  it('treats a name typed in NFD, with extra spaces, another case or the other tone-mark style as the same', () => {
    expect(sameKeying('birth', 'child.fullName', { value: 'Nguyễn Thị Hoà' }, { value: '  nguye\u0302\u0303n  thị HÒA' }, context)).toBe(true);
    expect(sameKeying('birth', 'child.fullName', { value: 'Nguyễn Thị Hoà' }, { value: 'Nguyễn Thị Hoa' }, context)).toBe(false);
    expect(sameKeying('birth', 'child.fullName', { value: 'Lê Văn An' }, { value: 'Lê Văn Ân' }, context)).toBe(false);
  });

  it('compares dates as the dates they stand for, two-digit years by the register\'s years', () => {
    expect(sameKeying('birth', 'child.birthDate', { value: '5/3/1985' }, { value: '05/03/85' }, context)).toBe(true);
    expect(sameKeying('birth', 'child.birthDate', { value: '5/3/1985' }, { value: '3/5/1985' }, context)).toBe(false);
    expect(sameKeying('birth', 'child.birthDate', { value: 'ngày 5 tháng 3 năm 1985' }, { value: '05-03-1985' }, context)).toBe(true);
  });

  it('keeps case where it may carry meaning, and compares marks as marks', () => {
    expect(sameKeying('birth', 'registration.notes', { value: 'Ghi chú A' }, { value: 'ghi chú a' }, context)).toBe(false);
    expect(sameKeying('birth', 'registration.number', { value: '12' }, { value: ' 12 ' }, context)).toBe(true);
    expect(sameKeying('birth', 'child.personalId', { value: '', mark: 'illegible' }, { value: '', mark: 'illegible' }, context)).toBe(true);
    expect(sameKeying('birth', 'child.personalId', { value: '', mark: 'illegible' }, { value: '', mark: 'blank' }, context)).toBe(false);
    expect(sameKeying('birth', 'child.personalId', { value: '' }, { value: '', mark: 'blank' }, context)).toBe(false);
  });
});
