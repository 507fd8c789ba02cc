import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNameList } from '../../../shared/ocr/name-lists.ts';
import { impossibleWords, syllableProblem } from '../../../shared/text/vietnamese-syllables.ts';

const namesDir = path.join(import.meta.dirname, '..', '..', '..', 'assets', 'names');
const nameList = (file: string) => parseNameList(readFileSync(path.join(namesDir, file), 'utf8'));
const rejected = (texts: readonly string[]) => [...new Set(texts.flatMap((text) => impossibleWords(text).map((w) => w.word)))];

describe('syllableProblem: what Vietnamese spelling allows', () => {
  it.each([
    'a', 'ý', 'ơi', 'ba', 'cá', 'kê', 'kìa', 'ghế', 'ghi', 'gà', 'gì', 'gìn', 'giữ', 'giếng', 'giường', 'nghiêng', 'nghe', 'ngà',
    'quả', 'quý', 'quốc', 'quyền', 'quỳnh', 'quăn', 'quên', 'người', 'rượu', 'muối', 'khuya', 'khuỷu', 'khuấy', 'thuở', 'huế',
    'Nguyễn', 'uyên', 'yêu', 'yến', 'oà', 'ngoài', 'xoáy', 'hoặc', 'hoạch', 'khoẻ', 'khỏe', 'hoà', 'hòa', 'thuý', 'thúy',
    'sốt', 'xuất', 'huyết', 'đột', 'quỵ', 'quy', 'ách', 'mạch', 'bệnh', 'tiếp', 'học', 'xiếc', 'xoong', 'Thị', 'ĐỨC', 'kẻng',
  ])('%s can be a syllable', (word) => {
    expect(syllableProblem(word)).toBeNull();
  });

  it.each([
    ['sôt', 'tone-and-final'], ['xuât', 'tone-and-final'], ['huyêt', 'tone-and-final'], ['sồt', 'tone-and-final'],
    ['àch', 'tone-and-final'], ['hỏc', 'tone-and-final'], ['tiêp', 'tone-and-final'],
  ] as const)('%s ends in p, t, c or ch without sắc or nặng: %s', (word, problem) => {
    expect(syllableProblem(word)).toBe(problem);
  });

  it.each([
    ['hóan', 'tone-placement'], ['Tiêú', 'tone-placement'], ['Hiêủ', 'tone-placement'], ['qúy', 'tone-placement'], ['múốn', 'tones'],
    ['Nguyễñ', 'tones'], ['Tuâń', 'tone-on-consonant'],
  ] as const)('%s has a tone where none can be: %s', (word, problem) => {
    expect(syllableProblem(word)).toBe(problem);
  });

  it.each(['fan', 'jin', 'wa', 'zô', 'xäã', 'ça'])('%s has a letter Vietnamese does not use', (word) => {
    expect(syllableProblem(word)).toBe('letter');
  });

  it.each([
    // k before i e ê y only, c never before them; gh and ngh before i e ê only, g and ng never
    'ka', 'ci', 'ce', 'gha', 'ghu', 'ngha', 'nge', 'ngi', 'gê',
    // q only as qu; no ă or â ends a syllable; ia, ua, ưa take no final; ch, nh follow a, ê, i, y only
    'qa', 'ă', 'â', 'tiam', 'muat', 'ech', 'onh', 'uôp',
    // iê is written yê without an initial, and never after one; run-together words and no vowel at all
    'tyên', 'iên', 'Tuâá', 'Quôé', 'minhloan', 'ng', 'rn',
  ])('%s is no syllable', (word) => {
    expect(syllableProblem(word)).toBe('spelling');
  });
});

describe('the shipped name lists', () => {
  it('hold no given name the rules reject', () => {
    const names = [...nameList('given-names-male.txt'), ...nameList('given-names-female.txt')];
    expect(names.length).toBeGreaterThan(2500);
    expect(rejected(names)).toEqual([]);
  });

  it('hold no surname the rules reject but those of minority peoples, which the list itself accepts', () => {
    expect(new Set(rejected(nameList('surnames.txt')))).toEqual(new Set(['Byă', 'Êban', 'Hđơk', 'Kpă', 'Ksor', 'Mah', 'Mlô', 'Niê', 'Puih', 'Rah', 'Rcom']));
  });
});

describe('impossibleWords', () => {
  it('names each word of a text that cannot be Vietnamese, and why', () => {
    expect(impossibleWords('Sôt xuât huyêt')).toEqual([
      { word: 'Sôt', problem: 'tone-and-final' },
      { word: 'xuât', problem: 'tone-and-final' },
      { word: 'huyêt', problem: 'tone-and-final' },
    ]);
    expect(impossibleWords('Sốt xuất huyết')).toEqual([]);
    // "quy" is a syllable: "Đột quy" for "Đột quỵ" is for the list of causes to catch.
    expect(impossibleWords('Đột quy')).toEqual([]);
  });

  it('reads words between hyphens, apostrophes and spaces', () => {
    expect(impossibleWords("Ê-đê, H'Mông, Khơ-mú")).toEqual([]);
    expect(impossibleWords('HMông Jrai')).toEqual([{ word: 'HMông', problem: 'spelling' }, { word: 'Jrai', problem: 'letter' }]);
  });

  it('skips abbreviations, initials and Roman numerals', () => {
    expect(impossibleWords('P.3, Q.5, TP.HCM')).toEqual([]);
    expect(impossibleWords('Phường IV, TX. Sơn Tây')).toEqual([]);
    expect(impossibleWords('tp. Huế')).toEqual([]);
    expect(impossibleWords('tp Huế')).toEqual([{ word: 'tp', problem: 'spelling' }]);
  });

  it('takes the words a list accepts, and only those', () => {
    const places = new Set(['krông', 'pắc']);
    const accepted = (word: string) => places.has(word.toLowerCase());
    expect(impossibleWords('huyện Krông Pắc')).toHaveLength(2);
    expect(impossibleWords('huyện Krông Pắc', accepted)).toEqual([]);
    expect(impossibleWords('huyện Krông Pác', accepted)).toEqual([{ word: 'Pác', problem: 'spelling' }]);
  });
});
