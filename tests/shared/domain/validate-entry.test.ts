import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordKind } from '../../../shared/domain/record-kinds.ts';
import { todayIso } from '../../../shared/domain/dates.ts';
import type { FieldValue } from '../../../shared/domain/entry.ts';
import { blocksVerification, contextFor, validateEntry, verificationBlockers, type Finding } from '../../../shared/domain/validate-entry.ts';

const context = { today: '2026-11-23' };

const birth = {
  'registration.number': '390',
  'registration.book': '06',
  'child.fullName': 'Hoàng Văn Sỹ Thực',
  'child.sex': 'Nam',
  'child.birthDate': '06/06/2003',
  'child.birthPlace': 'xã Thạnh Trị, thị xã Kiến Tường, tỉnh Long An',
  'child.ethnicity': 'Kinh',
  'child.nationality': 'Việt Nam',
  'father.fullName': 'Khổng Hữu Hoàng Long',
  'father.birthYear': '1975',
  'mother.fullName': 'Quách Minh Loan',
  'mother.birthYear': '1973',
  'registration.date': '06/07/2003',
  'registration.registrar': 'Trần Gia Linh',
};

const marriage = {
  'registration.number': '4',
  'husband.fullName': 'Lý Ðình Diệu',
  'husband.birthDate': '28/12/1988',
  'husband.ethnicity': 'Dao',
  'husband.nationality': 'Việt Nam',
  'wife.fullName': 'Lê Thu Quỳnh Vân',
  'wife.birthDate': '27/05/1996',
  'wife.ethnicity': 'Ê-đê',
  'wife.nationality': 'Việt Nam',
  'registration.date': '28/03/2014',
};

const death = {
  'registration.number': '185',
  'deceased.fullName': 'Phạm Tùng Anh',
  'deceased.sex': 'Nam',
  'deceased.birthDate': '07/07/1922',
  'death.date': '15/05/1993',
  'death.place': 'xã Võng La, huyện Đông Anh, thành phố Hà Nội',
  'registration.date': '24/05/1993',
};

function check(kind: RecordKind, fields: Record<string, string>, extra: { edition?: string; registerYears?: { from: number; to: number } } = {}): Finding[] {
  return validateEntry({ kind, fields, ...(extra.edition ? { edition: extra.edition } : {}) }, { ...context, ...(extra.registerYears ? { registerYears: extra.registerYears } : {}) });
}

const codes = (findings: Finding[]) => findings.map((f) => `${f.field}:${f.code}:${f.severity}`);

