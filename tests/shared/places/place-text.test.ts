import { describe, expect, it } from 'vitest';
import { parsePlaceText, placeNameKey } from '../../../shared/places/place-text.ts';

/** Each segment as [type, or 'locality', or null; name]. */
const parts = (text: string): [string | null, string][] =>
  parsePlaceText(text).map((segment) => [segment.locality ? 'locality' : segment.type, segment.name]);

const binhLap: [string | null, string][] = [
  ['xa', 'Bình Lập'],
  ['huyen', 'Châu Thành'],
  ['tinh', 'Long An'],
];

describe('placeNameKey', () => {
  it.each([
    ['03', '3'],
    ['0', '0'],
    ['00', '0'],
    ['Phường 03', 'phuong 3'],
    ['Hoà Tú II', 'hoa tu 2'],
    ['Hòa Tú II', 'hoa tu 2'],
    ['Hòa Tú II'.normalize('NFD'), 'hoa tu 2'],
    ['Hải Châu I', 'hai chau 1'],
    ['IV', '4'],
    ['IX', '9'],
    ['XIV', '14'],
    ['XXXIX', '39'],
  ])('%s → %s', (name, key) => {
    expect(placeNameKey(name)).toBe(key);
  });

  it.each([
    ['Ba Vì', 'ba vi'],
    ['Mường Vi', 'muong vi'],
    ['Pú Xi', 'pu xi'],
    ['Xy', 'xi'],
    ['iv', 'iv'],
    ['Iv', 'iv'],
    // Not a numeral of 1..39.
    ['XL', 'xl'],
    ['IIII', 'iiii'],
    ['VX', 'vx'],
    // An apostrophe binds the letter to its syllable.
    ["Ia X'Lai", 'ia x lai'],
  ])('keeps the letters of %s', (name, key) => {
    expect(placeNameKey(name)).toBe(key);
  });

  it('in a name written all in capitals, reads VI and XI as syllables unless they are the whole name', () => {
    expect(placeNameKey('PÚ XI')).toBe('pu xi');
    expect(placeNameKey('MƯỜNG VI')).toBe('muong vi');
    expect(placeNameKey('HẢI CHÂU II')).toBe('hai chau 2');
    expect(placeNameKey('XI')).toBe('11');
  });
});

