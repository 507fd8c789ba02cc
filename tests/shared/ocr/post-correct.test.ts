import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldDefinition, type FieldType, type RecordKind } from '../../../shared/domain/record-kinds.ts';
import type { Sex } from '../../../shared/domain/sex.ts';
import { parseNameList } from '../../../shared/ocr/name-lists.ts';
import { cleanOcrValue, correctField, lowConfidenceThreshold, type CorrectionContext, type NameLists } from '../../../shared/ocr/post-correct.ts';
import { placeDateOf } from '../../../shared/places/place-record.ts';
import { samplePages } from '../../support/accuracy.ts';
import { shippedResolver } from '../../support/places.ts';

const names: NameLists = {
  surnames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Đàng', 'Hà', 'Hồ', 'Khổng', 'Quách', 'Tôn Thất'],
  givenNames: { male: ['Văn An', 'Hữu Hoàng', 'Hoàng Long', 'Anh Đức', 'Thế Anh'], female: ['Thi Hồng', 'Gia Linh', 'Minh Loan', 'Thanh Tâm'] },
  causesOfDeath: ['Sốt xuất huyết', 'Đột quỵ', 'Ung thư phổi'],
  relations: ['cha', 'mẹ', 'anh ruột', 'bà ngoại'],
};
const context: CorrectionContext = { names, today: '2026-01-01' };
const correct = (type: FieldType, raw: string, confidence = 95, extra: Partial<CorrectionContext> = {}, key?: string) =>
  correctField(type, raw, confidence, { ...context, ...extra }, key === undefined ? {} : { key });
const codes = (result: { flags: { code: string }[] }) => result.flags.map((f) => f.code);

describe('cleanOcrValue', () => {
  it.each([
    ['  Nguyễn   Văn\tAn  ', 'Nguyễn Văn An'],
    ['Nguyễn Văn An'.normalize('NFD'), 'Nguyễn Văn An'],
    [': ....... Nguyễn Văn An ..........', 'Nguyễn Văn An'],
    ['|06/06/2003.', '06/06/2003'],
    ['___Kinh___', 'Kinh'],
    ['xã Thạnh Trị, ......... huyện Châu Thành', 'xã Thạnh Trị, huyện Châu Thành'],
    ['Ðặng Văn Ðức', 'Đặng Văn Đức'],
    ['Dao ]', 'Dao'],
    ['“Việt Nam”', 'Việt Nam'],
    ['?', '?'],
    ['xã Bình Lập (cũ)', 'xã Bình Lập (cũ)'],
    ['\u200b::  ..  ', ''],
    ['Hô`Minh', 'Hồ Minh'],
    ['thành phố Hô` Chí Minh', 'thành phố Hồ Chí Minh'],
    ['Nguyêñ Văn An', 'Nguyễn Văn An'],
    ['— Trịnh Quỳnh Hoa `', 'Trịnh Quỳnh Hoa'],
  ])('%j → %j', (raw, value) => {
    expect(cleanOcrValue(raw)).toBe(value);
  });
});

describe('correctField, whatever the type', () => {
  it('gives the value and how sure it is, and nothing of the raw text, which the caller keeps', () => {
    const result = correct('text', ': cha ....', 93);
    expect(result).toEqual({ value: 'cha', confidence: 93, lowConfidence: false, flags: [] });
  });

  it('never raises the confidence above the engine, and keeps it within 0–100', () => {
    expect(correct('text', 'cha', 150).confidence).toBe(100);
    expect(correct('text', 'cha', -5).confidence).toBe(0);
    expect(correct('text', 'cha', Number.NaN).confidence).toBe(0);
    for (const [type, raw] of [['date', 'O6/O6/2OO3'], ['sex', 'Nừ'], ['ethnicity', 'Klnh'], ['name', 'Nquyễn Văn An']] as const) {
      expect(correct(type, raw, 70).confidence).toBeLessThan(70);
    }
  });

  it('marks a value the engine was unsure of, and says so', () => {
    const result = correct('text', 'cha', lowConfidenceThreshold - 1);
    expect(result.lowConfidence).toBe(true);
    expect(codes(result)).toEqual(['low-confidence']);
    expect(correct('text', 'cha', lowConfidenceThreshold).lowConfidence).toBe(false);
  });

  it('leaves an empty cell empty, with nothing to check but what the engine said', () => {
    expect(correct('date', ' .... ', 0)).toEqual({ value: '', confidence: 0, lowConfidence: true, flags: [] });
    expect(correct('name', '', 90)).toEqual({ value: '', confidence: 90, lowConfidence: false, flags: [] });
  });

  it('only cleans text, relations, times and identity numbers', () => {
    for (const type of ['text', 'time', 'personalId', 'idDocument'] as const) {
      expect(correct(type, ' Sốt  xuất huyết. ').value).toBe('Sốt xuất huyết');
      expect(correct(type, 'O6 l2').value).toBe('O6 l2');
    }
  });
});

