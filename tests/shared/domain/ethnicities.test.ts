import { describe, expect, it } from 'vitest';
import { ethnicities, findEthnicity, suggestEthnicities } from '../../../shared/domain/ethnicities.ts';
import { searchKey } from '../../../shared/text/search-key.ts';

const byCode = (code: string) => ethnicities.find((ethnicity) => ethnicity.code === code);
const compact = (text: string) => searchKey(text).replace(/ /g, '');

describe('ethnicities', () => {
  it('lists the 54 groups with codes 01–54 in order', () => {
    expect(ethnicities).toHaveLength(54);
    expect(ethnicities.map((ethnicity) => ethnicity.code)).toEqual(
      Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(new Set(ethnicities.map((ethnicity) => searchKey(ethnicity.name))).size).toBe(54);
  });

  it.each([
    ['01', 'Kinh'], ['02', 'Tày'], ['03', 'Thái'], ['04', 'Hoa'], ['05', 'Khơ-me'], ['06', 'Mường'], ['07', 'Nùng'],
    ['08', 'HMông'], ['09', 'Dao'], ['10', 'Gia-rai'], ['11', 'Ngái'], ['12', 'Ê-đê'], ['13', 'Ba-na'],
    ['14', 'Xơ-đăng'], ['15', 'Sán Chay'], ['16', 'Cơ-ho'], ['17', 'Chăm'], ['18', 'Sán Dìu'], ['19', 'Hrê'],
    ['20', 'Mnông'], ['21', 'Ra-glai'], ['22', 'Xtiêng'], ['23', 'Bru-Vân Kiều'], ['24', 'Thổ'], ['25', 'Giáy'],
    ['26', 'Cơ-tu'], ['27', 'Gié-Triêng'], ['28', 'Mạ'], ['29', 'Khơ-mú'], ['30', 'Co'], ['31', 'Tà-ôi'],
    ['32', 'Chơ-ro'], ['33', 'Kháng'], ['34', 'Xinh-mun'], ['35', 'Hà Nhì'], ['36', 'Chu-ru'], ['37', 'Lào'],
    ['38', 'La Chí'], ['39', 'La Ha'], ['40', 'Phù Lá'], ['41', 'La Hủ'], ['42', 'Lự'], ['43', 'Lô Lô'],
    ['44', 'Chứt'], ['45', 'Mảng'], ['46', 'Pà Thẻn'], ['47', 'Cơ Lao'], ['48', 'Cống'], ['49', 'Bố Y'],
    ['50', 'Si La'], ['51', 'Pu Péo'], ['52', 'Brâu'], ['53', 'Ơ-đu'], ['54', 'Rơ-măm'],
  ])('%s is %s', (code, name) => {
    expect(byCode(code)?.name).toBe(name);
  });

  it('stores every name and alias NFC and trimmed', () => {
    for (const text of ethnicities.flatMap((ethnicity) => [ethnicity.name, ...ethnicity.aliases])) {
      expect(text).toBe(text.normalize('NFC').trim());
    }
  });

  it('gives no alias to two groups, and none that only respells its own name', () => {
    const owners = new Map<string, Set<string>>();
    for (const ethnicity of ethnicities) {
      for (const text of [ethnicity.name, ...ethnicity.aliases]) {
        for (const key of [searchKey(text), compact(text)]) {
          owners.set(key, (owners.get(key) ?? new Set()).add(ethnicity.code));
        }
      }
      for (const alias of ethnicity.aliases) {
        expect([searchKey(ethnicity.name), compact(ethnicity.name)]).not.toContain(searchKey(alias));
      }
    }
    const shared = [...owners].filter(([, codes]) => codes.size > 1);
    expect(shared).toEqual([]);
  });
});

describe('findEthnicity', () => {
  it('finds every group by its name, in any case or normalization, with or without diacritics', () => {
    for (const ethnicity of ethnicities) {
      for (const text of [ethnicity.name, ethnicity.name.toUpperCase(), ethnicity.name.normalize('NFD'), searchKey(ethnicity.name)]) {
        expect(findEthnicity(text)).toEqual({ ethnicity, via: 'name' });
      }
    }
  });

  it('finds every group by its code, with or without the leading zero', () => {
    for (const ethnicity of ethnicities) {
      expect(findEthnicity(ethnicity.code)).toEqual({ ethnicity, via: 'name' });
      expect(findEthnicity(` ${String(Number(ethnicity.code))} `)?.ethnicity).toBe(ethnicity);
    }
  });

  it('resolves every listed alias to its own group', () => {
    for (const ethnicity of ethnicities) {
      for (const alias of ethnicity.aliases) {
        expect(findEthnicity(alias), alias).toEqual({ ethnicity, via: 'alias' });
        expect(findEthnicity(searchKey(alias).toUpperCase()), alias).toEqual({ ethnicity, via: 'alias' });
      }
    }
  });

  it.each([
    ['Mèo', '08'], ['Meo', '08'], ["H'Mông", '08'], ['H’Mông', '08'], ['Hmong', '08'], ['hmong', '08'], ['HMÔNG', '08'],
    ['Mông', '08'], ['Mèo Đen', '08'],
    ['Khơ me', '05'], ['Khome', '05'], ['khơme', '05'], ['Khmer', '05'], ['Khơ-me Krôm', '05'], ['Krôm', '05'],
    ['Mán', '09'], ['Dao Đỏ', '09'],
    ['Jrai', '10'], ['Gia Rai', '10'], ['Giarai', '10'], ['Giơ Rai', '10'],
    ['Rhade', '12'], ['Ra-đê', '12'], ['Rađê', '12'], ['Ê Đê', '12'], ['Ede', '12'],
    ['Bahnar', '13'], ['Ba Na', '13'], ['Sedang', '14'], ['Xơ Đăng', '14'], ['Koho', '16'], ['Cơ Ho', '16'],
    ['Cham', '17'], ['Chàm', '17'], ['Chiêm Thành', '17'],
    ['Mnong', '20'], ["M'nông", '20'], ['Raglai', '21'], ['Ra Glai', '21'], ['Stiêng', '22'], ["X'tiêng", '22'],
    ['Vân Kiều', '23'], ['Bru', '23'], ['Bru - Vân Kiều', '23'], ['Katu', '26'], ['Cơ Tu', '26'],
    ['Xá Cẩu', '29'], ['Khơ Mú', '29'], ['Khmu', '29'], ['Tà Ôi', '31'], ['Pa Cô', '31'], ['Paco', '31'],
    ['Lu', '42'], ['Lừ', '42'], ['Pà Hưng', '46'], ['Cờ Lao', '47'], ['Việt', '01'], ['kinh', '01'],
  ])('%s → %s', (text, code) => {
    expect(findEthnicity(text)?.ethnicity.code).toBe(code);
  });

  it.each([
    ['Thổ', '24'], ['Hoa', '04'], ['Tày', '02'], ['Lao', '37'],
  ])('reads %s, an other name of another group too, as the group of that name (%s)', (text, code) => {
    expect(findEthnicity(text)).toEqual({ ethnicity: byCode(code), via: 'name' });
  });

  it.each([
    'Thượng', 'Mọi', 'Xá', 'Xa', 'Trại', 'Xá Lá Vàng', 'Xá Khao', 'Chil', 'Ca-tang', 'Miên', 'Người nước ngoài', 'Nước ngoài',
    'Kinh Tày', 'Khơ', 'Hmongx', '', '   ', '-', '00', '55', '99', '123', '0008',
  ])('does not guess %j', (text) => {
    expect(findEthnicity(text)).toBeNull();
  });

  it('never throws on hostile input', () => {
    for (const text of ['<b>Kinh</b>', '<script>alert(1)</script>', '\u0000\u0007Kinh\u202e', 'Kinh'.repeat(2_500), 'x'.repeat(10_000), '苗族', '🙂', '\ud800', 'Ｋｉｎｈ']) {
      expect(() => findEthnicity(text)).not.toThrow();
    }
    expect(findEthnicity('<b>Kinh</b>')).toBeNull();
    expect(findEthnicity('\u0000Kinh\u200b')?.ethnicity.code).toBe('01');
  });
});

describe('suggestEthnicities', () => {
  it('offers Kinh first when nothing is typed, ten by default', () => {
    const suggestions = suggestEthnicities('');
    expect(suggestions).toHaveLength(10);
    expect(suggestions[0]?.name).toBe('Kinh');
    expect(suggestions.map((ethnicity) => ethnicity.code)).toEqual(ethnicities.slice(0, 10).map((ethnicity) => ethnicity.code));
  });

  it('honours the limit', () => {
    expect(suggestEthnicities('', 54)).toHaveLength(54);
    expect(suggestEthnicities('', 100)).toHaveLength(54);
    expect(suggestEthnicities('', 3)).toHaveLength(3);
    expect(suggestEthnicities('', 0)).toEqual([]);
    expect(suggestEthnicities('', -1)).toEqual([]);
  });

  it('puts name matches before alias matches, each in code order', () => {
    const codes = suggestEthnicities('kh', 54).map((ethnicity) => ethnicity.code);
    expect(codes.slice(0, 3)).toEqual(['05', '29', '33']);
    expect(codes).toContain('11'); // Khách Gia
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('puts a group named exactly so first, even by another name', () => {
    expect(suggestEthnicities('Mán').map((ethnicity) => ethnicity.code)).toEqual(['09', '45', '03', '08', '15', '18', '23', '28', '48']);
    expect(suggestEthnicities('Lu').map((ethnicity) => ethnicity.code)).toEqual(['42']);
  });

  it('matches other names, codes and unbroken spellings', () => {
    expect(suggestEthnicities('meo').map((ethnicity) => ethnicity.code)).toEqual(['08']);
    expect(suggestEthnicities('Mèo Đ').map((ethnicity) => ethnicity.code)).toEqual(['08']);
    expect(suggestEthnicities('08').map((ethnicity) => ethnicity.code)).toEqual(['08']);
    expect(suggestEthnicities('khom').map((ethnicity) => ethnicity.code)).toEqual(['05', '29']);
    expect(suggestEthnicities('xtie').map((ethnicity) => ethnicity.code)).toEqual(['22']);
  });

  it('returns nothing for what no group is called, and never throws', () => {
    expect(suggestEthnicities('qqq')).toEqual([]);
    for (const text of ['<b>', '\u0000', 'x'.repeat(10_000), '苗族', '🙂', '\ud800']) {
      expect(() => suggestEthnicities(text)).not.toThrow();
    }
  });
});