describe('validateEntry', () => {
  it('finds nothing wrong in complete, consistent entries of each kind', () => {
    expect(check('birth', birth)).toEqual([]);
    expect(check('marriage', marriage)).toEqual([]);
    expect(check('death', death)).toEqual([]);
  });

  it('requires the core fields, as errors with their labels', () => {
    const { 'child.fullName': _name, 'registration.date': _date, ...rest } = birth;
    const findings = check('birth', rest);
    expect(codes(findings)).toEqual(['child.fullName:required.missing:error', 'registration.date:required.missing:error']);
    expect(findings[0]!.message.vi).toContain('họ và tên');
    expect(blocksVerification(findings)).toBe(true);
  });

  it('never requires what the book\'s edition does not record', () => {
    // The table edition has no place for the registration book or the child's nationality, and
    // birthPlace is required: the table records it, so it stays required.
    const { 'child.birthPlace': _place, ...rest } = birth;
    expect(codes(check('birth', rest, { edition: 'birth-table' }))).toEqual(['child.birthPlace:required.missing:error']);
    const deathWithoutPlace = { ...death, 'death.place': '' };
    expect(codes(check('death', deathWithoutPlace, { edition: 'death-form' }))).toEqual(['death.place:required.missing:error']);
  });

  it('accepts a required field marked blank or illegible, with a warning', () => {
    const findings = validateEntry({ kind: 'birth', fields: { ...birth, 'child.birthPlace': { value: '', raw: '', source: 'typed', mark: 'illegible' } } }, context);
    expect(codes(findings)).toEqual(['child.birthPlace:required.marked:warning']);
    expect(findings[0]!.message.vi).toContain('không đọc được');
    expect(blocksVerification(findings)).toBe(false);
  });

  it('reports unreadable, impossible and two-digit dates', () => {
    expect(codes(check('birth', { ...birth, 'child.birthDate': '31/02/2003' }))).toEqual(['child.birthDate:date.impossible:error']);
    expect(codes(check('birth', { ...birth, 'child.birthDate': 'mùng sáu' }))).toEqual(['child.birthDate:date.unreadable:error']);
    expect(codes(check('birth', { ...birth, 'child.birthDate': '06/06/03' }))).toEqual(['child.birthDate:date.twoDigitYear:warning']);
    expect(check('birth', { ...birth, 'child.birthDate': '06/06/03' }, { registerYears: { from: 2003, to: 2003 } })).toEqual([]);
    expect(check('birth', { ...birth, 'child.birthDate': 'năm 2003' })).toEqual([]);
    expect(check('birth', { ...birth, 'child.birthDate': 'không rõ' })).toEqual([]);
  });

  it('refuses a birth after its registration, and any date in the future', () => {
    const late = check('birth', { ...birth, 'child.birthDate': '07/07/2003' });
    expect(codes(late)).toEqual(['child.birthDate:date.afterRegistration:error']);
    expect(late[0]!.message.vi).toBe('Ngày, tháng, năm sinh (07/07/2003) ở sau ngày đăng ký (06/07/2003).');
    expect(check('birth', { ...birth, 'child.birthDate': '06/07/2003' })).toEqual([]);
    expect(check('birth', { ...birth, 'child.birthDate': '2003' })).toEqual([]);
    expect(codes(check('birth', { ...birth, 'registration.date': '24/11/2026', 'child.birthDate': '01/11/2026', 'father.birthYear': '1990', 'mother.birthYear': '1990' }))).toEqual(['registration.date:date.future:error']);
    expect(check('birth', { ...birth, 'registration.date': '23/11/2026', 'child.birthDate': '01/11/2026', 'father.birthYear': '1990', 'mother.birthYear': '1990' })).toEqual([]);
  });

  it('refuses a death before the birth or after its registration', () => {
    expect(codes(check('death', { ...death, 'death.date': '06/07/1922' }))).toEqual(['death.date:death.beforeBirth:error']);
    expect(check('death', { ...death, 'death.date': '07/07/1922' })).toEqual([]);
    expect(codes(check('death', { ...death, 'death.date': '25/05/1993' }))).toEqual(['death.date:date.afterRegistration:error']);
  });

  it('checks the parents\' ages at the birth: 12 to 70 plausible, after the child impossible', () => {
    const at = (fatherYear: string) => codes(check('birth', { ...birth, 'father.birthYear': fatherYear }));
    expect(at('1991')).toEqual([]); // 11 or 12 at the birth: could be 12
    expect(at('1992')).toEqual(['father.birthYear:parent.ageImplausible:warning']); // 10 or 11
    expect(at('1933')).toEqual([]); // 69 or 70
    expect(at('1932')).toEqual([]); // 70 or 71: could be 70
    expect(at('1931')).toEqual(['father.birthYear:parent.ageImplausible:warning']); // 71 or 72
    expect(at('2004')).toEqual(['father.birthYear:parent.bornAfterChild:error']);
    expect(at('87')).toEqual(['father.birthYear:year.invalid:error']);
    expect(codes(check('birth', { ...birth, 'mother.birthYear': '2010' }))).toEqual(['mother.birthYear:parent.bornAfterChild:error']);
  });

  it('warns of a spouse under the marriage age of the law in force', () => {
    // Under the 2000 law, a woman who had entered her 18th year (a full 17) could marry.
    expect(check('marriage', { ...marriage, 'wife.birthDate': '29/03/1996' })).toEqual([]);
    const young = check('marriage', { ...marriage, 'wife.birthDate': '29/03/1997' });
    expect(codes(young)).toEqual(['wife.birthDate:marriage.underAge:warning']);
    expect(young[0]!.message.vi).toContain('Luật Hôn nhân và gia đình 2000');
    expect(check('marriage', { ...marriage, 'wife.birthDate': '28/03/1997' })).toEqual([]); // a full 17 that day
    expect(codes(check('marriage', { ...marriage, 'registration.date': '28/03/2016', 'wife.birthDate': '29/03/1998' }))).toEqual(['wife.birthDate:marriage.underAge:warning']);
    expect(codes(check('marriage', { ...marriage, 'husband.birthDate': '01/04/1995' }))).toEqual(['husband.birthDate:marriage.underAge:warning']); // a full 18
    expect(check('marriage', { ...marriage, 'husband.birthDate': '01/01/1995' })).toEqual([]); // a full 19: in his 20th year
  });

  it('checks each part of a personal ID against the person', () => {
    const { 'father.birthYear': _father, 'mother.birthYear': _mother, ...child } = birth;
    const withId = (id: string, sex = 'Nam', birthDate = '06/06/2003') => codes(check('birth', { ...child, 'child.personalId': id, 'child.sex': sex, 'child.birthDate': birthDate }));
    expect(withId('080203012345')).toEqual([]);
    expect(withId('080 203 012 345')).toEqual([]);
    expect(withId('08020301234')).toEqual(['child.personalId:personalId.format:error']);
    expect(withId('003203012345')).toEqual(['child.personalId:personalId.province:error']);
    expect(withId('080303012345')).toEqual(['child.personalId:personalId.century-sex:error']);
    expect(withId('080303012345', 'Nữ')).toEqual([]);
    expect(withId('080204012345')).toEqual(['child.personalId:personalId.year:error']);
    expect(withId('080003012345', 'Nam', '06/06/1903')).toEqual([]);
  });

  it('checks sex, ethnicity and nationality against their lists', () => {
    expect(codes(check('birth', { ...birth, 'child.sex': 'M' }))).toEqual(['child.sex:sex.unknown:error']);
    expect(check('birth', { ...birth, 'child.sex': 'trai' })).toEqual([]);
    expect(check('birth', { ...birth, 'child.ethnicity': 'Mèo' })).toEqual([]);
    expect(check('birth', { ...birth, 'child.ethnicity': 'khome' })).toEqual([]);
    expect(codes(check('birth', { ...birth, 'child.ethnicity': 'Xyz' }))).toEqual(['child.ethnicity:ethnicity.unknown:warning']);
    expect(check('birth', { ...birth, 'child.nationality': 'Liên Xô' })).toEqual([]);
    expect(codes(check('birth', { ...birth, 'child.nationality': 'Atlantis' }))).toEqual(['child.nationality:nationality.unknown:warning']);
  });

  it('checks names: characters are errors, casing and spacing are warnings with a suggestion', () => {
    expect(codes(check('birth', { ...birth, 'child.fullName': 'Hoàng Văn 2' }))).toEqual(['child.fullName:name.characters:error']);
    const casing = check('birth', { ...birth, 'child.fullName': 'hoàng văn sỹ thực' });
    expect(codes(casing)).toEqual(['child.fullName:name.casing:warning']);
    expect(casing[0]!.suggestion).toBe('Hoàng Văn Sỹ Thực');
    const spacing = check('birth', { ...birth, 'child.fullName': 'Hoàng  Văn Sỹ Thực' });
    expect(codes(spacing)).toEqual(['child.fullName:name.spacing:warning']);
  });

  it('recognizes text typed in a legacy encoding and offers the Unicode form', () => {
    const findings = check('birth', { ...birth, 'child.fullName': 'Hoµng V¨n Sü Thùc' });
    expect(codes(findings)).toEqual(['child.fullName:text.legacyEncoding:warning']);
    expect(findings[0]!.suggestion).toBe('Hoàng Văn Sỹ Thực');
  });

  it('reads a time of death in the usual ways', () => {
    for (const time of ['14:30', '14 giờ 30', '14h30', '8g', '8 giờ 5 phút']) expect(check('death', { ...death, 'death.time': time })).toEqual([]);
    expect(codes(check('death', { ...death, 'death.time': 'chiều' }))).toEqual(['death.time:time.unreadable:warning']);
  });

  it('flags fields that are not of the kind', () => {
    expect(codes(check('birth', { ...birth, 'husband.fullName': 'A', 'foo.bar': 'x' }))).toEqual(['husband.fullName:field.unknown:warning', 'foo.bar:field.unknown:warning']);
  });

  it('reports hostile input and never throws', () => {
    const hostile = ['<script>alert(1)</script>', '\u0000\u0007', 'ệ'.repeat(10_000), '東京都', '🙂', '\ud800', "'; DROP TABLE entries; --"];
    for (const kind of ['birth', 'marriage', 'death'] as const) {
      for (const text of hostile) {
        const fields = Object.fromEntries(['child.fullName', 'child.birthDate', 'child.sex', 'child.personalId', 'husband.birthDate', 'death.date', 'death.time', 'father.birthYear', 'registration.date', 'deceased.personalId', 'wife.nationality'].map((k) => [k, text]));
        expect(() => validateEntry({ kind, fields }, context)).not.toThrow();
      }
    }
    expect(codes(check('birth', { ...birth, 'child.fullName': 'ệ'.repeat(10_000) }))).toEqual(['child.fullName:field.tooLong:error']);
    expect(() => validateEntry({ kind: 'birth', fields: null as unknown as Record<string, string> }, context)).not.toThrow();
  });

  it('finds no error-level finding in any sample register entry', () => {
    const dir = path.join(import.meta.dirname, '..', '..', 'fixtures', 'samples');
    let entries = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const sample = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { kind: RecordKind; edition: string; entries: { fields: Record<string, string> }[] };
      for (const entry of sample.entries) {
        entries++;
        const errors = validateEntry({ kind: sample.kind, edition: sample.edition, fields: entry.fields }, context).filter((f) => f.severity === 'error');
        expect(errors, file).toEqual([]);
      }
    }
    expect(entries).toBeGreaterThan(24);
  });
});