describe('dates', () => {
  it.each([
    ['06/06/2003', '06/06/2003'],
    ['6/6/2003', '06/06/2003'],
    ['O6/O6/2OO3.', '06/06/2003'],
    ['l2.O3.1987', '12/03/1987'],
    ['12-03-1987', '12/03/1987'],
    ['12 03 1987', '12/03/1987'],
    ['12 / 3 / 1987', '12/03/1987'],
    ['ngày 12 tháng 3 năm 1987', '12/03/1987'],
  ])('%s → %s', (raw, value) => {
    const result = correct('date', raw);
    expect(result.value).toBe(value);
    expect(result.precision).toBe('day');
    expect(codes(result)).toEqual([]);
  });

  it('keeps the precision written', () => {
    expect(correct('date', '3/1987')).toMatchObject({ value: '03/1987', precision: 'month' });
    expect(correct('date', '1987')).toMatchObject({ value: '1987', precision: 'year' });
    expect(correct('date', 'không rõ')).toMatchObject({ value: 'không rõ', precision: 'unknown' });
  });

  it('costs some confidence when digits had to be repaired', () => {
    expect(correct('date', 'O6/O6/2OO3', 95).confidence).toBeLessThan(correct('date', '06/06/2003', 95).confidence);
  });

  it.each(['31/02/2003', '06/13/2003', 'mm', '12/03', '25/11/1939ÔÔIIMM', '06/06/3003', '06/06/1203'])('marks %s as a bad format, kept as cleaned', (raw) => {
    const result = correct('date', raw, 96);
    expect(result.value).toBe(cleanOcrValue(raw));
    expect(codes(result)).toContain('bad-format');
    expect(result.lowConfidence).toBe(true);
  });

  it.each([
    ['92/11/1953', '02/11/1953'],
    ['35/03/1987', '05/03/1987'],
    ['12/93/1987', '12/03/1987'],
    ['39/92/1987', '09/02/1987'],
    ['97/2003', '07/2003'],
  ])('reads %s, a date no calendar has, as %s: a 0 read as 9 or 3, marked for review', (raw, value) => {
    const result = correct('date', raw, 96);
    expect(result.value).toBe(value);
    expect(codes(result)).toEqual(['corrected-format']);
    expect(result.confidence).toBeLessThan(lowConfidenceThreshold);
    expect(result.lowConfidence).toBe(true);
  });

  it.each(['31/02/2003', '30/02/2003', '06/13/2003', '14/19/1990', '92/11/2030', '32/02/1849'])(
    'leaves %s a bad format where a 0 for the 9 or 3 gives no plausible date, or another digit is wrong',
    (raw) => {
      const result = correct('date', raw, 96);
      expect(result.value).toBe(raw);
      expect(codes(result)).toEqual(['bad-format']);
    },
  );

  it('reads a fraction or division slash as a slash', () => {
    expect(correct('date', '13⁄01/2011')).toMatchObject({ value: '13/01/2011', flags: [] });
    expect(correct('date', '13∕01∕2011')).toMatchObject({ value: '13/01/2011', flags: [] });
  });

  it('says which month does not exist', () => {
    expect(correct('date', '06/13/2003').flags[0]!.message.en).toMatch(/no month 13/);
  });

  it('reads a two-digit year but asks for a check', () => {
    const result = correct('date', '12/03/87', 96);
    expect(result.value).toBe('12/03/1987');
    expect(codes(result)).toEqual(['low-confidence']);
    expect(result.lowConfidence).toBe(true);
  });
});

describe('a year in the future', () => {
  it('reads one 6, 8 or 9 of the year as the 0 it must be, when only one choice is plausible, and flags it', () => {
    const fixed = correctField('date', '04/11/2068', 90, context);
    expect(fixed).toMatchObject({ value: '04/11/2008', lowConfidence: true, flags: [{ code: 'corrected-format' }] });
  });

  it('leaves a future year alone when no single digit makes it plausible', () => {
    expect(correctField('date', '04/11/2077', 90, context)).toMatchObject({ value: '04/11/2077', lowConfidence: true, flags: [{ code: 'bad-format' }] });
    expect(correctField('date', '04/11/2986', 90, context).value).toBe('04/11/2986');
  });
});

