import { describe, expect, it } from 'vitest';
import { sameIgnoringToneStyle, toToneStyle } from '../../../shared/text/tone-style.ts';

// [new style (mark on the second vowel), old style (mark on the first)], every tone of every cluster.
const pairs: [string, string][] = [
  ['hoà', 'hòa'],
  ['hoả', 'hỏa'],
  ['hoã', 'hõa'],
  ['hoá', 'hóa'],
  ['hoạ', 'họa'],
  ['khoè', 'khòe'],
  ['khoẻ', 'khỏe'],
  ['khoẽ', 'khõe'],
  ['khoé', 'khóe'],
  ['khoẹ', 'khọe'],
  ['thuỳ', 'thùy'],
  ['thuỷ', 'thủy'],
  ['thuỹ', 'thũy'],
  ['thuý', 'thúy'],
  ['thuỵ', 'thụy'],
  ['xoè', 'xòe'],
  ['loà', 'lòa'],
  ['tuỳ', 'tùy'],
  ['Nguỵ', 'Ngụy'],
  ['oà', 'òa'],
  ['uỷ', 'ủy'],
  // Capitals
  ['Hoá', 'Hóa'],
  ['HOÀ', 'HÒA'],
  ['KHOẺ', 'KHỎE'],
  ['THUỶ', 'THỦY'],
  ['Uỷ ban', 'Ủy ban'],
  ['OÀ', 'ÒA'],
  ['Thuý', 'Thúy'],
];

describe('toToneStyle', () => {
  it.each(pairs)('%s ↔ %s', (onSecond, onFirst) => {
    expect(toToneStyle(onFirst, 'new')).toBe(onSecond);
    expect(toToneStyle(onSecond, 'new')).toBe(onSecond);
    expect(toToneStyle(onSecond, 'old')).toBe(onFirst);
    expect(toToneStyle(onFirst, 'old')).toBe(onFirst);
  });

  it.each([
    // A final consonant or a third vowel: the mark sits on the second vowel in both styles.
    'hoàng',
    'khoắng',
    'hoặc',
    'toán',
    'loạt',
    'ngoài',
    'khoèo',
    'ngoẻn',
    'huỳnh',
    'tuýp',
    'khuya',
    'khuỷu',
    'khuyên',
    'Quỳnh',
    'HOÀNG',
    // qu and gi belong to the consonant: "quý" is qu + ý.
    'quyết',
    'quý',
    'quỳ',
    'quỷ',
    'quà',
    'quả',
    'QUÝ',
    'già',
    'giữa',
    'giỏi',
    // Other clusters are not the rule's business.
    'thuở',
    'của',
    'mùa',
    'chịu',
    'người',
    // No mark, or a mark on each vowel: nothing to move.
    'hoa',
    'khoe',
    'thuy',
    'hòà',
  ])('leaves %s alone in both styles', (word) => {
    expect(toToneStyle(word, 'new')).toBe(word);
    expect(toToneStyle(word, 'old')).toBe(word);
  });

  it('converts every word of a sentence, next to punctuation too', () => {
    const onSecond = 'Hoà Bình, Khánh Hoà (Thanh Thuỷ); hoà-bình. Uỷ ban: "khoẻ"!';
    const onFirst = 'Hòa Bình, Khánh Hòa (Thanh Thủy); hòa-bình. Ủy ban: "khỏe"!';
    expect(toToneStyle(onSecond, 'old')).toBe(onFirst);
    expect(toToneStyle(onFirst, 'new')).toBe(onSecond);
  });

  it('takes NFD and gives NFC', () => {
    expect(toToneStyle('Nguyễn Thị Hoà'.normalize('NFD'), 'old')).toBe('Nguyễn Thị Hòa');
    expect(toToneStyle('Thủy'.normalize('NFD'), 'new')).toBe('Thuỷ');
    expect(toToneStyle('hoàng'.normalize('NFD'), 'old')).toBe('hoàng');
    expect(toToneStyle('Hòa'.normalize('NFD'), 'old')).toBe('Hòa');
  });

  it('is idempotent', () => {
    for (const [onSecond, onFirst] of pairs) {
      expect(toToneStyle(toToneStyle(onSecond, 'old'), 'old')).toBe(onFirst);
      expect(toToneStyle(toToneStyle(onFirst, 'new'), 'new')).toBe(onSecond);
    }
  });

  it('never throws on hostile or huge input', () => {
    for (const text of ['', '\u0000\u0007', '\uD800', 'o\u0301\u0301a', '\u0301oa', '東京', '🙂 hoà 🙂', 'hoà '.repeat(2_500), 'ó'.repeat(10_000)]) {
      expect(() => toToneStyle(text, 'new')).not.toThrow();
      expect(() => toToneStyle(text, 'old')).not.toThrow();
    }
    expect(toToneStyle('hoà '.repeat(2_500), 'old')).toBe('hòa '.repeat(2_500));
  });
});

describe('sameIgnoringToneStyle', () => {
  it.each(pairs)('%s and %s are the same', (onSecond, onFirst) => {
    expect(sameIgnoringToneStyle(onSecond, onFirst)).toBe(true);
    expect(sameIgnoringToneStyle(onFirst, onSecond)).toBe(true);
  });

  it('ignores the normalization form', () => {
    expect(sameIgnoringToneStyle('Nguyễn Thị Hoà'.normalize('NFD'), 'Nguyễn Thị Hòa')).toBe(true);
  });

  it.each([
    ['hoà', 'hoa'],
    ['hoà', 'hoá'],
    ['Hoà', 'hoà'],
    ['thuỷ', 'thuỳ'],
    ['quý', 'qúy'],
    ['Hoà Bình', 'Hoà  Bình'],
  ])('%s and %s differ in more than the style', (a, b) => {
    expect(sameIgnoringToneStyle(a, b)).toBe(false);
  });
});