describe('contextFor', () => {
  it("is today's date, with the register's years when the book has them", () => {
    expect(contextFor({ from: 1985, to: 1987 })).toEqual({ today: todayIso(), registerYears: { from: 1985, to: 1987 } });
    expect(contextFor(undefined)).toEqual({ today: todayIso() });
  });
});

const typed = (value: string): FieldValue => ({ value, raw: value, source: 'typed' });
const verifyContext = { today: '2026-11-23' };
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
    expect(verificationBlockers({ kind: 'birth', fields: complete }, 'birth-form', verifyContext)).toEqual([]);
    // an ethnic group not on the list is a warning: a person judges it
    expect(verificationBlockers({ kind: 'birth', fields: { ...complete, 'child.ethnicity': typed('Kinhh') } }, 'birth-form', verifyContext)).toEqual([]);
  });

  it('holds back an entry with an impossible date or a required field missing, naming each', () => {
    const blockers = verificationBlockers({ kind: 'birth', fields: { ...complete, 'child.birthDate': typed('31/02/2003'), 'child.fullName': typed('') } }, 'birth-form', verifyContext);
    expect(blockers.every((f) => f.severity === 'error')).toBe(true);
    expect(new Set(blockers.map((f) => f.field))).toEqual(new Set(['child.birthDate', 'child.fullName']));
  });
});