describe('years and numbers', () => {
  it.each([['1975', '1975'], ['l975', '1975'], ['19B7', '1987'], ['2OO1.', '2001']])('year %s → %s', (raw, value) => {
    expect(correct('year', raw)).toMatchObject({ value, flags: [] });
  });

  it.each(['19', '19755', '1820', '2031', 'năm', '1975 1976'])('year %s is a bad format', (raw) => {
    const result = correct('year', raw);
    expect(codes(result)).toEqual(['bad-format']);
    expect(result.lowConfidence).toBe(true);
  });

  it.each([['390', '390'], ['39O', '390'], ['12/2OO5', '12/2005'], ['12 / 2005', '12/2005'], ['06', '06'], ['15-A', '15-A']])(
    'number %s → %s, confusions fixed and nothing else',
    (raw, value) => {
      expect(correct('number', raw).value).toBe(value);
    },
  );

  it('marks a number with other characters as a bad format, and keeps them', () => {
    expect(correct('number', '15/KS')).toMatchObject({ value: '15/KS', lowConfidence: true });
    expect(codes(correct('number', '446 In nen NA'))).toEqual(['bad-format']);
    expect(correct('number', '390').lowConfidence).toBe(false);
  });
});

describe('sex', () => {
  it.each([['Nam', 'Nam'], ['Nữ', 'Nữ'], ['nam', 'Nam'], ['NỮ', 'Nữ']])('%s is in the list', (raw, value) => {
    expect(correct('sex', raw)).toMatchObject({ value, flags: [] });
  });

  it.each([['Nừ', 'Nữ'], ['Nu', 'Nữ'], ['Nũ', 'Nữ'], ['Narn', 'Nam'], ['Nan', 'Nam'], ['trai', 'Nam'], ['Gái', 'Nữ'], ['Nam GÌ', 'Nam']])(
    '%s → %s, corrected from the list',
    (raw, value) => {
      const result = correct('sex', raw);
      expect(result.value).toBe(value);
      expect(codes(result)).toEqual(['corrected-from-list']);
    },
  );

  it('"Nữ." is Nữ as written', () => {
    expect(correct('sex', 'Nữ.')).toMatchObject({ value: 'Nữ', flags: [] });
  });

  it.each(['xyz', 'N', 'Nam Nữ x'])('%s is not in the list', (raw) => {
    const result = correct('sex', raw);
    expect(result.value).toBe(raw);
    expect(codes(result)).toEqual(['not-in-list']);
    expect(result.lowConfidence).toBe(true);
  });
});

describe('ethnicities and nationalities', () => {
  it.each([['Kinh', 'Kinh'], ['Ê-đê', 'Ê-đê'], ['HMông', 'HMông'], ["H'Mông", "H'Mông"], ['Mèo', 'Mèo'], ['kinh', 'Kinh'], ['08', '08']])(
    'ethnicity %s stays %s, an other name kept as written',
    (raw, value) => {
      expect(correct('ethnicity', raw)).toMatchObject({ value, flags: [] });
    },
  );

  it.each([['Kính', 'Kinh'], ['Klnh', 'Kinh'], ['Ede', 'Ê-đê'], ['Ê đê', 'Ê-đê'], ['Hmong', 'HMông'], ['Mẻo', 'Mèo'], ['Thải', 'Thái'], ['Kinh GÌ"', 'Kinh'], ['Thái 202020000,', 'Thái']])(
    'ethnicity %s → %s, corrected from the list',
    (raw, value) => {
      const result = correct('ethnicity', raw);
      expect(result.value).toBe(value);
      expect(codes(result)).toEqual(['corrected-from-list']);
    },
  );

  it('marks a letter changed or a tail dropped for review, and marks less when only marks changed', () => {
    expect(correct('ethnicity', 'Klnh', 96).lowConfidence).toBe(true);
    expect(correct('ethnicity', 'Kinh GÌ', 96).lowConfidence).toBe(true);
    expect(correct('ethnicity', 'Kính', 96).lowConfidence).toBe(false);
  });

  it.each(['Kim ỔMMMMM', 'Xyzabc', 'Tà'])('ethnicity %s is not in the list', (raw) => {
    expect(codes(correct('ethnicity', raw))).toEqual(['not-in-list']);
  });

  it.each([['Việt Nam', 'Việt Nam', []], ['Viet Nam', 'Việt Nam', ['corrected-from-list']], ['Viêt Narn', 'Việt Nam', ['corrected-from-list']], ['Việt Nam)', 'Việt Nam', ['corrected-from-list']], ['VN', 'VN', []], ['Mỹ', 'Mỹ', []], ['Liên Xô', 'Liên Xô', []]])(
    'nationality %s → %s',
    (raw, value, flags) => {
      const result = correct('nationality', raw);
      expect(result.value).toBe(value);
      expect(codes(result)).toEqual(flags);
    },
  );
});

