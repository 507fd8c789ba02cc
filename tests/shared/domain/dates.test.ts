import { describe, expect, it } from 'vitest';
import { ageRange, compareDates, parseDate, partialDateToIso, type DateContext, type PartialDate } from '../../../shared/domain/dates.ts';

const context: DateContext = { today: '2026-11-23' };
const in1987: DateContext = { today: '2026-11-23', registerYears: { from: 1985, to: 1987 } };

function ok(text: string, ctx: DateContext = context) {
  const result = parseDate(text, ctx);
  if (!result?.ok) throw new Error(`expected ${text} to parse: ${JSON.stringify(result)}`);
  return result;
}

describe('parseDate', () => {
  it.each([
    ['12/3/1987', { precision: 'day', year: 1987, month: 3, day: 12 }, '12/03/1987'],
    ['12-03-1987', { precision: 'day', year: 1987, month: 3, day: 12 }, '12/03/1987'],
    ['12.03.1987', { precision: 'day', year: 1987, month: 3, day: 12 }, '12/03/1987'],
    [' 12 / 03 / 1987 ', { precision: 'day', year: 1987, month: 3, day: 12 }, '12/03/1987'],
    ['ngày 12 tháng 3 năm 1987', { precision: 'day', year: 1987, month: 3, day: 12 }, '12/03/1987'],
    ['Ngày 12 tháng 03 năm 1987', { precision: 'day', year: 1987, month: 3, day: 12 }, '12/03/1987'],
    ['ngay 12 thang 3 nam 1987', { precision: 'day', year: 1987, month: 3, day: 12 }, '12/03/1987'],
    ['tháng 3 năm 1987', { precision: 'month', year: 1987, month: 3 }, '03/1987'],
    ['3/1987', { precision: 'month', year: 1987, month: 3 }, '03/1987'],
    ['năm 1987', { precision: 'year', year: 1987 }, '1987'],
    ['1987', { precision: 'year', year: 1987 }, '1987'],
    ['1987-03-12', { precision: 'day', year: 1987, month: 3, day: 12 }, '12/03/1987'],
    ['29/02/2000', { precision: 'day', year: 2000, month: 2, day: 29 }, '29/02/2000'],
    ['không rõ', { precision: 'unknown' }, 'không rõ'],
    ['Không rõ', { precision: 'unknown' }, 'không rõ'],
    ['khong ro', { precision: 'unknown' }, 'không rõ'],
    ['?', { precision: 'unknown' }, 'không rõ'],
  ])('reads %s', (text, date, display) => {
    const result = ok(text);
    expect(result.date).toEqual(date);
    expect(result.display).toBe(display);
    expect(result.warning).toBeUndefined();
  });

  it('resolves two-digit years by the register\'s years, silently', () => {
    expect(ok('12.03.87', in1987).date).toEqual({ precision: 'day', year: 1987, month: 3, day: 12 });
    // A parent born in '20 in a 1987 register was born in 1920, not 2020.
    expect(ok('01/01/20', in1987).date.year).toBe(1920);
    expect(ok('12.03.87', in1987).warning).toBeUndefined();
  });

  it('warns when a two-digit year had no register to resolve it', () => {
    const result = ok('12.03.87');
    expect(result.date.year).toBe(1987);
    expect(result.warning?.vi).toContain('1987');
    expect(ok('05/05/26').date.year).toBe(2026);
    expect(ok('05/05/27').date.year).toBe(1927);
  });

  it.each([
    ['31/02/1987', 'tháng 2 năm 1987 có 28 ngày'],
    ['29/02/1900', 'có 28 ngày'],
    ['31/04/2001', 'có 30 ngày'],
    ['00/01/2001', 'không tồn tại'],
    ['12/13/1987', 'Tháng 13 không tồn tại'],
    ['12/00/1987', 'Tháng 0 không tồn tại'],
  ])('calls %s impossible', (text, vi) => {
    const result = parseDate(text, context);
    expect(result).toMatchObject({ ok: false, reason: 'impossible' });
    expect(result && !result.ok && result.message.vi).toContain(vi);
  });

  it('suggests the day and month swapped when that makes a real date', () => {
    const result = parseDate('03/25/1987', context);
    expect(result && !result.ok && result.message.vi).toContain('có phải ngày 25/03/1987?');
  });

  it.each(['12/3', 'abc', '12/3/198', 'ngày 12 năm 1987', '1987/03/12/1', '١٢/٣/١٩٨٧', '<b>1987</b>'])('cannot read %s', (text) => {
    expect(parseDate(text, context)).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('returns null for an empty field and never throws on hostile text', () => {
    expect(parseDate('   ', context)).toBeNull();
    for (const text of ['\u0000', '9'.repeat(10_000), '🙂/🙂/🙂', '\ud800']) expect(() => parseDate(text, context)).not.toThrow();
  });
});

const d = (year: number, month?: number, day?: number): PartialDate =>
  day !== undefined ? { precision: 'day', year, month, day } : month !== undefined ? { precision: 'month', year, month } : { precision: 'year', year };

describe('comparing partial dates', () => {
  it('orders what can be ordered and says "cannot tell" otherwise', () => {
    expect(compareDates(d(1987, 3, 12), d(1987, 3, 13))).toBe(-1);
    expect(compareDates(d(1987, 3, 12), d(1987, 3, 12))).toBe(0);
    expect(compareDates(d(1988), d(1987, 12, 31))).toBe(1);
    expect(compareDates(d(1987), d(1987, 3, 12))).toBeNull();
    expect(compareDates(d(1987, 3), d(1987, 3, 31))).toBeNull();
    expect(compareDates(d(1987, 2), d(1987, 3, 1))).toBe(-1);
    expect(compareDates({ precision: 'unknown' }, d(1987))).toBeNull();
  });

  it('gives the range of full years of age', () => {
    expect(ageRange(d(1990, 5, 10), d(2010, 5, 9))).toEqual({ min: 19, max: 19 });
    expect(ageRange(d(1990, 5, 10), d(2010, 5, 10))).toEqual({ min: 20, max: 20 });
    expect(ageRange(d(1990), d(2010, 5, 10))).toEqual({ min: 19, max: 20 });
    expect(ageRange(d(2000, 2, 29), d(2018, 2, 28))).toEqual({ min: 17, max: 17 });
    expect(ageRange(d(2000, 2, 29), d(2018, 3, 1))).toEqual({ min: 18, max: 18 });
  });
});

describe('partialDateToIso', () => {
  it('writes a date as precisely as it is known, and nothing for an unknown one', () => {
    expect(partialDateToIso({ precision: 'day', year: 1987, month: 3, day: 2 })).toBe('1987-03-02');
    expect(partialDateToIso({ precision: 'month', year: 1987, month: 3 })).toBe('1987-03');
    expect(partialDateToIso({ precision: 'year', year: 1987 })).toBe('1987');
    expect(partialDateToIso({ precision: 'unknown' })).toBeNull();
  });
});
