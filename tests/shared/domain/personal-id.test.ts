import { describe, expect, it } from 'vitest';
import { checkPersonalId, describePersonalId, personalIdProvinces } from '../../../shared/domain/personal-id.ts';

// Thông tư 07/2016/TT-BCA, Phụ lục 1.
const provinces: [string, string][] = [
  ['001', 'Hà Nội'], ['002', 'Hà Giang'], ['004', 'Cao Bằng'], ['006', 'Bắc Kạn'], ['008', 'Tuyên Quang'],
  ['010', 'Lào Cai'], ['011', 'Điện Biên'], ['012', 'Lai Châu'], ['014', 'Sơn La'], ['015', 'Yên Bái'],
  ['017', 'Hòa Bình'], ['019', 'Thái Nguyên'], ['020', 'Lạng Sơn'], ['022', 'Quảng Ninh'], ['024', 'Bắc Giang'],
  ['025', 'Phú Thọ'], ['026', 'Vĩnh Phúc'], ['027', 'Bắc Ninh'], ['030', 'Hải Dương'], ['031', 'Hải Phòng'],
  ['033', 'Hưng Yên'], ['034', 'Thái Bình'], ['035', 'Hà Nam'], ['036', 'Nam Định'], ['037', 'Ninh Bình'],
  ['038', 'Thanh Hóa'], ['040', 'Nghệ An'], ['042', 'Hà Tĩnh'], ['044', 'Quảng Bình'], ['045', 'Quảng Trị'],
  ['046', 'Thừa Thiên Huế'], ['048', 'Đà Nẵng'], ['049', 'Quảng Nam'], ['051', 'Quảng Ngãi'], ['052', 'Bình Định'],
  ['054', 'Phú Yên'], ['056', 'Khánh Hòa'], ['058', 'Ninh Thuận'], ['060', 'Bình Thuận'], ['062', 'Kon Tum'],
  ['064', 'Gia Lai'], ['066', 'Đắk Lắk'], ['067', 'Đắk Nông'], ['068', 'Lâm Đồng'], ['070', 'Bình Phước'],
  ['072', 'Tây Ninh'], ['074', 'Bình Dương'], ['075', 'Đồng Nai'], ['077', 'Bà Rịa - Vũng Tàu'], ['079', 'Hồ Chí Minh'],
  ['080', 'Long An'], ['082', 'Tiền Giang'], ['083', 'Bến Tre'], ['084', 'Trà Vinh'], ['086', 'Vĩnh Long'],
  ['087', 'Đồng Tháp'], ['089', 'An Giang'], ['091', 'Kiên Giang'], ['092', 'Cần Thơ'], ['093', 'Hậu Giang'],
  ['094', 'Sóc Trăng'], ['095', 'Bạc Liêu'], ['096', 'Cà Mau'],
];

const parts = (problems: { part: string }[]) => problems.map((problem) => problem.part);

describe('personalIdProvinces', () => {
  it('is the 63 codes of Thông tư 07/2016/TT-BCA, NFC, and cannot be changed', () => {
    expect(Object.entries(personalIdProvinces).sort()).toEqual([...provinces].sort());
    for (const name of Object.values(personalIdProvinces)) expect(name).toBe(name.normalize('NFC'));
    expect(Object.isFrozen(personalIdProvinces)).toBe(true);
  });
});