describe('names', () => {
  it('keeps a name with a listed surname and common given names as it is written, capitals included', () => {
    for (const raw of ['Nguyễn Văn An', 'TRẦN GIA LINH', 'khổng hữu hoàng long', 'Tôn Thất Thanh Tâm']) {
      expect(correct('name', raw)).toEqual({ value: raw, confidence: 95, lowConfidence: false, flags: [] });
    }
  });

  it('reads Ð as Đ', () => {
    expect(correct('name', 'Ðặng Anh Ðức').value).toBe('Đặng Anh Đức');
  });

  it('drops a last word of a sign or two no name has (a speck read at the end of a cell), and says so', () => {
    const result = correct('name', 'Trịnh Quỳnh Hoa ï?');
    expect(result.value).toBe('Trịnh Quỳnh Hoa');
    expect(codes(result)).toContain('corrected-format');
    // A short last word of letters is a name: "Lê Văn Út" keeps its "Út".
    expect(correct('name', 'Lê Văn Út').value).toBe('Lê Văn Út');
  });

  it.each([
    ['Nguyến Văn An', 'Nguyễn Văn An'],
    ['NGUYẾN VĂN AN', 'NGUYỄN VĂN AN'],
    ['Trân Gia Linh', 'Trần Gia Linh'],
    ['Dặng Văn An', 'Đặng Văn An'],
    ['Nquyễn Thị Hồng', 'Nguyễn Thị Hồng'],
    ['Phạrn Văn An', 'Phạm Văn An'],
  ])('corrects the surname %s → %s from the list', (raw, value) => {
    const result = correct('name', raw);
    expect(result.value).toBe(value);
    expect(codes(result)).toEqual(['corrected-from-list']);
  });

  it('marks a surname it cannot tell, or does not know, and keeps it', () => {
    for (const raw of ['Dang Văn An', 'Xyzt Văn An', 'Y-Ngông Niê']) {
      const result = correct('name', raw);
      expect(result.value).toBe(raw);
      expect(codes(result)).toContain('not-in-list');
      expect(result.lowConfidence).toBe(true);
    }
  });

  it('flags an unusual given name and never changes a given name', () => {
    const raws = ['Nguyễn Văn Sỹ Thực', 'Quách MinhLoan', 'Hoàng Thanh Tâm Hông', 'Trần Gia Lính', 'Lê Văn Ân', 'Nguyến Vân Ạn', 'Phạm H\'Hen Niê'];
    for (const raw of raws) {
      const result = correct('name', raw);
      expect(result.value.split(' ').slice(1)).toEqual(raw.split(' ').slice(1));
    }
    expect(codes(correct('name', 'Nguyễn Văn Sỹ Thực'))).toEqual(['unusual-given-name']);
    // Run together, the two words are no syllable either.
    expect(codes(correct('name', 'Quách MinhLoan'))).toEqual(['unusual-given-name', 'impossible-spelling']);
    // The list has Ân's letters with other marks, so it is not unusual.
    expect(codes(correct('name', 'Lê Văn Ân'))).toEqual([]);
  });

  it('puts an unusual given name under the threshold even when the engine was sure', () => {
    expect(correct('name', 'Quách MinhLoan', 96).lowConfidence).toBe(true);
  });

  it('marks characters that have no place in a name', () => {
    expect(codes(correct('name', 'Nguyễn Văn An 2S”?'))).toContain('bad-format');
    expect(correct('name', 'Hồ Thanh Tâm»').lowConfidence).toBe(true);
  });

  it('puts back a tone the font printed beside its vowel, and says so', () => {
    const spaced = correct('name', 'Hô`Thanh Tâm');
    expect(spaced).toMatchObject({ value: 'Hồ Thanh Tâm', confidence: 85, lowConfidence: false });
    expect(codes(spaced)).toEqual(['corrected-format']);
    expect(correct('name', 'Nguyêñ Văn An').value).toBe('Nguyễn Văn An');
    expect(correct('name', 'Nguyêñ Gia Liêǹ').value).toBe('Nguyễn Gia Liền');
  });

  it('keeps letters it cannot tell, and marks them for review', () => {
    for (const raw of ['Nguyễn Văn Tuâá', 'Nguyễn Văn Tuânú', 'Đỗ Tuâáú Hùng', 'Khổng Hữu Quôé Hiêủ']) {
      const result = correct('name', raw);
      expect(result.value.split(' ').slice(1)).toEqual(raw.split(' ').slice(1));
      expect(codes(result)).toContain('impossible-spelling');
      expect(result.lowConfidence).toBe(true);
    }
  });

  it('marks a quote glued to a vowel that lacks its tone, where the font printed one', () => {
    const result = correct('name', 'Lê Văn Tôn Lê”', 96);
    expect(result.value).toBe('Lê Văn Tôn Lê');
    expect(codes(result)).toEqual(['unusual-given-name', 'impossible-spelling']);
    expect(result.lowConfidence).toBe(true);
  });

  it('drops specks and table rules standing alone among the words, and marks the name', () => {
    for (const [raw, value] of [['Nguyễn Anh Đức ⁄ Thanh - Tâm', 'Nguyễn Anh Đức Thanh Tâm'], ['Hoàng Minh Loan ?', 'Hoàng Minh Loan'], ['Trần ? Gia Linh', 'Trần Gia Linh']]) {
      const result = correct('name', raw!, 95);
      expect(result.value).toBe(value);
      expect(codes(result)).toEqual(['corrected-format']);
      expect(result.lowConfidence).toBe(true);
    }
    expect(correct('name', '?').value).toBe('?');
  });
});

