// The personal identification number (số định danh cá nhân, the number on the CCCD card): 12 digits,
// Nghị định 137/2015/NĐ-CP art. 13 and Thông tư 07/2016/TT-BCA art. 7 (later Thông tư 59/2021/TT-BCA;
// the Luật Căn cước 2023 art. 12 keeps the 12 digits). Digits 1–3: the province where the birth was
// registered; digit 4: century of birth and sex; digits 5–6: the last two digits of the birth year;
// digits 7–12: random, so nothing about them can be checked.
// Province codes are the 63 of Thông tư 07/2016/TT-BCA; numbers issued with them stay valid. No source
// at hand gives new codes for births registered after the 2025 reform, and the 34 merged provinces kept
// administrative codes from the old list (Tuyên Quang 08, Lào Cai 15, ...), all of them among the 63, so
// the 63 stay the whole list. Citizens whose birth was registered abroad get a country code instead,
// which no source at hand lists, so such a number reads as an unknown province.
import type { LocalizedText } from './record-kinds.ts';
import type { Sex } from './sex.ts';

export const personalIdProvinces: Readonly<Record<string, string>> = Object.freeze({
  '001': 'Hà Nội', '002': 'Hà Giang', '004': 'Cao Bằng', '006': 'Bắc Kạn', '008': 'Tuyên Quang', '010': 'Lào Cai',
  '011': 'Điện Biên', '012': 'Lai Châu', '014': 'Sơn La', '015': 'Yên Bái', '017': 'Hòa Bình', '019': 'Thái Nguyên',
  '020': 'Lạng Sơn', '022': 'Quảng Ninh', '024': 'Bắc Giang', '025': 'Phú Thọ', '026': 'Vĩnh Phúc', '027': 'Bắc Ninh',
  '030': 'Hải Dương', '031': 'Hải Phòng', '033': 'Hưng Yên', '034': 'Thái Bình', '035': 'Hà Nam', '036': 'Nam Định',
  '037': 'Ninh Bình', '038': 'Thanh Hóa', '040': 'Nghệ An', '042': 'Hà Tĩnh', '044': 'Quảng Bình', '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế', '048': 'Đà Nẵng', '049': 'Quảng Nam', '051': 'Quảng Ngãi', '052': 'Bình Định',
  '054': 'Phú Yên', '056': 'Khánh Hòa', '058': 'Ninh Thuận', '060': 'Bình Thuận', '062': 'Kon Tum', '064': 'Gia Lai',
  '066': 'Đắk Lắk', '067': 'Đắk Nông', '068': 'Lâm Đồng', '070': 'Bình Phước', '072': 'Tây Ninh', '074': 'Bình Dương',
  '075': 'Đồng Nai', '077': 'Bà Rịa - Vũng Tàu', '079': 'Hồ Chí Minh', '080': 'Long An', '082': 'Tiền Giang',
  '083': 'Bến Tre', '084': 'Trà Vinh', '086': 'Vĩnh Long', '087': 'Đồng Tháp', '089': 'An Giang', '091': 'Kiên Giang',
  '092': 'Cần Thơ', '093': 'Hậu Giang', '094': 'Sóc Trăng', '095': 'Bạc Liêu', '096': 'Cà Mau',
});

export type PersonalIdPart = 'format' | 'province' | 'century-sex' | 'year';

export interface PersonalIdProblem {
  part: PersonalIdPart;
  message: LocalizedText;
}

export interface PersonalIdParts {
  provinceCode: string;
  /** null when the code is not one of the 63 */
  province: string | null;
  sex: Sex;
  /** the century as the circular counts it: 20 for births 1900–1999, 21 for 2000–2099, ... 24 */
  century: number;
  yearDigits: string;
}

const spaces = /\s/g;
const twelveDigits = /^\d{12}$/;

function parse(digits: string): PersonalIdParts {
  const provinceCode = digits.slice(0, 3);
  const code = Number(digits.charAt(3));
  return {
    provinceCode,
    province: personalIdProvinces[provinceCode] ?? null,
    sex: code % 2 === 0 ? 'male' : 'female',
    century: 20 + Math.floor(code / 2),
    yearDigits: digits.slice(4, 6),
  };
}

