import { describe, expect, it } from 'vitest';
import { findNationality, nationalities, suggestNationalities } from '../../../shared/domain/nationalities.ts';
import { searchKey } from '../../../shared/text/search-key.ts';

const current = nationalities.filter((nationality) => !nationality.former);
const formerStates = nationalities.filter((nationality) => nationality.former);
const compact = (text: string) => searchKey(text).replace(/ /g, '');
const codeOf = (text: string) => findNationality(text)?.nationality.code;

describe('nationalities', () => {
  it('has the 249 current ISO 3166-1 entries, each under a unique two-letter code', () => {
    expect(current).toHaveLength(249);
    for (const nationality of current) expect(nationality.code).toMatch(/^[A-Z]{2}$/);
    expect(new Set(nationalities.map((nationality) => nationality.code)).size).toBe(nationalities.length);
    for (const code of ['VN', 'CN', 'US', 'KR', 'KP', 'JP', 'LA', 'KH', 'TH', 'FR', 'DE', 'RU', 'AU', 'GB', 'TW', 'HK', 'SS', 'TL', 'SX']) {
      expect(current.some((nationality) => nationality.code === code), code).toBe(true);
    }
  });

  it('gives former states a four-letter code and only current successors', () => {
    expect(formerStates.length).toBeGreaterThanOrEqual(10);
    for (const nationality of formerStates) {
      expect(nationality.code).toMatch(/^[A-Z]{4}$/);
      expect(nationality.former?.successors.length).toBeGreaterThan(0);
      for (const successor of nationality.former?.successors ?? []) {
        expect(current.some((state) => state.code === successor), `${nationality.code} → ${successor}`).toBe(true);
      }
    }
  });

  it('stores every name and alias NFC and trimmed', () => {
    for (const nationality of nationalities) {
      for (const text of [nationality.name.vi, nationality.name.en, ...nationality.aliases]) {
        expect(text).toBe(text.normalize('NFC').trim());
      }
    }
  });

  it('gives no name or alias to two states', () => {
    const owners = new Map<string, Set<string>>();
    for (const nationality of nationalities) {
      for (const text of [nationality.name.vi, nationality.name.en, ...nationality.aliases]) {
        for (const key of [searchKey(text), compact(text)]) {
          owners.set(key, (owners.get(key) ?? new Set()).add(nationality.code));
        }
      }
    }
    expect([...owners].filter(([, codes]) => codes.size > 1)).toEqual([]);
  });
});