describe('a value that cannot be Vietnamese, whatever the engine says', () => {
  it.each([
    ['text', 'Sôt xuât huyêt', 'Sôt'],
    ['text', 'anh ruôt', 'ruôt'],
    ['name', 'Trần Văn Huyêt', 'Huyêt'],
    ['name', 'Lê Văn Hóan', 'Hóan'],
  ] as const)('%s %s is flagged at 96 %%, naming %s', (type, raw, word) => {
    const result = correct(type, raw, 96);
    expect(result.lowConfidence).toBe(true);
    const flagged = result.flags.find((f) => f.code === 'impossible-spelling')!;
    expect(flagged.message.vi).toContain(`«${word}»`);
    expect(flagged.message.en).toContain(`"${word}"`);
    expect(result.value).toBe(raw);
  });

  it('says why: the tone a syllable ending in p, t, c or ch takes, a letter Vietnamese lacks, two tones', () => {
    expect(correct('text', 'Sôt', 96).flags[0]!.message.en).toMatch(/ending in p, t, c or ch takes only the sắc or nặng tone/);
    expect(correct('text', 'Wa', 96).flags[0]!.message.en).toMatch(/letter Vietnamese does not use/);
    expect(correct('text', 'Tuấń', 96).flags[0]!.message.en).toMatch(/two tone marks/);
  });

  it('accepts words the place table, the ethnic groups and the name lists hold, which the rules alone reject', () => {
    const placeResolver = shippedResolver();
    const place = correct('place', 'thị trấn Buôn Trấp, huyện Krông A Na, tỉnh Đắk Lắk', 95, { placeResolver, placeDate: '2006-05-12' });
    expect(place).toMatchObject({ lowConfidence: false, flags: [] });
    expect(codes(correct('text', 'Đắk Lắk', 95, { placeResolver }))).toEqual([]);
    expect(codes(correct('text', 'Đắk Lắk', 95))).toEqual(['impossible-spelling']);
    expect(codes(correct('text', 'Jrai, Ê-đê, HMông', 95))).toEqual([]);
  });
});

describe('semi-closed lists: causes of death and relations', () => {
  const cause = (raw: string, confidence = 96) => correct('text', raw, confidence, {}, 'death.cause');
  const relation = (raw: string) => correct('text', raw, 96, {}, 'declarant.relation');

  it.each([['Đột quy', 'Đột quỵ'], ['Ủng thư phổi', 'Ung thư phổi'], ['ĐỘT QUY', 'ĐỘT QUỴ'], ['Sốt xuất huyêt', 'Sốt xuất huyết'], ['Ung thu phoi', 'Ung thư phổi']])(
    'flags the cause %s, a letter or mark from %s, with that as its suggestion, and keeps it as read',
    (raw, entry) => {
      const result = cause(raw);
      expect(result.value).toBe(raw);
      expect(result.lowConfidence).toBe(true);
      const near = result.flags.find((f) => f.code === 'near-list-entry')!;
      expect(near.suggestion).toBe(entry);
      expect(near.message.vi).toContain(`«${entry}»`);
      expect(near.message.en).toContain(`"${entry}"`);
    },
  );

  it('passes a listed cause, and a cause the list lacks that is near no entry', () => {
    expect(cause('Đột quỵ')).toMatchObject({ value: 'Đột quỵ', lowConfidence: false, flags: [] });
    expect(cause('Tai nạn giao thông')).toMatchObject({ lowConfidence: false, flags: [] });
    expect(cause('Bị bệnh lâu ngày')).toMatchObject({ lowConfidence: false, flags: [] });
  });

  it('reads relations from theirs', () => {
    expect(relation('bà ngoai').flags.map((f) => [f.code, f.suggestion])).toEqual([['near-list-entry', 'bà ngoại']]);
    expect(relation('anh ruột')).toMatchObject({ lowConfidence: false, flags: [] });
    // Other text fields have no list.
    expect(correct('text', 'Đột quy', 96)).toMatchObject({ lowConfidence: false, flags: [] });
  });
});

