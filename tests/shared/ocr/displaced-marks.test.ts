import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  attachSpacingAccents,
  hasToneReadAsQuote,
  moveDisplacedTones,
  placeTone,
  restoreDisplacedMarks,
} from '../../../shared/ocr/displaced-marks.ts';
import { parseNameList } from '../../../shared/ocr/name-lists.ts';
import { shippedResolver } from '../../support/places.ts';

const namesDir = path.join(import.meta.dirname, '..', '..', '..', 'assets', 'names');
const nameList = (file: string) => parseNameList(readFileSync(path.join(namesDir, file), 'utf8'));

describe('placeTone', () => {
  it.each([
    ['Nguyên', 'tilde', 'Nguyễn'],
    ['Tuân', 'acute', 'Tuấn'],
    ['Huyên', 'grave', 'Huyền'],
    ['Quyên', 'grave', 'Quyền'],
    ['Trông', 'acute', 'Trống'],
    ['Kiêm', 'acute', 'Kiếm'],
    ['Tiên', 'acute', 'Tiến'],
    ['Quôc', 'acute', 'Quốc'],
    ['Hiên', 'hook', 'Hiển'],
    ['Thuân', 'grave', 'Thuần'],
    ['NGUYÊN', 'tilde', 'NGUYỄN'],
  ] as const)('%s with a %s is %s', (syllable, tone, spelled) => {
    expect(placeTone(syllable, tone)).toBe(spelled);
  });

  it.each([
    ['ngươi', 'grave', 'người'],
    ['mưa', 'acute', 'mứa'],
    ['giưa', 'tilde', 'giữa'],
    ['gi', 'grave', 'gì'],
    ['quy', 'acute', 'quý'],
    ['Hoang', 'grave', 'Hoàng'],
    ['ngoai', 'grave', 'ngoài'],
    ['khuyu', 'hook', 'khuỷu'],
    ['mua', 'acute', 'múa'],
    ['Thuy', 'dot', 'Thụy'],
  ] as const)('follows the spelling rules without a circumflex, breve or horn too: %s → %s', (syllable, tone, spelled) => {
    expect(placeTone(syllable, tone)).toBe(spelled);
  });

  it('leaves a word without a vowel as it is', () => {
    expect(placeTone('Ng', 'grave')).toBe('Ng');
  });
});

describe('attachSpacingAccents', () => {
  it('puts a spacing accent on the vowel before it, and a space where the accent stood in its place', () => {
    expect(attachSpacingAccents('Hô`Văn Việt Chính')).toEqual({ text: 'Hồ Văn Việt Chính', moved: 1 });
    expect(attachSpacingAccents('Hô`Minh').text).toBe('Hồ Minh');
    expect(attachSpacingAccents('thành phố Hô` Chí Minh').text).toBe('thành phố Hồ Chí Minh');
    expect(attachSpacingAccents('Hô`').text).toBe('Hồ');
  });

  it.each([
    ['Lê´Văn', 'Lế Văn'],
    ['Lêˋ', 'Lề'],
    ['Lêˊ', 'Lế'],
    ['Lê˜', 'Lễ'],
    ['Lê~', 'Lễ'],
    ['Lêˀ', 'Lể'],
  ])('reads each spacing form of a tone: %s → %s', (text, attached) => {
    expect(attachSpacingAccents(text).text).toBe(attached);
  });

  it('leaves an accent after a vowel that has a tone already, and one that follows no vowel', () => {
    expect(attachSpacingAccents('Hồ`Văn')).toEqual({ text: 'Hồ`Văn', moved: 0 });
    expect(attachSpacingAccents('Trịnh Quỳnh Hoa `')).toEqual({ text: 'Trịnh Quỳnh Hoa `', moved: 0 });
    expect(attachSpacingAccents('1987~1990').moved).toBe(0);
  });
});

describe('moveDisplacedTones', () => {
  it.each([
    ['Nguyêñ', 'Nguyễn'],
    ['Viêñ', 'Viễn'],
    ['Tuâń', 'Tuấn'],
    ['Huyêǹ', 'Huyền'],
    ['Quyêǹ', 'Quyền'],
    ['Trôńg', 'Trống'],
    ['Kiêḿ', 'Kiếm'],
    ['Tiêń', 'Tiến'],
    ['Quôć', 'Quốc'],
    ['Hiên\u0309', 'Hiển'],
    ['Thuâǹ', 'Thuần'],
    ['NGUYÊÑ', 'NGUYỄN'],
  ])('gives the tone on a final consonant to its vowel: %s → %s', (text, moved) => {
    expect(moveDisplacedTones(text)).toEqual({ text: moved, moved: 1 });
  });

  it('moves every displaced tone of a name and leaves the other words', () => {
    expect(moveDisplacedTones('Nguyêñ Hữu Công Tuâń')).toEqual({ text: 'Nguyễn Hữu Công Tuấn', moved: 2 });
  });

  it('leaves a marked consonant inside a word, and one in a word whose vowel has a tone', () => {
    for (const text of ['Peña', 'Muñoz', 'Nguyễñ', 'Hoàng']) expect(moveDisplacedTones(text)).toEqual({ text, moved: 0 });
  });
});

describe('a tone read as a quote', () => {
  it.each(['Lưu Hữu Tôn Lê”', 'Đô” Tuấn', 'Ngô"'])('%s lost a tone to the quote after it', (text) => {
    expect(hasToneReadAsQuote(text)).toBe(true);
  });

  it.each(['Lê "Văn"', 'Lễ”', 'Lan”', 'Nguyễn Văn An'])('%s did not', (text) => {
    expect(hasToneReadAsQuote(text)).toBe(false);
  });
});

describe('names as the lists and the place table spell them', () => {
  it('keep their marks where they are', () => {
    const { table } = shippedResolver().index;
    const names = [
      ...nameList('surnames.txt'),
      ...nameList('given-names-male.txt'),
      ...nameList('given-names-female.txt'),
      ...table.versions.map((v) => v.name),
      ...table.aliases.map((a) => a.text),
    ];
    expect(names.length).toBeGreaterThan(15_000);
    expect(names.filter((name) => restoreDisplacedMarks(name).text !== name.normalize('NFC'))).toEqual([]);
  });
});

describe('restoreDisplacedMarks', () => {
  it('does both: spacing accents, then tones on final consonants', () => {
    expect(restoreDisplacedMarks('Hô`Văn Nguyêñ')).toEqual({ text: 'Hồ Văn Nguyễn', moved: 2 });
    expect(restoreDisplacedMarks('Nguyễn Văn An')).toEqual({ text: 'Nguyễn Văn An', moved: 0 });
  });
});
