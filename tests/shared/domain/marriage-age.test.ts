import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../../shared/domain/dates.ts';
import { checkMarriageAge, marriageLawOn } from '../../../shared/domain/marriage-age.ts';

const day = (year: number, month: number, d: number): PartialDate => ({ precision: 'day', year, month, day: d });

describe('marriage age', () => {
  it('finds the law in force on the registration date', () => {
    expect(marriageLawOn(day(1960, 1, 12))).toBeNull();
    expect(marriageLawOn(day(1960, 1, 13))?.name.vi).toBe('Luật Hôn nhân và gia đình 1959');
    expect(marriageLawOn(day(1987, 1, 2))?.name.vi).toBe('Luật Hôn nhân và gia đình 1959');
    expect(marriageLawOn(day(1987, 1, 3))?.name.vi).toBe('Luật Hôn nhân và gia đình 1986');
    expect(marriageLawOn(day(2001, 1, 1))?.name.vi).toBe('Luật Hôn nhân và gia đình 2000');
    expect(marriageLawOn(day(2014, 12, 31))?.name.vi).toBe('Luật Hôn nhân và gia đình 2000');
    expect(marriageLawOn(day(2015, 1, 1))?.name.vi).toBe('Luật Hôn nhân và gia đình 2014');
    // A year alone that straddles a change cannot tell which law applied.
    expect(marriageLawOn({ precision: 'year', year: 1987 })).toBeNull();
    expect(marriageLawOn({ precision: 'year', year: 1995 })?.name.vi).toBe('Luật Hôn nhân và gia đình 1986');
  });

  it('before 2015, having entered the 20th (men) or 18th (women) year of age is enough', () => {
    // Born 1990-06-01: on 2009-06-01 he is a full 19, in his 20th year.
    expect(checkMarriageAge('male', day(1990, 6, 1), day(2009, 6, 1))).toBeNull();
    expect(checkMarriageAge('male', day(1990, 6, 2), day(2009, 6, 1))).toMatchObject({ age: 18, required: 20 });
    expect(checkMarriageAge('female', day(1990, 6, 1), day(2007, 6, 1))).toBeNull();
    expect(checkMarriageAge('female', day(1990, 6, 2), day(2007, 6, 1))).toMatchObject({ age: 16, required: 18 });
  });

  it('from 2015, full years', () => {
    expect(checkMarriageAge('male', day(1995, 1, 1), day(2015, 1, 1))).toBeNull();
    expect(checkMarriageAge('male', day(1995, 1, 2), day(2015, 1, 1))).toMatchObject({ age: 19, required: 20 });
    expect(checkMarriageAge('female', day(1997, 3, 10), day(2015, 3, 10))).toBeNull();
    expect(checkMarriageAge('female', day(1997, 3, 11), day(2015, 3, 10))).toMatchObject({ age: 17, required: 18, law: { fullYears: true } });
  });

  it('reports only ages that are certainly too young', () => {
    // Born "1995": on 2015-06-01 he is 19 or 20; not certainly under age.
    expect(checkMarriageAge('male', { precision: 'year', year: 1995 }, day(2015, 6, 1))).toBeNull();
    expect(checkMarriageAge('male', { precision: 'year', year: 1996 }, day(2015, 6, 1))).toMatchObject({ age: 19 });
    expect(checkMarriageAge('male', { precision: 'unknown' }, day(2015, 6, 1))).toBeNull();
    expect(checkMarriageAge('male', day(1940, 1, 1), day(1955, 1, 1))).toBeNull();
  });
});