describe('places, with the shipped place table', () => {
  const placeResolver = shippedResolver();
  const withPlaces = { placeResolver, placeDate: '2003-07-06' };

  it('spells each unit as the place table does, keeping what the clerk wrote around the names', () => {
    const result = correct('place', 'xã Tả Sìn Thàng, huyện Tùa Chủa, tỉnh Điện Biên', 95, withPlaces);
    expect(result.value).toBe('xã Tả Sìn Thàng, huyện Tủa Chùa, tỉnh Điện Biên');
    expect(codes(result)).toEqual(['corrected-from-list']);
    expect(result.place).toMatchObject({ status: 'auto', path: 'Xã Tả Sìn Thàng, Huyện Tủa Chùa, Tỉnh Điện Biên', date: '2003-07-06' });
    expect(result.lowConfidence).toBe(false);
  });

  it('repairs the marks of a type word even when the place does not resolve, and says it did not', () => {
    const result = correct('place', 'xã Vô Danh, thành phô Hư Cấu', 95, { placeResolver, placeDate: '2008-11-04' });
    expect(result.value).toBe('xã Vô Danh, thành phố Hư Cấu');
    expect(result).toMatchObject({ lowConfidence: true, flags: [{ code: 'place-unresolved' }] });
  });

  it('keeps a place written as the table spells it, and says where it lies', () => {
    const result = correct('place', 'xã Thạnh Trị, thị xã Kiến Tường, tỉnh Long An ....', 95, withPlaces);
    expect(result).toMatchObject({ value: 'xã Thạnh Trị, thị xã Kiến Tường, tỉnh Long An', flags: [], confidence: 95, lowConfidence: false });
    expect(result.place).toMatchObject({ status: 'auto', path: 'Xã Thạnh Trị, Thị xã Kiến Tường, Tỉnh Long An' });
    expect(result.place!.successors.length).toBeGreaterThan(0);
  });

  it('repairs what OCR does to marks, type words and spaces', () => {
    expect(correct('place', 'xã Hà Thạnh, huyện Tứ Kỳ, tỉnh Hải Dương', 95, withPlaces).value).toBe('xã Hà Thanh, huyện Tứ Kỳ, tỉnh Hải Dương');
    expect(correct('place', 'xã Đức Hồng, huyện Trùng Khánh, tỉnh Cao Băng', 95, withPlaces).value).toBe('xã Đức Hồng, huyện Trùng Khánh, tỉnh Cao Bằng');
    expect(correct('place', 'xả Thạnh Trị, thị xã Kiến Tường, tỉnh LongAn', 95, withPlaces).value).toBe('xã Thạnh Trị, thị xã Kiến Tường, tỉnh Long An');
    expect(correct('place', 'xã Phước Thạnh, thành phô Mỹ Tho, tỉnh Tiên Giang', 95, withPlaces).value).toBe(
      'xã Phước Thạnh, thành phố Mỹ Tho, tỉnh Tiền Giang',
    );
  });

  it('reads the units of the date given', () => {
    // Quốc Oai belonged to Hà Tây until 2008-08-01.
    const text = 'xã Đông Xuân, huyện Quốc Oai, thành phố Hà Nội';
    expect(correct('place', text, 95, { placeResolver, placeDate: '2010-01-01' }).place).toMatchObject({ status: 'auto', date: '2010-01-01' });
    expect(codes(correct('place', text, 95, { placeResolver, placeDate: '2005-01-01' }))).toEqual(['place-unresolved']);
  });

  it('marks an ambiguous or unknown place for review and keeps it as cleaned', () => {
    const ambiguous = correct('place', 'xã Bình Chánh', 96, withPlaces);
    expect(ambiguous).toMatchObject({ value: 'xã Bình Chánh', lowConfidence: true, place: { status: 'ambiguous' } });
    expect(codes(ambiguous)).toEqual(['place-ambiguous']);
    const unknown = correct('place', 'xã Không Có, huyện Nào Đó', 96, withPlaces);
    expect(unknown).toMatchObject({ value: 'xã Không Có, huyện Nào Đó', lowConfidence: true, place: { status: 'unresolved' } });
    expect(codes(unknown)).toEqual(['place-unresolved']);
  });

  it.each([
    ['xã Đông Xuân, huyện Quôé 0ai, thành phô Hà Nội', 'xã Đông Xuân, huyện Quốc Oai, thành phố Hà Nội'],
    ['xã Khánh Thiện, huyện Vên Khánh, tỉnh Ninh Bình', 'xã Khánh Thiện, huyện Yên Khánh, tỉnh Ninh Bình'],
    ['xã Phượng Tiêú, huyện Định Hóa, tỉnh Thái Nguyên', 'xã Phượng Tiến, huyện Định Hóa, tỉnh Thái Nguyên'],
    ['thị trâá Rạng Đông, huyện Nghĩa Hưng, tỉnh Nam Định', 'thị trấn Rạng Đông, huyện Nghĩa Hưng, tỉnh Nam Định'],
    ['phường Hàng Trôág, quận Hoàn Kiêí, thành phố Hà Nội', 'phường Hàng Trống, quận Hoàn Kiếm, thành phố Hà Nội'],
    ['xäã Thạnh Mỹ, huyện Vĩnh Thạnh, thành phố Cần Thơ', 'xã Thạnh Mỹ, huyện Vĩnh Thạnh, thành phố Cần Thơ'],
  ])('reads misread letters from the place table: %s → %s', (raw, value) => {
    for (const placeDate of ['2008-09-01', '2010-06-01', '2012-12-31']) {
      const result = correct('place', raw, 95, { placeResolver, placeDate });
      expect(result.value).toBe(value);
      expect(codes(result)).toEqual(['corrected-from-list']);
      expect(result.place).toMatchObject({ status: 'auto' });
      // Letters changed: the clerk checks them.
      expect(result.lowConfidence).toBe(true);
    }
  });

  it('leaves a place unresolved when two units are as close to a misread name', () => {
    const result = correct('place', 'phường Hàng Baá, quận Hoàn Kiếm, thành phố Hà Nội', 95, { placeResolver, placeDate: '2010-06-01' });
    expect(result.value).toBe('phường Hàng Baá, quận Hoàn Kiếm, thành phố Hà Nội');
    expect(codes(result)).toEqual(['place-unresolved', 'impossible-spelling']);
    expect(result.place).toMatchObject({ status: 'unresolved' });
  });

  it('puts back a tone printed beside its vowel in a place too', () => {
    const result = correct('place', 'phường 3, quận 4, thành phố Hô` Chí Minh', 95, { placeResolver, placeDate: '2010-06-01' });
    expect(result).toMatchObject({ value: 'phường 3, quận 4, thành phố Hồ Chí Minh', place: { status: 'auto' }, lowConfidence: false });
    expect(codes(result)).toEqual(['corrected-format']);
  });

  it('only cleans a place when there is no place table', () => {
    expect(correct('place', 'xã Tả Sìn Thàng, huyện Tùa Chủa ...')).toEqual({ value: 'xã Tả Sìn Thàng, huyện Tùa Chủa', confidence: 95, lowConfidence: false, flags: [] });
  });
});