describe('findNationality', () => {
  it('finds every state by its Vietnamese and English names, with or without diacritics', () => {
    for (const nationality of nationalities) {
      for (const text of [nationality.name.vi, nationality.name.en, searchKey(nationality.name.vi), nationality.name.vi.normalize('NFD')]) {
        expect(findNationality(text), text).toEqual({ nationality, via: 'name' });
      }
    }
  });

  it('resolves every listed alias to its own state', () => {
    for (const nationality of nationalities) {
      for (const alias of nationality.aliases) {
        expect(findNationality(alias), alias).toEqual({ nationality, via: 'alias' });
      }
    }
  });

  it('finds every state by its code', () => {
    for (const nationality of nationalities) {
      expect(findNationality(nationality.code)).toEqual({ nationality, via: 'name' });
      expect(findNationality(` ${nationality.code} `)?.nationality).toBe(nationality);
    }
  });

  it.each([
    ['Việt Nam', 'VN'], ['viet nam', 'VN'], ['VIỆT NAM', 'VN'], ['Vietnam', 'VN'], ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'VN'],
    ['Trung Quốc', 'CN'], ['trung quoc', 'CN'], ['Hoa Kỳ', 'US'], ['Hoa Kì', 'US'], ['Mỹ', 'US'], ['my', 'US'],
    ['USA', 'US'], ['Hàn Quốc', 'KR'], ['HAN QUOC', 'KR'], ['Nam Hàn', 'KR'], ['Triều Tiên', 'KP'],
    ['Bắc Triều Tiên', 'KP'], ['Nhật Bản', 'JP'], ['Nhật', 'JP'], ['Lào', 'LA'], ['Ai Lao', 'LA'],
    ['Campuchia', 'KH'], ['Cam-pu-chia', 'KH'], ['Căm-pu-chia', 'KH'], ['Cao Miên', 'KH'], ['Thái Lan', 'TH'],
    ['Pháp', 'FR'], ['Đức', 'DE'], ['Cộng hòa Liên bang Đức', 'DE'], ['Liên bang Nga', 'RU'], ['Nga', 'RU'],
    ['Ô-xtrây-li-a', 'AU'], ['Ô xtrây li a', 'AU'], ['Úc', 'AU'], ['Australia', 'AU'], ['Anh', 'GB'], ['UK', 'GB'],
    ['Ý', 'IT'], ['Italia', 'IT'], ['Đài Loan', 'TW'], ['Hồng Kông', 'HK'], ['Hong Kong', 'HK'], ['Myanmar', 'MM'],
    ['Mi-an-ma', 'MM'], ['Ca-na-đa', 'CA'], ['Ca-na-da', 'CA'], ['Canada', 'CA'], ['Mê-hi-cô', 'MX'], ['Mê-xi-cô', 'MX'],
  ])('%s → %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it.each([
    ['Liên Xô', 'SUHH', ['RU', 'UA', 'BY', 'KZ']],
    ['Liên bang Xô viết', 'SUHH', ['RU']],
    ['Tiệp Khắc', 'CSHH', ['CZ', 'SK']],
    ['Nam Tư', 'YUCS', ['RS', 'HR', 'SI', 'BA', 'MK', 'ME']],
    ['Cộng hòa Dân chủ Đức', 'DDDE', ['DE']],
    ['Đông Đức', 'DDDE', ['DE']],
    ['Tây Đức', 'XDEW', ['DE']],
    ['Việt Nam Dân chủ Cộng hòa', 'VDVN', ['VN']],
    ['Việt Nam Cộng hòa', 'XVNR', ['VN']],
    ['Việt Nam Cộng Hoà', 'XVNR', ['VN']],
    ['Cộng hòa miền Nam Việt Nam', 'XVNS', ['VN']],
    ['Campuchia Dân chủ', 'XKHD', ['KH']],
    ['Miến Điện', 'BUMM', ['MM']],
    ['Zaire', 'ZRCD', ['CD']],
  ])('%s is the former state %s, succeeded by %j', (text, code, successors) => {
    const match = findNationality(text);
    expect(match?.nationality.code).toBe(code);
    expect(match?.nationality.former?.successors).toEqual(expect.arrayContaining(successors));
  });

  it('reads a written code as the code first, and otherwise prefers names', () => {
    expect(codeOf('VN')).toBe('VN');
    expect(codeOf('vn')).toBe('VN');
    expect(codeOf('SUHH')).toBe('SUHH');
    expect(codeOf('suhh')).toBe('SUHH');
    expect(codeOf('AO')).toBe('AO');
    expect(codeOf('Áo')).toBe('AT');
    expect(codeOf('ao')).toBe('AT');
    expect(codeOf('MY')).toBe('MY');
    expect(codeOf('MỸ')).toBe('US');
    expect(codeOf('BI')).toBe('BI');
    expect(codeOf('Bỉ')).toBe('BE');
  });

  it.each([
    '', '   ', 'ZZ', 'XX', 'zz', 'QQQQ', 'Đông Dương', 'Korea', 'Congo Democratic', 'Việt', 'Nam', 'Trung', 'Kinh',
    'Người nước ngoài', 'Không quốc tịch', '<b>Việt Nam</b>', 'VNM',
  ])('does not guess %j', (text) => {
    expect(findNationality(text)).toBeNull();
  });

  it('never throws on hostile input', () => {
    for (const text of ['<script>alert(1)</script>', '\u0000\u0007VN\u202e', 'Việt Nam'.repeat(1_250), 'x'.repeat(10_000), '中国', '日本', '🇻🇳', '\ud800', 'ＶＮ']) {
      expect(() => findNationality(text)).not.toThrow();
    }
    expect(codeOf('\u0000Việt Nam\u200b')).toBe('VN');
    expect(codeOf('V\u200bN')).toBe('VN');
    expect(findNationality('中国')).toBeNull();
  });
});

describe('suggestNationalities', () => {
  it('offers Việt Nam first when nothing is typed, ten by default', () => {
    const suggestions = suggestNationalities('');
    expect(suggestions).toHaveLength(10);
    expect(suggestions[0]?.code).toBe('VN');
    expect(suggestions.every((nationality) => !nationality.former)).toBe(true);
  });

  it('honours the limit', () => {
    expect(suggestNationalities('', 1000)).toHaveLength(nationalities.length);
    expect(suggestNationalities('', 2)).toHaveLength(2);
    expect(suggestNationalities('', 0)).toEqual([]);
    expect(suggestNationalities('', -5)).toEqual([]);
  });

  it('puts an exact match first, then current states before former ones, names before aliases', () => {
    expect(suggestNationalities('úc').map((nationality) => nationality.code)).toEqual(['AU', 'UA']);
    expect(suggestNationalities('Miến Điện').map((nationality) => nationality.code)).toEqual(['BUMM']);
    expect(suggestNationalities('MY')[0]?.code).toBe('MY');
    expect(suggestNationalities('Mỹ')[0]?.code).toBe('US');
    expect(suggestNationalities('viet nam').map((nationality) => nationality.code)).toEqual(['VN', 'VDVN', 'XVNR']);
    expect(suggestNationalities('nga').map((nationality) => nationality.code)).toEqual(['RU']);
    expect(suggestNationalities('lien', 20).map((nationality) => nationality.code)).toEqual(['RU', 'FM', 'SUHH']);
  });

  it('matches Vietnamese and English names, aliases and unbroken spellings', () => {
    expect(suggestNationalities('Hàn').map((nationality) => nationality.code)).toContain('KR');
    expect(suggestNationalities('germ').map((nationality) => nationality.code)).toEqual(['DE', 'DDDE']);
    expect(suggestNationalities('campu').map((nationality) => nationality.code)).toEqual(['KH', 'XKHD']);
    expect(suggestNationalities('mie').map((nationality) => nationality.code)).toEqual(['BUMM']);
  });

  it('returns nothing for what no state is called, and never throws', () => {
    expect(suggestNationalities('qqq')).toEqual([]);
    for (const text of ['<b>', '\u0000', 'x'.repeat(10_000), '中国', '🙂', '\ud800']) {
      expect(() => suggestNationalities(text)).not.toThrow();
    }
  });
});