describe('validateEntry: the registration against its book', () => {
  const book = { registerYears: { from: 1980, to: 2010 } };

  it('warns of a registration date outside the book’s years, in both languages', () => {
    const [finding, ...rest] = check('birth', { ...birth, 'child.birthDate': '06/06/2011', 'registration.date': '17/12/2011' }, book);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ field: 'registration.date', code: 'registration.outsideBookYears', severity: 'warning' });
    expect(finding!.message.vi).toContain('17/12/2011');
    expect(finding!.message.vi).toContain('1980–2010');
    expect(finding!.message.en).toContain("outside the book's years (1980–2010)");
    expect(codes(check('birth', { ...birth, 'child.birthDate': '1979', 'registration.date': '3/1979' }, book))).toContain('registration.date:registration.outsideBookYears:warning');
  });

  it('says nothing of the book’s years for a date within them, at either end, unknown, or with no book years', () => {
    for (const date of ['01/01/1980', '31/12/2010', '2003', 'không rõ']) {
      expect(codes(check('birth', { ...birth, 'child.birthDate': '1979', 'registration.date': date }, book))).not.toContain('registration.date:registration.outsideBookYears:warning');
    }
    expect(check('birth', { ...birth, 'child.birthDate': '06/06/2011', 'registration.date': '17/12/2011' })).toEqual([]);
  });

  it('warns of a number whose year part is not the registration date’s year', () => {
    const [finding, ...rest] = check('birth', { ...birth, 'registration.number': '12/1998' }, book);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ field: 'registration.number', code: 'registration.numberYear', severity: 'warning' });
    expect(finding!.message.vi).toBe('Số "12/1998" mang năm 1998, nhưng ngày đăng ký là năm 2003.');
    expect(finding!.message.en).toBe('The number "12/1998" carries the year 1998, but the registration date is in 2003.');
    // a two-digit year part is read as a two-digit year of the book
    expect(codes(check('birth', { ...birth, 'registration.number': '12/98' }, book))).toEqual(['registration.number:registration.numberYear:warning']);
  });

  it('accepts a number whose year part is the registration’s, or that carries none', () => {
    for (const number of ['12/2003', '012/03', '12', '012', '12/2003/KS', '12a']) {
      expect(check('birth', { ...birth, 'registration.number': number }, book)).toEqual([]);
    }
    // no registration date (or an unknown one): nothing to compare with
    expect(codes(check('birth', { ...birth, 'registration.number': '12/1998', 'registration.date': 'không rõ' }, book))).toEqual([]);
  });
});