describe('what the clerk is asked to check', () => {
  const withPlaces = { placeResolver: shippedResolver(), placeDate: '2003-07-06' };
  // Each pair: a value read right, and the same value as OCR misreads it, both at a confidence the engine
  // gives words it read right. Review must fall on the misread ones.
  const pairs: [FieldType, string, string][] = [
    ['date', '06/06/2003', '06/06/2O03 GÌ'],
    ['date', '22/04/1994', '22/14/1994'],
    ['year', '1973', '197'],
    ['number', '390', '39O In'],
    ['sex', 'Nữ', 'Ny'],
    ['ethnicity', 'Kinh', 'Klnh'],
    ['nationality', 'Việt Nam', 'Viet Narn'],
    ['name', 'Trần Gia Linh', 'Trần GiaLinh'],
    ['name', 'Nguyễn Văn An', 'Nquyễn Văn An'],
    ['name', 'Phạm Văn An', 'Pharn Vân Ạn x'],
    ['name', 'Lê Văn Ân', 'Lê Văn Âá'],
    ['name', 'Lê Anh Thế', 'Lê Anh Thê”'],
    ['name', 'Nguyễn Văn An', 'Nguyễn Văn ? An'],
    ['date', '02/11/1953', '92/11/1953'],
    ['place', 'xã Khánh Thiện, huyện Yên Khánh, tỉnh Ninh Bình', 'xã Khánh Thiện, huyện Vên Khánh, tỉnh Ninh Bình'],
    ['place', 'xã Thạnh Trị, thị xã Kiến Tường, tỉnh Long An', 'xã Thạnh Trị, thị xã Kiến Tường, tỉnh Long An _w'],
  ];

  it.each(pairs)('%s: %s passes, %s is marked', (type, right, misread) => {
    expect(correct(type, right, 95, withPlaces).lowConfidence).toBe(false);
    expect(correct(type, misread, 95, withPlaces).lowConfidence).toBe(true);
  });
});

