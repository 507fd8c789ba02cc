import { describe, expect, it } from 'vitest';
import { verificationBlockers } from '../../../shared/domain/entry-verification.ts';
import type { FieldValue } from '../../../shared/domain/entry.ts';

const typed = (value: string): FieldValue => ({ value, raw: value, source: 'typed' });
const context = { today: '2026-11-23' };
const complete = {
  'registration.number': typed('390'),
  'registration.date': typed('12/06/2003'),
  'child.fullName': typed('Hoàng Văn Sỹ Thực'),
  'child.sex': typed('Nam'),
  'child.birthDate': typed('06/06/2003'),
  'child.birthPlace': typed('xã Thạnh Trị, thị xã Kiến Tường, tỉnh Long An'),
};

describe('verificationBlockers', () => {
  it('lets an entry with no error through, whatever its warnings', () => {
    expect(verificationBlockers({ kind: 'birth', fields: complete }, 'birth-form', context)).toEqual([]);
    // an ethnic group not on the list is a warning: a person judges it
    expect(verificationBlockers({ kind: 'birth', fields: { ...complete, 'child.ethnicity': typed('Kinhh') } }, 'birth-form', context)).toEqual([]);
  });

  it('holds back an entry with an impossible date or a required field missing, naming each', () => {
    const blockers = verificationBlockers({ kind: 'birth', fields: { ...complete, 'child.birthDate': typed('31/02/2003'), 'child.fullName': typed('') } }, 'birth-form', context);
    expect(blockers.every((f) => f.severity === 'error')).toBe(true);
    expect(new Set(blockers.map((f) => f.field))).toEqual(new Set(['child.birthDate', 'child.fullName']));
  });
});