describe('parsePlaceText', () => {
  it('reads a place written in full', () => {
    expect(parsePlaceText('xã Bình Lập, huyện Châu Thành, tỉnh Long An')).toEqual([
      { text: 'xã Bình Lập', type: 'xa', locality: false, name: 'Bình Lập', key: 'binh lap' },
      { text: 'huyện Châu Thành', type: 'huyen', locality: false, name: 'Châu Thành', key: 'chau thanh' },
      { text: 'tỉnh Long An', type: 'tinh', locality: false, name: 'Long An', key: 'long an' },
    ]);
  });

  describe('1. separators', () => {
    it.each([
      'xã Bình Lập, huyện Châu Thành, tỉnh Long An',
      'xã Bình Lập; huyện Châu Thành; tỉnh Long An',
      'xã Bình Lập\nhuyện Châu Thành\r\ntỉnh Long An',
      'xã Bình Lập - huyện Châu Thành – tỉnh Long An',
      'xã Bình Lập — huyện Châu Thành / tỉnh Long An',
      'xã Bình Lập huyện Châu Thành tỉnh Long An',
      'xa Binh Lap huyen Chau Thanh tinh Long An',
    ])('%s', (text) => {
      expect(parsePlaceText(text).map((segment) => segment.type)).toEqual(['xa', 'huyen', 'tinh']);
    });

    it('reads every type word, in any case', () => {
      expect(parts('Phường Bến Nghé, Quận 1, Thành Phố Hồ Chí Minh')).toEqual([
        ['phuong', 'Bến Nghé'],
        ['quan', '1'],
        ['thanh-pho', 'Hồ Chí Minh'],
      ]);
      expect(parts('thị trấn Hùng Sơn thị xã Phổ Yên đặc khu Phú Quốc')).toEqual([
        ['thi-tran', 'Hùng Sơn'],
        ['thi-xa', 'Phổ Yên'],
        ['dac-khu', 'Phú Quốc'],
      ]);
    });

    it.each([
      ['T. Long An', 'tinh', 'Long An'],
      ['T.Long An', 'tinh', 'Long An'],
      ['TP. Thái Nguyên', 'thanh-pho', 'Thái Nguyên'],
      ['TP Thái Nguyên', 'thanh-pho', 'Thái Nguyên'],
      ['T.P. Thái Nguyên', 'thanh-pho', 'Thái Nguyên'],
      ['T.P Thái Nguyên', 'thanh-pho', 'Thái Nguyên'],
      ['Tp. Thái Nguyên', 'thanh-pho', 'Thái Nguyên'],
      ['Tp Thái Nguyên', 'thanh-pho', 'Thái Nguyên'],
      ['Q. Bình Thạnh', 'quan', 'Bình Thạnh'],
      ['Q5', 'quan', '5'],
      ['Q 5', 'quan', '5'],
      ['H. Châu Thành', 'huyen', 'Châu Thành'],
      ['TX. Phổ Yên', 'thi-xa', 'Phổ Yên'],
      ['TX Phổ Yên', 'thi-xa', 'Phổ Yên'],
      ['T.X. Phổ Yên', 'thi-xa', 'Phổ Yên'],
      ['Tx. Phổ Yên', 'thi-xa', 'Phổ Yên'],
      ['P. Bến Nghé', 'phuong', 'Bến Nghé'],
      ['F. Bến Nghé', 'phuong', 'Bến Nghé'],
      ['X. Bình Lập', 'xa', 'Bình Lập'],
      ['TT. Hùng Sơn', 'thi-tran', 'Hùng Sơn'],
      ['TT Hùng Sơn', 'thi-tran', 'Hùng Sơn'],
      ['T.T. Hùng Sơn', 'thi-tran', 'Hùng Sơn'],
      ['Tt. Hùng Sơn', 'thi-tran', 'Hùng Sơn'],
      ['ĐK. Phú Quốc', 'dac-khu', 'Phú Quốc'],
    ])('expands the abbreviation in %s', (text, type, name) => {
      expect(parts(text)).toEqual([[type, name]]);
    });

    it('splits at abbreviations written without separators', () => {
      expect(parts('X. Bình Lập H. Châu Thành T. Long An')).toEqual(binhLap);
    });

    it('needs a dot or a number after a single letter: "H Châu Thành" could be a name with an initial', () => {
      expect(parts('H Châu Thành')).toEqual([[null, 'H Châu Thành']]);
      expect(parts('xã Bình Lập H Châu Thành')).toEqual([['xa', 'Bình Lập H Châu Thành']]);
    });
  });

  describe('2. a type word starts a segment only after a name', () => {
    it('reads the type word after a type as the name', () => {
      expect(parsePlaceText('Phường Phường Đúc')).toEqual([
        { text: 'Phường Phường Đúc', type: 'phuong', locality: false, name: 'Phường Đúc', key: 'phuong duc' },
      ]);
      expect(parts('phường Phường Đúc, thành phố Huế')).toEqual([
        ['phuong', 'Phường Đúc'],
        ['thanh-pho', 'Huế'],
      ]);
    });

    it('keeps a name that ends in a type word', () => {
      expect(parts('xã Tân Xã, huyện Thạch Thất')).toEqual([
        ['xa', 'Tân Xã'],
        ['huyen', 'Thạch Thất'],
      ]);
    });

    it('does not take names for type words spelt with other diacritics, nor bare ones in accented text', () => {
      expect(parts('xã Tân Phương huyện Sơn Tịnh')).toEqual([
        ['xa', 'Tân Phương'],
        ['huyen', 'Sơn Tịnh'],
      ]);
      expect(parts('phường Phúc Xá quận Ba Đình')).toEqual([
        ['phuong', 'Phúc Xá'],
        ['quan', 'Ba Đình'],
      ]);
      expect(parts('xã Đông Quan huyện Đông Hưng')).toEqual([
        ['xa', 'Đông Quan'],
        ['huyen', 'Đông Hưng'],
      ]);
    });
  });

  describe('3. numbers glued to an abbreviation', () => {
    it.each([
      ['P.3', 'phuong', '3'],
      ['P3', 'phuong', '3'],
      ['P.03', 'phuong', '03'],
      ['p.3', 'phuong', '3'],
      ['F.3', 'phuong', '3'],
      ['F3', 'phuong', '3'],
      ['Q.10', 'quan', '10'],
      ['Phường 03', 'phuong', '03'],
    ])('%s', (text, type, name) => {
      expect(parts(text)).toEqual([[type, name]]);
    });

    it('keys the number without its leading zeros', () => {
      expect(parsePlaceText('P.03')[0]?.key).toBe('3');
      expect(parsePlaceText('P.03')[0]?.text).toBe('P.03');
    });

    it('reads a Saigon address', () => {
      expect(parts('P.3, Q.5, TP.HCM')).toEqual([
        ['phuong', '3'],
        ['quan', '5'],
        ['thanh-pho', 'HCM'],
      ]);
      expect(parts('F3 Q5 TPHCM')).toEqual([
        ['phuong', '3'],
        ['quan', '5'],
        ['thanh-pho', 'HCM'],
      ]);
    });

    it.each(['TPHCM', 'TP.HCM', 'Tp.HCM', 'TP HCM', 'T.P.HCM'])('%s', (text) => {
      expect(parsePlaceText(text)).toEqual([{ text, type: 'thanh-pho', locality: false, name: 'HCM', key: 'hcm' }]);
    });
  });

  describe('4. localities', () => {
    it('marks the parts below a commune', () => {
      expect(parsePlaceText('ấp 3, xã Tân Phú')).toEqual([
        { text: 'ấp 3', type: null, locality: true, name: '3', key: '3' },
        { text: 'xã Tân Phú', type: 'xa', locality: false, name: 'Tân Phú', key: 'tan phu' },
      ]);
    });

    it('splits a house number from its street', () => {
      expect(parts('số 12 đường Lê Lợi, phường Bến Nghé, quận 1')).toEqual([
        ['locality', '12'],
        ['locality', 'Lê Lợi'],
        ['phuong', 'Bến Nghé'],
        ['quan', '1'],
      ]);
    });

    it.each([
      'thôn', 'Ấp', 'xóm', 'tổ', 'tổ dân phố', 'khóm', 'bản', 'buôn', 'plây', 'Plei', 'sóc', 'khu phố', 'KP.', 'KP',
      'khu', 'số', 'số nhà', 'đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'THÔN', 'thon', 'to dan pho',
    ])('%s', (word) => {
      const loose = /^[\x20-\x7e]+$/.test(word);
      const commune = loose ? 'xa Tan Phu' : 'xã Tân Phú';
      expect(parts(`${word} 7, ${commune}`)).toEqual([
        ['locality', '7'],
        ['xa', loose ? 'Tan Phu' : 'Tân Phú'],
      ]);
    });

    it('reads words after a type as the name', () => {
      expect(parts('phường Phố Mới, thành phố Lào Cai')).toEqual([
        ['phuong', 'Phố Mới'],
        ['thanh-pho', 'Lào Cai'],
      ]);
      expect(parts('tổ 5 KP.2 phường Phố Mới')).toEqual([
        ['locality', '5'],
        ['locality', '2'],
        ['phuong', 'Phố Mới'],
      ]);
      expect(parts('thôn Phố Mới, xã Tân Phú')).toEqual([
        ['locality', 'Phố Mới'],
        ['xa', 'Tân Phú'],
      ]);
    });

    it('never splits a named unit at a locality word', () => {
      expect(parts('xã Đông Phố huyện Đông Hưng')).toEqual([
        ['xa', 'Đông Phố'],
        ['huyen', 'Đông Hưng'],
      ]);
    });

    it('reads units named like localities as names where no locality can stand', () => {
      expect(parts('Sóc Trăng')).toEqual([[null, 'Sóc Trăng']]);
      expect(parts('Buôn Ma Thuột, Đắk Lắk')).toEqual([
        [null, 'Buôn Ma Thuột'],
        [null, 'Đắk Lắk'],
      ]);
      expect(parts('phường Tân Lợi, Buôn Ma Thuột, Đắk Lắk')).toEqual([
        ['phuong', 'Tân Lợi'],
        [null, 'Buôn Ma Thuột'],
        [null, 'Đắk Lắk'],
      ]);
      expect(parts('Đường Lâm, Sơn Tây, Hà Nội')[0]).toEqual([null, 'Đường Lâm']);
      expect(parts('tỉnh Sóc Trăng')).toEqual([['tinh', 'Sóc Trăng']]);
      // Bare, a locality word needs unaccented text: "Ban" is not "bản" here.
      expect(parts('Ban Mê Thuột, tỉnh Darlac')).toEqual([
        [null, 'Ban Mê Thuột'],
        ['tinh', 'Darlac'],
      ]);
    });

    it('keeps a locality with a number wherever it stands, and one with a name only before a typed unit', () => {
      expect(parts('ấp 3')).toEqual([['locality', '3']]);
      expect(parts('thôn Phú Mỹ')).toEqual([[null, 'thôn Phú Mỹ']]);
      expect(parsePlaceText('thôn Phú Mỹ')[0]?.key).toBe('thon phu mi');
    });

    it('leaves a part with neither a type nor a locality word untyped', () => {
      expect(parsePlaceText('Châu Thành, Long An')).toEqual([
        { text: 'Châu Thành', type: null, locality: false, name: 'Châu Thành', key: 'chau thanh' },
        { text: 'Long An', type: null, locality: false, name: 'Long An', key: 'long an' },
      ]);
    });
  });

  describe('5. spelling, case and spacing', () => {
    it.each([
      ['xa Binh Lap, huyen Chau Thanh, tinh Long An', ['Binh Lap', 'Chau Thanh', 'Long An']],
      ['XA BINH LAP HUYEN CHAU THANH TINH LONG AN', ['BINH LAP', 'CHAU THANH', 'LONG AN']],
      ['XÃ BÌNH LẬP, HUYỆN CHÂU THÀNH, TỈNH LONG AN', ['BÌNH LẬP', 'CHÂU THÀNH', 'LONG AN']],
      ['xã Bình Lập, huyện Châu Thành, tỉnh Long An'.normalize('NFD'), ['Bình Lập', 'Châu Thành', 'Long An']],
      ['  xã   Bình\tLập ,huyện  Châu Thành,, tỉnh Long An. ', ['Bình Lập', 'Châu Thành', 'Long An']],
    ])('%s', (text, names) => {
      const segments = parsePlaceText(text);
      expect(segments.map((segment) => segment.type)).toEqual(['xa', 'huyen', 'tinh']);
      expect(segments.map((segment) => segment.name)).toEqual(names);
      expect(segments.map((segment) => segment.key)).toEqual(['binh lap', 'chau thanh', 'long an']);
    });

    it('reads a type word written without diacritics at the start of a part of accented text', () => {
      expect(parts('xa Bình Lập, huyen Châu Thành, tinh Long An')).toEqual(binhLap);
      // The price: an untyped name that begins with a bare type word loses it.
      expect(parts('Quan Hóa, Thanh Hóa')).toEqual([
        ['quan', 'Hóa'],
        [null, 'Thanh Hóa'],
      ]);
    });

    it('keeps brackets and quotes', () => {
      expect(parts('xã Bình Lập (cũ), huyện "Châu Thành"')).toEqual([
        ['xa', 'Bình Lập (cũ)'],
        ['huyen', '"Châu Thành"'],
      ]);
    });

    it('returns NFC and drops trailing punctuation, keeping the spelling', () => {
      const [segment] = parsePlaceText('xã  Hoà   Tú II.'.normalize('NFD'));
      expect(segment).toEqual({ text: 'xã Hoà Tú II', type: 'xa', locality: false, name: 'Hoà Tú II', key: 'hoa tu 2' });
      expect(segment?.name).toBe('Hoà Tú II'.normalize('NFC'));
    });
  });

  describe('6. nothing to read', () => {
    it.each(['', '   ', '\n\t', ',', ' - ', '...;,', '\u200b'])('%j → []', (text) => {
      expect(parsePlaceText(text)).toEqual([]);
    });

    it('drops a type written without a name', () => {
      expect(parsePlaceText('xã')).toEqual([]);
      expect(parsePlaceText('huyện ,')).toEqual([]);
      expect(parts('xã, huyện Châu Thành, Q.')).toEqual([['huyen', 'Châu Thành']]);
    });

    it('never throws', () => {
      for (const text of ['\u0000\ud800', 'P.', 'TP', 'X', 'số', '- - -', 'ệ'.repeat(10_000), 'xã '.repeat(1_000)]) {
        expect(() => parsePlaceText(text)).not.toThrow();
      }
    });
  });

  describe('7. apostrophes and hyphens inside names', () => {
    it.each([
      ["xã Ea H'Leo", 'xa', "Ea H'Leo"],
      ['Thị trấn Ea Drăng', 'thi-tran', 'Ea Drăng'],
      ['Phường Hòa Thuận Tây', 'phuong', 'Hòa Thuận Tây'],
      ["huyện Đắk R'Lấp", 'huyen', "Đắk R'Lấp"],
      ['xã Ea-Kao', 'xa', 'Ea-Kao'],
    ])('%s', (text, type, name) => {
      expect(parts(text)).toEqual([[type, name]]);
    });

    it('separates only at a hyphen with spaces around it', () => {
      expect(parts("xã Ea H'Leo - huyện Ea-Súp")).toEqual([
        ['xa', "Ea H'Leo"],
        ['huyen', 'Ea-Súp'],
      ]);
    });
  });
});