const readList = (file: string) => parseNameList(readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'assets', 'names', file), 'utf8'));
const shipped: NameLists = {
  surnames: readList('surnames.txt'),
  givenNames: { male: readList('given-names-male.txt'), female: readList('given-names-female.txt') },
  causesOfDeath: readList('causes-of-death.txt'),
  relations: readList('relations.txt'),
};

describe('a name spelled as few are, one mark from a common one, with the shipped lists', () => {
  const name = (raw: string, sex: Sex | null = null, confidence = 96) => correctField('name', raw, confidence, { names: shipped, today: '2026-01-01' }, { sex });

  it.each([
    ['Trần Thị Kiểu', 'female', 'Trần Thị Kiều'],
    ['Lê Thị Thụ', 'female', 'Lê Thị Thu'],
    ['Lê Thị Thụ', null, 'Lê Thị Thu'],
    ['Lương Hữu Thê Dân', null, 'Lương Hữu Thế Dân'],
    ['Lương Đức Hông Thụy', 'male', 'Lương Đức Hồng Thụy'],
    ['Trần Hữu Lương Quyên', 'male', 'Trần Hữu Lương Quyền'],
    ['Hờ Văn Minh', 'male', 'Hồ Văn Minh'],
  ] as const)('%s (%s) is flagged, suggesting %s, and kept', (raw, sex, suggestion) => {
    const result = name(raw, sex);
    expect(result.value).toBe(raw);
    expect(result.lowConfidence).toBe(true);
    expect(result.flags.map((f) => [f.code, f.suggestion])).toEqual([['rare-spelling', suggestion]]);
  });

  it.each([
    ['Trần Thị Kiều', 'female'],
    ['Nguyễn Thị Thu', 'female'],
    ['Trần Thị Quyên', 'female'],
    ['Trần Văn Quyền', 'male'],
    ['Nguyễn Thị Hồng', null],
    ['Phạm Văn Thi', 'male'],
    ['Hồ Thị Vân', 'female'],
    ['Lê Thế Anh', null],
  ] as const)('%s (%s) passes', (raw, sex) => {
    expect(name(raw, sex)).toMatchObject({ value: raw, lowConfidence: false, flags: [] });
  });

  it('names the closest listed word of an unusual one', () => {
    const result = name('Nguyễn Văn Tuâá');
    expect(result.flags.find((f) => f.code === 'unusual-given-name')).toMatchObject({ suggestion: 'Nguyễn Văn Tuấn' });
    expect(result.flags.find((f) => f.code === 'unusual-given-name')!.message.en).toContain('"Tuấn"');
  });
});

describe('the ground truth of the sample pages', () => {
  const placeResolver = shippedResolver();

  it('passes through unchanged, with nothing said about its marks, letters or format', () => {
    const changed: string[] = [];
    let values = 0;
    for (const page of samplePages()) {
      const kind = page.edition.split('-')[0] as RecordKind;
      for (const { fields } of page.entries) {
        const placeDate = placeDateOf(kind, fields, { today: '2026-01-01' }) ?? undefined;
        for (const [key, truth] of Object.entries(fields)) {
          const type = fieldDefinition(kind, key)?.type ?? 'text';
          const result = correctField(type, truth, 95, { names: shipped, placeResolver, placeDate, today: '2026-01-01' }, { key });
          values += 1;
          const said = result.flags.filter((f) => ['corrected-format', 'bad-format', 'impossible-spelling', 'near-list-entry'].includes(f.code));
          if (result.value !== truth.replace(/\u00d0/g, 'Đ') || said.length > 0) changed.push(`${page.name} ${key}`);
        }
      }
    }
    expect(values).toBeGreaterThan(300);
    expect(changed).toEqual([]);
  });
});
