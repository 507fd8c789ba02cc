import { describe, expect, it } from 'vitest';
import { closestUnitNames, repairTypeWords, respellPlace } from '../../../shared/ocr/place-spelling.ts';
import { shippedResolver } from '../../support/places.ts';

describe('respellPlace', () => {
  const path = 'Xã Tả Sìn Thàng, Huyện Tủa Chùa, Tỉnh Điện Biên';

  it('spells each unit as the place table does, keeping the type words, order and punctuation written', () => {
    expect(respellPlace('xã Tả Sìn Thàng, huyện Tùa Chủa, tỉnh Điện Biên', path)).toBe('xã Tả Sìn Thàng, huyện Tủa Chùa, tỉnh Điện Biên');
    expect(respellPlace('X. Ta Sin Thang - H. Tua Chua', path)).toBe('X. Tả Sìn Thàng - H. Tủa Chùa');
    expect(respellPlace('Tả Sìn Thàng,Tùa Chủa;Điện Biên', path)).toBe('Tả Sìn Thàng,Tủa Chùa;Điện Biên');
    expect(respellPlace('XÃ TẢ SÌN THÀNG, HUYỆN TÙA CHỦA', path)).toBe('XÃ TẢ SÌN THÀNG, HUYỆN TỦA CHÙA');
  });

  it('joins a name the engine ran together, and keeps what is only another way to write it', () => {
    expect(respellPlace('xã Thạnh Trị, thị xã Kiến Tường, tỉnh LongAn', 'Xã Thạnh Trị, Thị xã Kiến Tường, Tỉnh Long An')).toBe(
      'xã Thạnh Trị, thị xã Kiến Tường, tỉnh Long An',
    );
    expect(respellPlace('phường IV, quận 5', 'Phường 4, Quận 5, Thành phố Hồ Chí Minh')).toBe('phường IV, quận 5');
    expect(respellPlace('xã Hoà Bình', 'Xã Hòa Bình, Huyện Xyz, Tỉnh Abc')).toBe('xã Hoà Bình');
  });

  it('leaves a hamlet or street and a name that is none of the units as written', () => {
    expect(respellPlace('thôn 3, xã Tả Sìn Thàng, huyện Tùa Chủa', path)).toBe('thôn 3, xã Tả Sìn Thàng, huyện Tủa Chùa');
    expect(respellPlace('xã Tà Sin Thang, huyện Mường Tè', path)).toBe('xã Tả Sìn Thàng, huyện Mường Tè');
    expect(respellPlace('', path)).toBe('');
  });

  it('gives each written name its own unit when two units share a key', () => {
    expect(respellPlace('xã Tân Thành, huyện Tân Thạnh, tỉnh Long An', 'Xã Tân Thành, Huyện Tân Thạnh, Tỉnh Long An')).toBe(
      'xã Tân Thành, huyện Tân Thạnh, tỉnh Long An',
    );
    expect(respellPlace('phường Sa Pả, thị xã Sa Pa, tỉnh Lào Cai', 'Phường Sa Pả, Thị xã Sa Pa, Tỉnh Lào Cai')).toBe('phường Sa Pả, thị xã Sa Pa, tỉnh Lào Cai');
    expect(respellPlace('xã Tan Thanh, huyện Tân Thạnh', 'Xã Tân Thành, Huyện Tân Thạnh, Tỉnh Long An')).toBe('xã Tân Thành, huyện Tân Thạnh');
  });
});

