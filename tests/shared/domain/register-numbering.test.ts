import { describe, expect, it } from 'vitest';
import { registerNumberingFindings } from '../../../shared/domain/register-numbering.ts';

const entry = (no: string, date: string) => ({ kind: 'birth' as const, fields: { 'registration.number': no, 'child.fullName': `Người ${no}`, 'registration.date': date } });

describe('registerNumberingFindings', () => {
  it('checks a whole register in its order, taking its years from its entries when none are given', () => {
    const findings = registerNumberingFindings([entry('1', '02/01/2001'), entry('3', '04/01/2001'), entry('3', '05/01/2001'), entry('1', '02/01/2002')], '2026-11-23');
    expect(findings.map((list) => list.map((f) => f.code))).toEqual([
      [],
      // both entries with number 3 name each other; 2 is missing before either
      ['registration.numberDuplicate', 'registration.numberGap'],
      ['registration.numberDuplicate', 'registration.numberGap'],
      [],
    ]);
  });

  it('says nothing of a register whose entries carry no year', () => {
    expect(registerNumberingFindings([entry('1', ''), entry('1', '')], '2026-11-23')).toEqual([[], []]);
  });
});