/** The parts a well-formed number encodes; null unless it is exactly 12 digits once spaces are removed. */
export function describePersonalId(id: string): PersonalIdParts | null {
  const digits = id.replace(spaces, '');
  return twelveDigits.test(digits) ? parse(digits) : null;
}

const sexWord: Record<Sex, LocalizedText> = { male: { vi: 'Nam', en: 'male' }, female: { vi: 'Nữ', en: 'female' } };

/**
 * What contradicts the number: its form, its province code, and, when the record gives them, the person's
 * sex and birth year. Empty when nothing does. Messages quote only the digits concerned, never the input.
 */
export function checkPersonalId(id: string, person: { sex?: Sex; birthYear?: number } = {}): PersonalIdProblem[] {
  const digits = id.replace(spaces, '');
  if (!twelveDigits.test(digits)) return [formatProblem(digits)];
  const parts = parse(digits);
  const problems: PersonalIdProblem[] = [];
  if (parts.province === null) {
    problems.push({
      part: 'province',
      message: {
        vi: `Mã tỉnh ${parts.provinceCode} (3 chữ số đầu) không có trong danh mục 63 mã tỉnh, thành phố nơi đăng ký khai sinh; hãy đối chiếu lại với giấy tờ.`,
        en: `Province code ${parts.provinceCode} (first 3 digits) is not one of the 63 codes of the province where a birth is registered; check it against the document.`,
      },
    });
  }
  const birthYear = Number.isInteger(person.birthYear) ? person.birthYear : undefined;
  const century = centuryProblem(digits.charAt(3), parts, person.sex, birthYear);
  if (century) problems.push(century);
  if (birthYear !== undefined) {
    const expected = String(((birthYear % 100) + 100) % 100).padStart(2, '0');
    if (expected !== parts.yearDigits) {
      problems.push({
        part: 'year',
        message: {
          vi: `Chữ số thứ 5–6 là ${parts.yearDigits} nhưng năm sinh là ${birthYear} (phải là ${expected}).`,
          en: `Digits 5–6 are ${parts.yearDigits} but the birth year is ${birthYear} (they should be ${expected}).`,
        },
      });
    }
  }
  return problems;
}

function formatProblem(digits: string): PersonalIdProblem {
  if (/^\d*$/.test(digits)) {
    return {
      part: 'format',
      message: {
        vi: `Số định danh cá nhân phải có đúng 12 chữ số; số đã nhập có ${digits.length} chữ số.`,
        en: `A personal identification number has exactly 12 digits; this one has ${digits.length}.`,
      },
    };
  }
  return {
    part: 'format',
    message: {
      vi: 'Số định danh cá nhân chỉ gồm 12 chữ số, không có chữ cái hay ký hiệu.',
      en: 'A personal identification number is 12 digits, with no letters or symbols.',
    },
  };
}

function centuryProblem(digit: string, parts: PersonalIdParts, sex: Sex | undefined, birthYear: number | undefined): PersonalIdProblem | null {
  const from = (parts.century - 1) * 100;
  const to = from + 99;
  const contradictions: LocalizedText[] = [];
  if (sex && sex !== parts.sex) {
    contradictions.push({ vi: `giới tính là ${sexWord[sex].vi}`, en: `the sex is ${sexWord[sex].en}` });
  }
  if (birthYear !== undefined && (birthYear < from || birthYear > to)) {
    contradictions.push({ vi: `năm sinh là ${birthYear}`, en: `the birth year is ${birthYear}` });
  }
  if (contradictions.length === 0) return null;
  const meaning = { vi: `${sexWord[parts.sex].vi.toLowerCase()}, sinh ${from}–${to}`, en: `${sexWord[parts.sex].en}, born ${from}–${to}` };
  return {
    part: 'century-sex',
    message: {
      vi: `Chữ số thứ 4 là ${digit} (${meaning.vi}) nhưng ${contradictions.map((c) => c.vi).join(' và ')}.`,
      en: `The 4th digit is ${digit} (${meaning.en}) but ${contradictions.map((c) => c.en).join(' and ')}.`,
    },
  };
}
