import { describe, expect, it } from 'vitest';
import { convertLegacy, detectLegacyEncoding, toUnicode } from '../../../shared/text/legacy-encodings.ts';
import { tcvn3CapitalCodes, tcvn3Letters } from '../../../shared/text/tcvn3-table.ts';
import { vniLetters } from '../../../shared/text/vni-table.ts';

// The alphabet, each row with no mark, grave, hook above, tilde, acute, dot below.
const vowelRows = ['aàảãáạ', 'ăằẳẵắặ', 'âầẩẫấậ', 'eèẻẽéẹ', 'êềểễếệ', 'iìỉĩíị', 'oòỏõóọ', 'ôồổỗốộ', 'ơờởỡớợ', 'uùủũúụ', 'ưừửữứự', 'yỳỷỹýỵ'];

// TCVN3 written out from the published code chart as Latin-1 characters, independently of the table
// under test, in the same row order. ư is the soft hyphen U+00AD.
const tcvn3Rows = [
  ['a', 'µ', '¶', '·', '¸', '¹'],
  ['¨', '»', '¼', '½', '¾', 'Æ'],
  ['©', 'Ç', 'È', 'É', 'Ê', 'Ë'],
  ['e', 'Ì', 'Î', 'Ï', 'Ð', 'Ñ'],
  ['ª', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö'],
  ['i', '×', 'Ø', 'Ü', 'Ý', 'Þ'],
  ['o', 'ß', 'á', 'â', 'ã', 'ä'],
  ['«', 'å', 'æ', 'ç', 'è', 'é'],
  ['¬', 'ê', 'ë', 'ì', 'í', 'î'],
  ['u', 'ï', 'ñ', 'ò', 'ó', 'ô'],
  ['\u00AD', 'õ', 'ö', '÷', 'ø', 'ù'],
  ['y', 'ú', 'û', 'ü', 'ý', 'þ'],
];
// Capitals with no tone mark that have codes of their own; toned capitals reuse the lowercase codes.
const tcvn3CapitalRow: Record<string, string> = { A: 'A', Ă: '¡', Â: '¢', E: 'E', Ê: '£', I: 'I', O: 'O', Ô: '¤', Ơ: '¥', U: 'U', Ư: '¦', Y: 'Y' };

const vniRows = [
  ['a', 'aø', 'aû', 'aõ', 'aù', 'aï'],
  ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'],
  ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'],
  ['e', 'eø', 'eû', 'eõ', 'eù', 'eï'],
  ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  ['o', 'oø', 'oû', 'oõ', 'où', 'oï'],
  ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï'],
  ['u', 'uø', 'uû', 'uõ', 'uù', 'uï'],
  ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï'],
  ['y', 'yø', 'yû', 'yõ', 'yù', 'î'],
];
const vniCapitalRows = [
  ['A', 'AØ', 'AÛ', 'AÕ', 'AÙ', 'AÏ'],
  ['AÊ', 'AÈ', 'AÚ', 'AÜ', 'AÉ', 'AË'],
  ['AÂ', 'AÀ', 'AÅ', 'AÃ', 'AÁ', 'AÄ'],
  ['E', 'EØ', 'EÛ', 'EÕ', 'EÙ', 'EÏ'],
  ['EÂ', 'EÀ', 'EÅ', 'EÃ', 'EÁ', 'EÄ'],
  ['I', 'Ì', 'Æ', 'Ó', 'Í', 'Ò'],
  ['O', 'OØ', 'OÛ', 'OÕ', 'OÙ', 'OÏ'],
  ['OÂ', 'OÀ', 'OÅ', 'OÃ', 'OÁ', 'OÄ'],
  ['Ô', 'ÔØ', 'ÔÛ', 'ÔÕ', 'ÔÙ', 'ÔÏ'],
  ['U', 'UØ', 'UÛ', 'UÕ', 'UÙ', 'UÏ'],
  ['Ö', 'ÖØ', 'ÖÛ', 'ÖÕ', 'ÖÙ', 'ÖÏ'],
  ['Y', 'YØ', 'YÛ', 'YÕ', 'YÙ', 'Î'],
];

const markNames = ['no mark', 'grave', 'hook above', 'tilde', 'acute', 'dot below'];

function grid(rows: readonly string[][], capitals: boolean): [string, string, string][] {
  return vowelRows.flatMap((letters, row) =>
    [...letters].map((letter, mark): [string, string, string] => {
      const unicode = capitals ? letter.toUpperCase() : letter;
      return [`${unicode} (${markNames[mark]!})`, rows[row]![mark]!, unicode];
    }),
  );
}

// Encoders built by inverting the tables under test, so that hand-written legacy strings check them.
const tcvn3Codes = new Map([...tcvn3Letters].map(([code, letter]) => [letter, code]));
const vniSequences = new Map([...vniLetters].map(([sequence, letter]) => [letter, sequence]));

/** Unicode → TCVN3 as typed with the capitals font for capitals: toned capitals take lowercase codes. */
function encodeTcvn3(text: string): string {
  return [...text].map((ch) => tcvn3Codes.get(ch) ?? tcvn3Codes.get(ch.toLowerCase()) ?? ch).join('');
}

function encodeVni(text: string): string {
  return [...text].map((ch) => vniSequences.get(ch) ?? ch).join('');
}

const alphabet = [...vowelRows.join(''), 'đ'];
const capitalAlphabet = alphabet.map((letter) => letter.toUpperCase());

describe('TCVN3 letters', () => {
  it.each(grid(tcvn3Rows, false))('%s from %j', (_name, code, letter) => {
    expect(convertLegacy(code, 'tcvn3')).toBe(letter);
  });

  it('đ and Đ', () => {
    expect(convertLegacy('®', 'tcvn3')).toBe('đ');
    expect(convertLegacy('§', 'tcvn3')).toBe('Đ');
  });

  // A toned capital is the lowercase code drawn by .VnTimeH; a word in capitals shows the font was used.
  it.each(
    vowelRows.flatMap((letters, row) =>
      [...letters].map((letter, mark): [string, string, string] => {
        const capital = letter.toUpperCase();
        const code = mark === 0 ? tcvn3CapitalRow[capital]! : tcvn3Rows[row]![mark]!;
        return [`${capital} (${markNames[mark]!})`, `N${code}NG`, `N${capital}NG`];
      }),
    ),
  )('%s in a word in capitals, %j', (_name, word, expected) => {
    expect(convertLegacy(word, 'tcvn3')).toBe(expected);
  });

  it('reads a lone code, or one in a lowercase word, in the lowercase font', () => {
    expect(convertLegacy('¸', 'tcvn3')).toBe('á');
    expect(convertLegacy('Néi', 'tcvn3')).toBe('Nội');
    expect(convertLegacy('N¹ng', 'tcvn3')).toBe('Nạng');
  });

  it('has exactly the 74 codes of VN3, each a distinct Latin-1 character standing for a distinct letter', () => {
    expect(tcvn3Letters.size).toBe(74);
    expect(new Set(tcvn3Letters.values()).size).toBe(74);
    for (const code of tcvn3Letters.keys()) expect(code).toMatch(/^[\u00A1-\u00FE]$/);
    expect([...tcvn3CapitalCodes].map((code) => tcvn3Letters.get(code)).join('')).toBe('ĂÂÊÔƠƯĐ');
  });

  it('decodes every table entry to its letter', () => {
    for (const [code, letter] of tcvn3Letters) expect(convertLegacy(code, 'tcvn3')).toBe(letter);
  });

  it('round-trips the whole alphabet through the table', () => {
    const lowercase = [...alphabet, 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'].join(' ');
    expect(convertLegacy(encodeTcvn3(lowercase), 'tcvn3')).toBe(lowercase);
    const capitals = capitalAlphabet.map((letter) => `N${letter}NG`).join(' ');
    expect(convertLegacy(encodeTcvn3(capitals), 'tcvn3')).toBe(capitals);
  });
});

describe('VNI letters', () => {
  it.each([...grid(vniRows, false), ...grid(vniCapitalRows, true)])('%s from %j', (_name, sequence, letter) => {
    expect(convertLegacy(sequence, 'vni')).toBe(letter);
  });

  it('đ and Đ', () => {
    expect(convertLegacy('ñ', 'vni')).toBe('đ');
    expect(convertLegacy('Ñ', 'vni')).toBe('Đ');
  });

  it('reads a modifier in the case of its base letter', () => {
    expect(convertLegacy('Aù Ñaø', 'vni')).toBe('Á Đà');
    expect(convertLegacy('aÙ', 'vni')).toBe('á');
    expect(convertLegacy('ÖÙ öù', 'vni')).toBe('Ứ ứ');
  });

  it('has exactly 134 sequences, each standing for a distinct letter', () => {
    expect(vniLetters.size).toBe(134);
    expect(new Set(vniLetters.values()).size).toBe(134);
    for (const sequence of vniLetters.keys()) expect(sequence).toMatch(/^[AEOUYaeouyÔÖôö]?[\u00C0-\u00FF]$/);
  });

  it('decodes every table entry to its letter', () => {
    for (const [sequence, letter] of vniLetters) expect(convertLegacy(sequence, 'vni')).toBe(letter);
  });

  it('round-trips the whole alphabet, lowercase and capitals, through the table', () => {
    const letters = [...alphabet, ...capitalAlphabet].join(' ');
    expect(convertLegacy(encodeVni(letters), 'vni')).toBe(letters);
    const joined = [...alphabet, ...capitalAlphabet].join('');
    expect(convertLegacy(encodeVni(joined), 'vni')).toBe(joined);
  });
});

// Place names, personal names and register headings as old documents hold them.
const tcvn3Samples: [string, string][] = [
  ['Hµ Néi', 'Hà Nội'],
  ['ViÖt Nam', 'Việt Nam'],
  ['§µ N½ng', 'Đà Nẵng'],
  ['Thµnh phè Hå ChÝ Minh', 'Thành phố Hồ Chí Minh'],
  ['Qu¶ng Ng·i', 'Quảng Ngãi'],
  ['Th¸i B×nh', 'Thái Bình'],
  ['§¾k L¾k', 'Đắk Lắk'],
  ['Kh¸nh Hßa', 'Khánh Hòa'],
  ['Thõa Thiªn HuÕ', 'Thừa Thiên Huế'],
  ['CÇn Th¬', 'Cần Thơ'],
  ['H¶i Phßng', 'Hải Phòng'],
  ['Uû ban nh©n d©n x· B×nh LËp', 'Uỷ ban nhân dân xã Bình Lập'],
  ['Bé T\u00AD ph¸p', 'Bộ Tư pháp'],
  ['Tr\u00ADêng MÇm non Hoa Sen', 'Trường Mầm non Hoa Sen'],
  ['NguyÔn ThÞ Minh Khai', 'Nguyễn Thị Minh Khai'],
  ['TrÇn V¨n B¶y', 'Trần Văn Bảy'],
  ['Lª ThÞ Hoa', 'Lê Thị Hoa'],
  ['Ph¹m Quúnh Anh', 'Phạm Quỳnh Anh'],
  ['Huúnh TÊn Ph¸t', 'Huỳnh Tấn Phát'],
  // The lowercase font has no toned capitals: "Ánh" could only be typed as "ánh".
  ['§ç ThÞ Ngäc ¸nh', 'Đỗ Thị Ngọc ánh'],
  ['Ng\u00ADêi khai: Vò V¨n Dòng', 'Người khai: Vũ Văn Dũng'],
  ['Ngµy 12 th¸ng 3 n¨m 1950', 'Ngày 12 tháng 3 năm 1950'],
  ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
  ['CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['TR\u00A6êNG §¹I HäC', 'TRƯỜNG ĐẠI HỌC'],
];

const vniSamples: [string, string][] = [
  ['Vieät Nam', 'Việt Nam'],
  ['Haø Noäi', 'Hà Nội'],
  ['Ñaø Naüng', 'Đà Nẵng'],
  ['Thaønh phoá Hoà Chí Minh', 'Thành phố Hồ Chí Minh'],
  ['Quaûng Ngaõi', 'Quảng Ngãi'],
  ['Thaùi Bình', 'Thái Bình'],
  ['Ñaék Laék', 'Đắk Lắk'],
  ['Khaùnh Hoøa', 'Khánh Hòa'],
  ['Thöøa Thieân Hueá', 'Thừa Thiên Huế'],
  ['Caàn Thô', 'Cần Thơ'],
  ['Haûi Phoøng', 'Hải Phòng'],
  ['Uyû ban nhaân daân xaõ Bình Laäp', 'Uỷ ban nhân dân xã Bình Lập'],
  ['Boä Tö phaùp', 'Bộ Tư pháp'],
  ['Tröôøng Maàm non Hoa Sen', 'Trường Mầm non Hoa Sen'],
  ['Nguyeãn Thò Minh Khai', 'Nguyễn Thị Minh Khai'],
  ['Traàn Vaên Baûy', 'Trần Văn Bảy'],
  ['Phaïm Quyønh Anh', 'Phạm Quỳnh Anh'],
  ['Huyønh Taán Phaùt', 'Huỳnh Tấn Phát'],
  ['Ñoã Thò Ngoïc AÙnh', 'Đỗ Thị Ngọc Ánh'],
  ['Ngöôøi khai: Vuõ Vaên Duõng', 'Người khai: Vũ Văn Dũng'],
  ['Ngaøy 12 thaùng 3 naêm 1950', 'Ngày 12 tháng 3 năm 1950'],
  ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
  ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['TRÖÔØNG ÑAÏI HOÏC', 'TRƯỜNG ĐẠI HỌC'],
];

describe('real-world TCVN3 text', () => {
  it.each(tcvn3Samples)('%j is %j, and is recognised', (legacy, unicode) => {
    expect(convertLegacy(legacy, 'tcvn3')).toBe(unicode);
    expect(toUnicode(legacy)).toEqual({ text: unicode, converted: 'tcvn3' });
  });

  it.each(tcvn3Samples)('the table writes %j for %j', (legacy, unicode) => {
    expect(encodeTcvn3(unicode)).toBe(legacy);
  });

  it('takes capitals from the words around one that cannot tell, within its line', () => {
    expect(convertLegacy('Hµ NéI', 'tcvn3')).toBe('HÀ NỘI');
    expect(convertLegacy('Hµ Néi', 'tcvn3')).toBe('Hà Nội');
    expect(convertLegacy('Hµ\nNéI', 'tcvn3')).toBe('Hà\nNỘI');
    expect(convertLegacy('TP Hå ChÝ Minh', 'tcvn3')).toBe('TP Hồ Chí Minh');
    expect(convertLegacy('GIÊY KHAI SINH', 'tcvn3')).toBe('GIẤY KHAI SINH');
  });
});

describe('real-world VNI text', () => {
  it.each(vniSamples)('%j is %j, and is recognised', (legacy, unicode) => {
    expect(convertLegacy(legacy, 'vni')).toBe(unicode);
    expect(toUnicode(legacy)).toEqual({ text: unicode, converted: 'vni' });
  });

  it.each(vniSamples)('the table writes %j for %j', (legacy, unicode) => {
    expect(encodeVni(unicode)).toBe(legacy);
  });
});

describe('detectLegacyEncoding', () => {
  it.each([
    '',
    'Nguyen Van An',
    'UBND TP. HCM, 12/3/1950',
    'Hello, world!',
    'Hà Nội',
    'Nguyễn Văn An',
    'Lê Thị Hồng',
    'Hoà',
    'Hòa',
    'Hùng',
    'Tú Lý Võ',
    'Thành phố Hồ Chí Minh',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Ủy ban nhân dân xã Bình Lập',
    'Nguyễn Thị Hoà'.normalize('NFD'),
    'Y-Ngông Niê, H’Hen Niê',
  ])('leaves Unicode and ASCII alone: %j', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it.each([
    'café',
    'crème brûlée à la française',
    'Noël à Paris, où il fait froid',
    'Loïc, où es-tu ?',
    'Où ?',
    'naïve façade',
    'déjà vu',
    'Müller',
    'Jürgen Müller aus München',
    'Schöne Grüße aus Köln',
    'Straße',
    'Öl',
    'El niño José',
    'São Paulo',
    'Zoë',
    'Ångström',
    'Øresund',
    'Dvořák',
  ])('leaves French, German and other languages alone: %j', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it.each(['é', 'ü', 'Ö', 'ñ', 'ô', 'µ', '§', '©', 'ñu', 'µm', '5 µm × 3 µm', '§ 12', '© 2024 Công ty', '½ kg', '2 × 3', 'Hµ'])(
    'says nothing about a string too short to tell: %j',
    (text) => {
      expect(detectLegacyEncoding(text)).toBeNull();
    },
  );

  it('never mistakes a Unicode syllable for a legacy one, in any case', () => {
    const initials = ['', 'b', 'ch', 'đ', 'gi', 'kh', 'ng', 'ngh', 'nh', 'ph', 'qu', 'th', 'tr', 'x'];
    const rhymes = ['a', 'ai', 'an', 'ang', 'anh', 'at', 'ăn', 'âu', 'e', 'em', 'ê', 'ên', 'i', 'inh', 'iêt', 'o', 'oa', 'oai', 'oang', 'oe', 'ô', 'ông', 'ơ', 'ơi', 'u', 'uy', 'uyên', 'ư', 'ưa', 'ương', 'y'];
    for (const initial of initials) {
      for (const rhyme of rhymes) {
        for (const mark of ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']) {
          const syllable = `${initial}${rhyme.replace(/[aăâeêioôơuưy](?!.*[aăâeêioôơuưy])/u, (vowel) => vowel + mark)}`.normalize('NFC');
          const title = syllable.charAt(0).toUpperCase() + syllable.slice(1);
          for (const word of [syllable, title, syllable.toUpperCase()]) {
            expect(detectLegacyEncoding(`${word} ${word} ${word}`), word).toBeNull();
          }
        }
      }
    }
  });

  it('says nothing when the only evidence reads as Vietnamese in both encodings', () => {
    expect(detectLegacyEncoding('Thuû')).toBeNull();
    expect(convertLegacy('Thuû', 'tcvn3')).toBe('Thuỷ');
    expect(convertLegacy('Thuû', 'vni')).toBe('Thủ');
    expect(toUnicode('Thanh Thuû, sinh n¨m 1962')).toEqual({ text: 'Thanh Thuỷ, sinh năm 1962', converted: 'tcvn3' });
  });

  it('recognises mixed text when most of its Vietnamese words are legacy', () => {
    expect(toUnicode('Hä vµ tªn: NguyÔn V¨n Hïng, sinh t¹i Hà Nội')).toEqual({ text: 'Họ và tên: Nguyễn Văn Hùng, sinh tại Hà Nội', converted: 'tcvn3' });
    expect(toUnicode('Hoï vaø teân: Nguyeãn Vaên Huøng, sinh taïi Hà Nội')).toEqual({ text: 'Họ và tên: Nguyễn Văn Hùng, sinh tại Hà Nội', converted: 'vni' });
    expect(detectLegacyEncoding('Họ và tên: Nguyễn Văn Hùng, sinh tại Hµ Néi')).toBeNull();
  });
});

describe('convertLegacy', () => {
  it('keeps words already in Unicode and returns NFC', () => {
    expect(convertLegacy('NguyÔn Văn An', 'tcvn3')).toBe('Nguyễn Văn An');
    expect(convertLegacy('Nguyeãn Văn An', 'vni')).toBe('Nguyễn Văn An');
    expect(convertLegacy(`Néi ${'Hoà'.normalize('NFD')}`, 'tcvn3')).toBe('Nội Hoà');
  });

  it('leaves digits, punctuation and spacing as they were', () => {
    expect(convertLegacy('  Sè 12/3 - "Hå\tSen"!\n', 'tcvn3')).toBe('  Số 12/3 - "Hồ\tSen"!\n');
    expect(convertLegacy('  Soá 12/3 - "Hoà\tSen"!\n', 'vni')).toBe('  Số 12/3 - "Hồ\tSen"!\n');
  });
});

describe('toUnicode', () => {
  it('returns the very same text when nothing is recognised', () => {
    const nfd = 'Nguyễn Thị Hoà'.normalize('NFD');
    expect(toUnicode(nfd)).toEqual({ text: nfd, converted: null });
    expect(toUnicode('Müller')).toEqual({ text: 'Müller', converted: null });
  });

  it('converts long documents', () => {
    expect(toUnicode('Hµ Néi, ViÖt Nam. '.repeat(600))).toEqual({ text: 'Hà Nội, Việt Nam. '.repeat(600), converted: 'tcvn3' });
    expect(toUnicode('Haø Noäi, Vieät Nam. '.repeat(600))).toEqual({ text: 'Hà Nội, Việt Nam. '.repeat(600), converted: 'vni' });
  });
});

describe('hostile input', () => {
  let seed = 42;
  const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const latin1Noise = Array.from({ length: 10_000 }, () => String.fromCharCode(32 + Math.floor(random() * 224))).join('');

  it.each([
    ['empty', ''],
    ['control characters', '\u0000\u0001\u0007\u001F\u007F\u0085\u009F'],
    ['lone surrogates', '\uD800 a\uDC00b Hµ\uD83D Néi\uDE00'],
    ['CJK', '東京都 中华人民共和国'],
    ['Cyrillic', 'Москва'],
    ['emoji', '🙂👨‍👩‍👧 Hµ 🇻🇳 Néi'],
    ['combining marks only', '\u0301'.repeat(10_000)],
    ['10,000 codes', 'µ'.repeat(10_000)],
    ['10,000 modifiers', 'aø'.repeat(5_000)],
    ['10,000 random Latin-1 characters', latin1Noise],
    ['10,000 spaces', ' '.repeat(10_000)],
  ])('never throws on %s', (_name, text) => {
    expect(() => detectLegacyEncoding(text)).not.toThrow();
    const result = toUnicode(text);
    expect(typeof result.text).toBe('string');
    expect(typeof convertLegacy(text, 'tcvn3')).toBe('string');
    expect(typeof convertLegacy(text, 'vni')).toBe('string');
  });
});