describe('repairTypeWords', () => {
  it('writes a type word with wrong marks properly at the start of each part', () => {
    expect(repairTypeWords('xả Thạnh Trị, thi xả Kiến Tường, tính Long An')).toBe('xã Thạnh Trị, thị xã Kiến Tường, tỉnh Long An');
    expect(repairTypeWords('Phưởng 5, Thành phô Đông Hà')).toBe('Phường 5, Thành phố Đông Hà');
  });

  it('leaves type words written right, words inside names, and a part that is only the word', () => {
    expect(repairTypeWords('xã Tân Xả, huyện Xa Ha')).toBe('xã Tân Xả, huyện Xa Ha');
    expect(repairTypeWords('xã Thạnh Trị, xả')).toBe('xã Thạnh Trị, xả');
  });

  it('reads a type word a letter off only when asked, and only where that is safe', () => {
    expect(repairTypeWords('thị trâá Rạng Đông, huyện Nghĩa Hưng', { nearby: true })).toBe('thị trấn Rạng Đông, huyện Nghĩa Hưng');
    expect(repairTypeWords('thị trâá Rạng Đông, huyện Nghĩa Hưng')).toBe('thị trâá Rạng Đông, huyện Nghĩa Hưng');
    expect(repairTypeWords('xäã Thạnh Mỹ, huyên Vĩnh Thạnh', { nearby: true })).toBe('xã Thạnh Mỹ, huyện Vĩnh Thạnh');
    // A word one letter from "tỉnh" or "xã" is as likely a name.
    expect(repairTypeWords('Vinh Long, Minh Hóa, Linh Đông', { nearby: true })).toBe('Vinh Long, Minh Hóa, Linh Đông');
  });
});

describe('closestUnitNames, with the shipped place table', () => {
  const resolver = shippedResolver();

  it.each([
    ['xã Đông Xuân, huyện Quôé Oai, thành phố Hà Nội', 'xã Đông Xuân, huyện Quốc Oai, thành phố Hà Nội'],
    ['xã Khánh Thiện, huyện Vên Khánh, tỉnh Ninh Bình', 'xã Khánh Thiện, huyện Yên Khánh, tỉnh Ninh Bình'],
    ['xã Phượng Tiêú, huyện Định Hóa, tỉnh Thái Nguyên', 'xã Phượng Tiến, huyện Định Hóa, tỉnh Thái Nguyên'],
    ['thị trấn Rạng Đông, huyện Nghĩa Hưnq, tỉnh Nam Định', 'thị trấn Rạng Đông, huyện Nghĩa Hưng, tỉnh Nam Định'],
    ['phường Hàng Trôág, quận Hoàn Kiêí, thành phố Hà Nội', 'phường Hàng Trống, quận Hoàn Kiếm, thành phố Hà Nội'],
    ['xã Khánh Thiện, huyện Yên Khánh, tỉnh Ninh Bìnk', 'xã Khánh Thiện, huyện Yên Khánh, tỉnh Ninh Bình'],
    ['PHƯỜNG HÀNG TRÔÁG, QUẬN HOÀN KIẾM', 'PHƯỜNG HÀNG TRỐNG, QUẬN HOÀN KIẾM'],
  ])('%s → %s: the only unit that close under the units found', (text, named) => {
    expect(closestUnitNames(text, resolver, '2010-06-01')).toBe(named);
  });

  it('answers nothing when two units are as close', () => {
    // Hàng Bài and Hàng Bạc are both one letter from "Hàng Baá".
    expect(closestUnitNames('phường Hàng Baá, quận Hoàn Kiếm, thành phố Hà Nội', resolver, '2010-06-01')).toBeNull();
  });

  it('answers nothing when no unit of the date is close, or when every name is found', () => {
    // In 1985 Quốc Oai lay in Hà Sơn Bình, not in Hà Nội.
    expect(closestUnitNames('xã Đông Xuân, huyện Quôé Oai, thành phố Hà Nội', resolver, '1985-04-05')).toBeNull();
    expect(closestUnitNames('xã Đông Xuân, huyện Xyzabc, thành phố Hà Nội', resolver, '2010-06-01')).toBeNull();
    expect(closestUnitNames('xã Đông Xuân, huyện Quốc Oai, thành phố Hà Nội', resolver, '2010-06-01')).toBeNull();
    expect(closestUnitNames('xã Đông Xuân', resolver, 'not a date')).toBeNull();
  });
});