describe('checkPersonalId', () => {
  it.each(provinces)('accepts province code %s (%s)', (code) => {
    expect(checkPersonalId(`${code}085123456`, { sex: 'male', birthYear: 1985 })).toEqual([]);
    expect(checkPersonalId(`${code}305000001`, { sex: 'female', birthYear: 2005 })).toEqual([]);
  });

  it.each(['000', '003', '097', '100', '999', '005', '047', '090'])('reports unknown province code %s, naming it', (code) => {
    const problems = checkPersonalId(`${code}085123456`, { sex: 'male', birthYear: 1985 });
    expect(parts(problems)).toEqual(['province']);
    expect(problems[0]?.message.vi).toContain(`Mã tỉnh ${code}`);
    expect(problems[0]?.message.en).toContain(`Province code ${code}`);
  });

  describe.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])('century-and-sex digit %i', (digit) => {
    const sex = digit % 2 === 0 ? 'male' : 'female';
    const other = sex === 'male' ? 'female' : 'male';
    const from = 1900 + 100 * Math.floor(digit / 2);
    const id = `079${digit}42000001`;

    it('agrees with the matching sex and any year of its century ending in the digits', () => {
      expect(checkPersonalId(id, { sex, birthYear: from + 42 })).toEqual([]);
      expect(checkPersonalId(id, { sex })).toEqual([]);
      expect(checkPersonalId(id, { birthYear: from + 42 })).toEqual([]);
      expect(checkPersonalId(id)).toEqual([]);
    });

    it('reports the other sex', () => {
      const problems = checkPersonalId(id, { sex: other, birthYear: from + 42 });
      expect(parts(problems)).toEqual(['century-sex']);
      expect(problems[0]?.message.vi).toBe(
        `Chữ số thứ 4 là ${digit} (${sex === 'male' ? 'nam' : 'nữ'}, sinh ${from}–${from + 99}) nhưng giới tính là ${other === 'male' ? 'Nam' : 'Nữ'}.`,
      );
      expect(problems[0]?.message.en).toBe(`The 4th digit is ${digit} (${sex}, born ${from}–${from + 99}) but the sex is ${other}.`);
    });

    it('reports a birth year of another century, even when its last digits match', () => {
      for (const birthYear of [from - 58, from + 142]) {
        const problems = checkPersonalId(id, { sex, birthYear });
        expect(parts(problems)).toEqual(['century-sex']);
        expect(problems[0]?.message.vi).toContain(`nhưng năm sinh là ${birthYear}`);
        expect(problems[0]?.message.en).toContain(`but the birth year is ${birthYear}`);
      }
    });

    it('reports the year digits when they differ from the birth year', () => {
      const problems = checkPersonalId(id, { sex, birthYear: from + 43 });
      expect(parts(problems)).toEqual(['year']);
      expect(problems[0]?.message.vi).toBe(`Chữ số thứ 5–6 là 42 nhưng năm sinh là ${from + 43} (phải là 43).`);
    });
  });

  it('words the example the clerk sees', () => {
    expect(checkPersonalId('001300123456', { sex: 'male', birthYear: 2000 })).toEqual([
      {
        part: 'century-sex',
        message: {
          vi: 'Chữ số thứ 4 là 3 (nữ, sinh 2000–2099) nhưng giới tính là Nam.',
          en: 'The 4th digit is 3 (female, born 2000–2099) but the sex is male.',
        },
      },
    ]);
    expect(checkPersonalId('001085123456', { birthYear: 1986 })).toEqual([
      {
        part: 'year',
        message: {
          vi: 'Chữ số thứ 5–6 là 85 nhưng năm sinh là 1986 (phải là 86).',
          en: 'Digits 5–6 are 85 but the birth year is 1986 (they should be 86).',
        },
      },
    ]);
  });

  it('names both contradictions of digit 4 in one problem, and lists every part in order', () => {
    const problems = checkPersonalId('003300123456', { sex: 'male', birthYear: 1986 });
    expect(parts(problems)).toEqual(['province', 'century-sex', 'year']);
    expect(problems[1]?.message.vi).toBe('Chữ số thứ 4 là 3 (nữ, sinh 2000–2099) nhưng giới tính là Nam và năm sinh là 1986.');
    expect(problems[1]?.message.en).toBe('The 4th digit is 3 (female, born 2000–2099) but the sex is male and the birth year is 1986.');
    expect(problems[2]?.message.vi).toBe('Chữ số thứ 5–6 là 00 nhưng năm sinh là 1986 (phải là 86).');
  });

  it('pads a birth year ending in 0–9 to two digits', () => {
    expect(checkPersonalId('001205000001', { birthYear: 2005 })).toEqual([]);
    expect(checkPersonalId('001000000001', { birthYear: 1900 })).toEqual([]);
    expect(checkPersonalId('001206000001', { birthYear: 2005 })[0]?.message.vi).toContain('(phải là 05)');
  });

  it('ignores a birth year that is not a whole number', () => {
    for (const birthYear of [Number.NaN, 1985.5, Number.POSITIVE_INFINITY]) {
      expect(checkPersonalId('001085123456', { birthYear })).toEqual([]);
    }
  });

  it('reads digits separated by spaces', () => {
    expect(checkPersonalId('001 085 123 456', { sex: 'male', birthYear: 1985 })).toEqual([]);
    expect(checkPersonalId(' 001085\t123456\n')).toEqual([]);
    expect(checkPersonalId('0010 8512 3456\u00a0')).toEqual([]);
  });

  it.each(['', '1', '00108512345', '0010851234567', '001085123456001085123456', '          '])('reports the length of %j and checks nothing else', (id) => {
    const problems = checkPersonalId(id, { sex: 'female', birthYear: 1700 });
    expect(parts(problems)).toEqual(['format']);
    const count = id.replace(/\s/g, '').length;
    expect(problems[0]?.message.vi).toBe(`Số định danh cá nhân phải có đúng 12 chữ số; số đã nhập có ${count} chữ số.`);
    expect(problems[0]?.message.en).toBe(`A personal identification number has exactly 12 digits; this one has ${count}.`);
  });

  it.each(['A01085123456', '001-085-123-456', '001.085.123.456', '00108512345O', '０１２３４５６７８９０１', '+84001085123', 'CCCD 001085123456'])(
    'reports non-digits in %j without quoting them',
    (id) => {
      const problems = checkPersonalId(id);
      expect(parts(problems)).toEqual(['format']);
      expect(problems[0]?.message).toEqual({
        vi: 'Số định danh cá nhân chỉ gồm 12 chữ số, không có chữ cái hay ký hiệu.',
        en: 'A personal identification number is 12 digits, with no letters or symbols.',
      });
    },
  );

  it('never throws, and never echoes hostile input', () => {
    const hostile = [
      '<script>alert(1)</script>', '<b>001085123456</b>', '\u0000\u0007001085123456', '001085123456\u202e', '١٢٣٤٥٦٧٨٩٠١٢',
      '1'.repeat(10_000), 'x'.repeat(10_000), '身份证号码', '🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂', '\ud800',
    ];
    for (const id of hostile) {
      const problems = checkPersonalId(id, { sex: 'male', birthYear: 1985 });
      expect(parts(problems)).toEqual(['format']);
      for (const text of [problems[0]?.message.vi ?? '', problems[0]?.message.en ?? '']) {
        expect(text).not.toMatch(/[<>\p{Cc}\u202e]|script|x{2}|1{13}|🙂|身/u);
      }
      expect(describePersonalId(id)).toBeNull();
    }
  });
});

describe('describePersonalId', () => {
  it('reads the parts of a well-formed number', () => {
    expect(describePersonalId('079203001234')).toEqual({ provinceCode: '079', province: 'Hồ Chí Minh', sex: 'male', century: 21, yearDigits: '03' });
    expect(describePersonalId('046 1 85 000001')).toEqual({ provinceCode: '046', province: 'Thừa Thiên Huế', sex: 'female', century: 20, yearDigits: '85' });
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])('reads century-and-sex digit %i', (digit) => {
    expect(describePersonalId(`001${digit}99000000`)).toMatchObject({
      sex: digit % 2 === 0 ? 'male' : 'female',
      century: 20 + Math.floor(digit / 2),
      yearDigits: '99',
    });
  });

  it('gives no province for an unknown code but still reads the rest', () => {
    expect(describePersonalId('097085123456')).toEqual({ provinceCode: '097', province: null, sex: 'male', century: 20, yearDigits: '85' });
  });

  it.each(['', '00108512345', '0010851234567', 'A01085123456', '001-085-123-456'])('is null for %j', (id) => {
    expect(describePersonalId(id)).toBeNull();
  });
});
