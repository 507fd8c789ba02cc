import { describe, expect, it } from 'vitest';
import { repairDigits, repairLetters } from '../../../shared/ocr/ocr-confusions.ts';

describe('repairDigits', () => {
  it.each([
    ['O6/O6/2OO3', '06/06/2003', 4],
    ['l2.O3.l987', '12.03.1987', 3],
    ['1|/05/1998', '11/05/1998', 1],
    ['2S/1Z/19B7', '25/12/1987', 3],
    ['39O', '390', 1],
    ['12/2OO5', '12/2005', 2],
  ])('reads letters in a number as digits: %s → %s', (text, repaired, fixed) => {
    expect(repairDigits(text, { wholeTokens: false })).toEqual({ text: repaired, fixed });
  });

  it('leaves words alone, even those made of confusable letters', () => {
    expect(repairDigits('ngày 12 tháng 3 năm 1987', { wholeTokens: true }).text).toBe('ngày 12 tháng 3 năm 1987');
    expect(repairDigits('15/KS', { wholeTokens: false })).toEqual({ text: '15/KS', fixed: 0 });
    expect(repairDigits('15/BS', { wholeTokens: false })).toEqual({ text: '15/BS', fixed: 0 });
    expect(repairDigits('không rõ', { wholeTokens: true })).toEqual({ text: 'không rõ', fixed: 0 });
  });

  it('in a value that is only numbers, also reads a token with no digit at all beside one that has', () => {
    expect(repairDigits('lO/O3/1987', { wholeTokens: true })).toEqual({ text: '10/03/1987', fixed: 3 });
    expect(repairDigits('lO/O3/1987', { wholeTokens: false })).toEqual({ text: 'lO/03/1987', fixed: 1 });
    // Nothing in the value is a number, so nothing is read as one.
    expect(repairDigits('lO/OS', { wholeTokens: true })).toEqual({ text: 'lO/OS', fixed: 0 });
  });
});

describe('repairLetters', () => {
  it.each([
    ['huyện Quôé 0ai, thành phô Hà Nội', 'huyện Quôé Oai, thành phô Hà Nội', 1],
    ['xã 5ơn Hà', 'xã Sơn Hà', 1],
    ['xã Ph0ng Thạnh', 'xã Phong Thạnh', 1],
    ['huyện Tam Nông, tỉnh Phú Th0', 'huyện Tam Nông, tỉnh Phú Tho', 1],
  ])('reads digits inside a word as the letters they resemble: %s → %s', (text, repaired, fixed) => {
    expect(repairLetters(text)).toEqual({ text: repaired, fixed });
  });

  it('keeps numbers standing alone, numbers glued to a unit type, and numbers with a letter', () => {
    for (const text of ['phường 5, quận 10', 'P.3, Q10, TP.HCM', 'F5, KP2, TX5', 'tổ 5, phường 12A', 'số 15/KS', '1a']) {
      expect(repairLetters(text)).toEqual({ text, fixed: 0 });
    }
  });
});
