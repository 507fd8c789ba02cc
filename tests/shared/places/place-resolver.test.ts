import { describe, expect, it } from 'vitest';
import type { PlaceResolution } from '../../../shared/places/place-resolver.ts';
import { communesBefore2025, shippedResolver, successorsBySplits, withoutMarks } from '../../support/places.ts';

const resolver = shippedResolver();
const today = '2026-11-23';
const resolve = (text: string, date: string, within?: string) => resolver.resolve(text, { date, today, within });
const codes = (r: PlaceResolution) => r.successors.map((s) => s.place.code).sort();
const best = (r: PlaceResolution) => r.candidates[0]?.place;

// The 2025 mapping and the 2026 list give two new communes different codes; the table keeps the 2026 ones.
const recoded = new Map([
  ['06970', '06978'],
  ['23737', '23938'],
]);
// Units the 2022–2024 resolutions renamed: in 2020 they had another name (tested on their own below).
// 05851 was Xã Quân Chu in 2020; the Thị trấn Quân Chu of 2020 is another unit, merged into it in 2023.
const renamedSince2020 = new Set(['25432', '29179', '20656', '15829', '05851']);
// The unit lists name provinces as of 2025; in 2020 Huế was still Tỉnh Thừa Thiên Huế.
const provinceIn2020 = (fullName: string) => (fullName === 'Thành phố Huế' ? 'Tỉnh Thừa Thiên Huế' : fullName);

describe('resolve: a systematic sample of the communes before the 2025 reform', () => {
  const all = communesBefore2025();
  const sample = all.filter((_, i) => i % 7 === 0).filter((c) => !renamedSince2020.has(c.code));
  const splits = successorsBySplits();

  it('draws a large sample from the data', () => {
    expect(all.length).toBe(10_035);
    expect(sample.length).toBeGreaterThan(1_400);
  });

  it('resolves each, written with its district and province, on a 2020 date to that very unit', () => {
    const wrong = sample.flatMap((c) => {
      const r = resolve(`${c.fullName}, ${c.district.fullName}, ${provinceIn2020(c.province.fullName)}`, '2020-06-15');
      return r.status === 'resolved' && best(r)?.code === c.code && best(r)?.level === 'commune' ? [] : [`${c.code} ${c.fullName}: ${r.status}`];
    });
    expect(wrong).toEqual([]);
  });

  it("gives today's successors that dvhcvn-2025-splits.json gives", () => {
    const wrong = sample.flatMap((c) => {
      const r = resolve(`${c.fullName}, ${c.district.fullName}, ${provinceIn2020(c.province.fullName)}`, '2020-06-15');
      const expected = (splits.get(c.code) ?? []).map((code) => recoded.get(code) ?? code).sort();
      return expected.length > 0 && JSON.stringify(codes(r)) === JSON.stringify(expected) ? [] : [`${c.code}: ${codes(r).join(',')} ≠ ${expected.join(',')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('reports every split commune as needing a choice, and no other', () => {
    const wrong = sample.flatMap((c) => {
      const r = resolve(`${c.fullName}, ${c.district.fullName}, ${provinceIn2020(c.province.fullName)}`, '2020-06-15');
      const split = (splits.get(c.code)?.length ?? 0) > 1;
      return r.needsChoice === split && r.successors.every((s) => s.share === (split ? 'partial' : s.share)) ? [] : [c.code];
    });
    expect(wrong).toEqual([]);
    expect(sample.filter((c) => (splits.get(c.code)?.length ?? 0) > 1).length).toBeGreaterThan(20);
  });

  it('resolves the same commune written without diacritics, or with abbreviations', () => {
    const abbreviate = (s: string) =>
      s.replace(/^Xã /, 'X. ').replace(/^Phường /, 'P. ').replace(/^Thị trấn /, 'TT. ').replace(/^Huyện /, 'H. ').replace(/^Thị xã /, 'TX. ').replace(/^Quận /, 'Q. ');
    const wrong = sample.slice(0, 400).flatMap((c) => {
      const plain = resolve(withoutMarks(`${c.fullName}, ${c.district.fullName}, ${provinceIn2020(c.province.fullName)}`), '2020-06-15');
      const short = resolve(`${abbreviate(c.fullName)} - ${abbreviate(c.district.fullName)}, ${provinceIn2020(c.province.fullName)}`, '2020-06-15');
      // Without marks, "Sa Pa" and "Sa Pả" of one town are the same name: ambiguous, both offered, is right.
      const plainOk =
        (plain.status === 'resolved' && best(plain)?.code === c.code) ||
        (plain.status === 'ambiguous' && plain.candidates.some((x) => x.place.code === c.code));
      return plainOk && short.status === 'resolved' && best(short)?.code === c.code ? [] : [c.code];
    });
    expect(wrong).toEqual([]);
  });
});

describe('resolve: same-name communes in different districts', () => {
  // Names that occur in two districts of one province, found in the data.
  const all = communesBefore2025();
  const groups = new Map<string, typeof all>();
  for (const c of all) groups.set(`${c.province.code}|${c.fullName}`, [...(groups.get(`${c.province.code}|${c.fullName}`) ?? []), c]);
  const twins = [...groups.values()].filter((g) => g.length > 1).filter((_, i) => i % 3 === 0);

  it('are disambiguated when the district is written', () => {
    expect(twins.length).toBeGreaterThan(40);
    const wrong = twins.flat().flatMap((c) => {
      const r = resolve(`${c.fullName}, ${c.district.fullName}, ${c.province.fullName}`, '2021-03-01');
      return r.status === 'resolved' && best(r)?.code === c.code ? [] : [c.code];
    });
    expect(wrong).toEqual([]);
  });

  it('are reported as ambiguous, with every match, when it is not', () => {
    const wrong = twins.flatMap((group) => {
      const [c] = group;
      const r = resolve(`${c!.fullName}, ${c!.province.fullName}`, '2021-03-01');
      const found = r.candidates.map((x) => x.place.code).sort();
      return r.status === 'ambiguous' && JSON.stringify(found) === JSON.stringify(group.map((g) => g.code).sort()) ? [] : [c!.code];
    });
    expect(wrong).toEqual([]);
    const r = resolve('Phường Quang Trung, Hà Nội', '2021-03-01');
    expect(r.issues[0]?.vi).toMatch(/Có 2 đơn vị tên "Quang Trung"/);
    expect(r.issues[0]?.en).toMatch(/2 units are named "Quang Trung"/);
  });

  it('are told apart by the unit the book belongs to', () => {
    const district = resolve('Quận Hà Đông, Hà Nội', '2021-03-01');
    expect(district.status).toBe('unresolved'); // only a district
    const within = district.candidates[0]!.place.key;
    const r = resolve('phường Quang Trung', '2021-03-01', within);
    expect(r.status).toBe('resolved');
    expect(best(r)?.path).toContain('Quận Hà Đông');
  });
});

describe('resolve: the 2021–2024 resolutions', () => {
  it('finds a renamed unit by its old name before the change and its new name after it', () => {
    const old = resolve('thị trấn Chơn Thành, huyện Chơn Thành, tỉnh Bình Phước', '2021-05-01');
    expect(old.status).toBe('resolved');
    expect(best(old)?.fullName).toBe('Thị trấn Chơn Thành');
    const renamed = resolve('phường Hưng Long, thị xã Chơn Thành, tỉnh Bình Phước', '2023-05-01');
    expect(renamed.status).toBe('resolved');
    expect(best(renamed)?.fullName).toBe('Phường Hưng Long');
    // One unit: both names lead to the same place today.
    expect(codes(old)).toEqual(codes(renamed));

    const tooEarly = resolve('phường Hưng Long, thị xã Chơn Thành, tỉnh Bình Phước', '2021-05-01');
    expect(tooEarly.status).toBe('unresolved');
    expect(tooEarly.issues.map((i) => i.code)).toContain('not-in-force');
    expect(tooEarly.candidates[0]?.place.validFrom).toBe('2022-10-01');
    const tooLate = resolve('thị trấn Chơn Thành, huyện Chơn Thành', '2023-05-01');
    expect(tooLate.status).not.toBe('resolved');
  });

  it.each([
    ['xã An Thủy, huyện Ba Tri, tỉnh Bến Tre', '2022-01-01', 'Xã An Thủy'],
    ['thị trấn Tiệm Tôm, huyện Ba Tri, tỉnh Bến Tre', '2024-01-01', 'Thị trấn Tiệm Tôm'],
    ['xã Minh Tâm, huyện Thiệu Hóa, tỉnh Thanh Hóa', '2023-06-01', 'Xã Minh Tâm'],
    ['thị trấn Hậu Hiền, huyện Thiệu Hóa, tỉnh Thanh Hóa', '2024-06-01', 'Thị trấn Hậu Hiền'],
    ['xã Quế Trung, huyện Quế Sơn, tỉnh Quảng Nam', '2022-01-01', 'Xã Quế Trung'],
  ])('%s on %s is %s', (text, date, fullName) => {
    const r = resolve(text, date);
    expect(r.status).toBe('resolved');
    expect(best(r)?.fullName).toBe(fullName);
  });

  it('knows a reclassified unit by its type of the day, and still finds it by the other', () => {
    const before = resolve('xã Hồng Tiến, thị xã Phổ Yên, tỉnh Thái Nguyên', '2021-01-01');
    expect(best(before)?.fullName).toBe('Xã Hồng Tiến');
    expect(best(before)?.path).toBe('Xã Hồng Tiến, Thị xã Phổ Yên, Tỉnh Thái Nguyên');
    expect(best(before)?.validTo).toBe('2022-04-10');
    const after = resolve('phường Hồng Tiến, thành phố Phổ Yên, tỉnh Thái Nguyên', '2023-01-01');
    expect(best(after)?.path).toBe('Phường Hồng Tiến, Thành phố Phổ Yên, Tỉnh Thái Nguyên');
    // A clerk writing the old type after the change: found, with the difference as a reason.
    const oldType = resolve('xã Hồng Tiến, thị xã Phổ Yên', '2023-01-01');
    expect(oldType.status).toBe('resolved');
    expect(oldType.candidates[0]?.reasons.map((r) => r.code)).toContain('type-differs');
  });

  it('follows a commune merged in 2024 to its successor today', () => {
    const r = resolve('xã Thiệu Phú, huyện Thiệu Hóa, tỉnh Thanh Hóa', '2020-01-01');
    expect(r.status).toBe('resolved');
    expect(best(r)?.validTo).toBe('2024-02-01');
    const township = resolve('thị trấn Thiệu Hóa, huyện Thiệu Hóa, tỉnh Thanh Hóa', '2020-01-01');
    expect(codes(r)).toEqual(codes(township));
    expect(resolve('xã Thiệu Phú, huyện Thiệu Hóa', '2024-06-01').status).toBe('unresolved');
  });
});

describe('resolve: curated history', () => {
  it('places a commune of Hà Tây before 2008-08-01 and of Hà Nội after', () => {
    const before = resolve('xã Tây Đằng, huyện Ba Vì, tỉnh Hà Tây', '1995-04-02');
    expect(before.status).toBe('resolved');
    expect(best(before)?.path).toBe('Thị trấn Tây Đằng, Huyện Ba Vì, Tỉnh Hà Tây');
    const after = resolve('thị trấn Tây Đằng, huyện Ba Vì, Hà Nội', '2010-01-01');
    expect(best(after)?.path).toBe('Thị trấn Tây Đằng, Huyện Ba Vì, Thành phố Hà Nội');
    expect(codes(before)).toEqual(codes(after));
    expect(resolve('thị trấn Tây Đằng, huyện Ba Vì, tỉnh Hà Tây', '2010-01-01').status).toBe('unresolved');
  });

  it('places the communes Hà Nội took from Hòa Bình in their old district before 2008', () => {
    const r = resolve('xã Yên Trung, huyện Lương Sơn, tỉnh Hòa Bình', '2001-09-09');
    expect(r.status).toBe('resolved');
    expect(best(r)?.path).toBe('Xã Yên Trung, Huyện Lương Sơn, Tỉnh Hoà Bình');
  });

  it('knows Thừa Thiên Huế before 2025 and Huế after', () => {
    expect(best(resolve('tỉnh Thừa Thiên Huế', '2010-01-01'))?.fullName).toBe('Tỉnh Thừa Thiên Huế');
    expect(best(resolve('thành phố Huế', '2025-03-01'))?.fullName).toBe('Thành phố Huế');
  });

  it('resolves a district the 2025 reform abolished (Bình Chánh) and its communes', () => {
    const r = resolve('xã Bình Chánh, huyện Bình Chánh, TP. Hồ Chí Minh', '1987-06-01');
    expect(r.status).toBe('resolved');
    expect(r.successors.map((s) => s.place.path)).toEqual(['Xã Bình Chánh, Thành phố Hồ Chí Minh']);
    expect(best(r)?.path).toBe('Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh');
    // Nothing says since when this commune exists: the reason says it is assumed.
    expect(r.candidates[0]?.reasons.map((x) => x.code)).toContain('history-assumed');
  });

  it('reads the ways clerks write Hồ Chí Minh City', () => {
    for (const text of ['Phường 1, Quận Gò Vấp, TP.HCM', 'P.1, Q. Gò Vấp, TPHCM', 'phuong 1 quan go vap thanh pho ho chi minh', 'P1 - Gò Vấp - Sài Gòn']) {
      const r = resolve(text, '2020-01-01');
      expect(r.status, text).toBe('resolved');
      expect(best(r)?.path, text).toBe('Phường 1, Quận Gò Vấp, Thành phố Hồ Chí Minh');
    }
  });
});

describe('resolve: bad input gets a clear result, never a crash', () => {
  const issue = (r: PlaceResolution) => r.issues.map((i) => i.code);

  it.each(['', '   ', ',,,', 'ấp 3'])('empty text %j', (text) => {
    const r = resolve(text, '2000-01-01');
    expect(r.status).toBe('unresolved');
    expect(issue(r)).toEqual(['empty']);
    expect(r.issues[0]?.vi).toBe('Chưa ghi địa danh.');
  });

  it('only a province: unresolved, the province as the nearest candidate', () => {
    const r = resolve('tỉnh Long An', '1990-01-01');
    expect(r.status).toBe('unresolved');
    expect(issue(r)).toEqual(['only-province']);
    expect(best(r)?.fullName).toBe('Tỉnh Long An');
    expect(r.issues[0]?.vi).toContain('cần xã/phường');
  });

  it('an unknown commune (Bình Lập, Châu Thành, Long An): unresolved, kept as written, with what was found', () => {
    const r = resolve('xã Bình Lập, huyện Châu Thành, tỉnh Long An', '1987-03-12');
    expect(r.status).toBe('unresolved');
    expect(issue(r)).toEqual(['unknown-name']);
    expect(r.issues[0]?.vi).toContain('vẫn lưu như đã ghi');
    expect(r.candidates.map((c) => c.place.path)).toContain('Huyện Châu Thành, Tỉnh Long An');
  });

  it('a misspelt name: the nearest names as candidates', () => {
    const r = resolve('xã Bình Chánhh, huyện Bình Chánh', '1999-01-01');
    expect(r.status).toBe('unresolved');
    expect(r.candidates.map((c) => c.place.fullName)).toContain('Xã Bình Chánh');
  });

  it('a name of the wrong level', () => {
    const r = resolve('xã Châu Thành, tỉnh Long An', '1995-01-01');
    expect(r.status).toBe('unresolved');
    expect(issue(r)).toEqual(['wrong-level']);
    expect(best(r)?.fullName).toBe('Huyện Châu Thành');
  });

  it('a parent that does not match', () => {
    const r = resolve('xã Bình Chánh, huyện Châu Phú, tỉnh Quảng Ngãi', '2000-01-01');
    expect(r.status).toBe('unresolved');
  });

  it('a future date: looked up among the units of today, and said so', () => {
    const r = resolve('Phường Ba Đình, Thành phố Hà Nội', '2031-01-01');
    expect(issue(r)).toContain('future-date');
    expect(r.status).toBe('resolved');
  });

  it('a date before 1945: still answered, marked as only indicative', () => {
    const r = resolve('xã Bình Chánh, huyện Bình Chánh', '1930');
    expect(issue(r)).toContain('before-1945');
    expect(r.issues[0]?.en).toContain('only indicative');
  });

  it.each(['31/12/1990', '1990-02-30', 'hôm qua', '1990-13'])('a date that is not one: %s', (date) => {
    const r = resolve('xã Bình Chánh', date);
    expect(r.status).toBe('unresolved');
    expect(issue(r)).toEqual(['bad-date']);
  });

  it('records the pack version on every result', () => {
    expect(resolve('', '2000').packVersion).toBe(resolver.packVersion);
    expect(resolver.packVersion).toMatch(/^\d{4}\.\d{2}\.\d{2}/);
  });
});

describe('successorsToday and byCode', () => {
  it('follows a code of 2020 to the units of today, marking the split one', () => {
    const [congVi] = resolver.byCode('00007', '2020-01-01');
    expect(congVi?.fullName).toBe('Phường Cống Vị');
    const s = resolver.successorsToday(congVi!.key)!;
    expect(s.needsChoice).toBe(true);
    expect(s.successors.map((x) => x.place.fullName).sort()).toEqual(['Phường Giảng Võ', 'Phường Ngọc Hà']);
    expect(s.successors.every((x) => x.share === 'partial')).toBe(true);
  });

  it('tells the eras of a reused code apart', () => {
    expect(resolver.byCode('00004', '2020-01-01').map((p) => p.fullName)).toEqual(['Phường Trúc Bạch']);
    expect(resolver.byCode('00004', '2026-01-01').map((p) => p.fullName)).toEqual(['Phường Ba Đình']);
  });

  it('names a unit version as it was on a date, and nothing outside its years', () => {
    const [congVi] = resolver.byCode('00007', '2020-01-01');
    expect(resolver.unitOn(congVi!.key, '2020-06')?.path).toBe(congVi!.path);
    expect(resolver.unitOn(congVi!.key, '2026-01-01')).toBeNull();
    expect(resolver.unitOn('no-such-key', '2020')).toBeNull();
    expect(resolver.unitOn(congVi!.key, 'hôm qua')).toBeNull();
  });

  it('returns a unit in force today as its own successor, and null for an unknown key', () => {
    const [baDinh] = resolver.byCode('00004', today);
    expect(resolver.successorsToday(baDinh!.key)?.successors.map((s) => s.place.key)).toEqual([baDinh!.key]);
    expect(resolver.successorsToday('no-such-key')).toBeNull();
  });
});

describe('suggest', () => {
  it('offers the units of the date that start with what was typed, diacritics or not', () => {
    const names = (prefix: string, date: string) => resolver.suggest(prefix, { date, limit: 50 }).map((p) => p.fullName);
    expect(names('Bình Chá', '1990')).toContain('Xã Bình Chánh');
    expect(names('binh cha', '1990')).toContain('Xã Bình Chánh');
    expect(names('Trúc B', '2020-01-01')).toContain('Phường Trúc Bạch');
    expect(names('Trúc B', '2026-01-01')).not.toContain('Phường Trúc Bạch');
  });

  it('puts the units inside the book’s unit first and honours the limit', () => {
    const district = resolve('huyện Bình Chánh, TP Hồ Chí Minh', '1990').candidates[0]!.place.key;
    const list = resolver.suggest('Bình', { date: '1990', within: district, limit: 5 });
    expect(list).toHaveLength(5);
    expect(list[0]?.path).toContain('Huyện Bình Chánh');
  });

  it('finds a name by a later word', () => {
    expect(resolver.suggest('Chánh', { date: '1990', limit: 50 }).map((p) => p.fullName)).toContain('Xã Bình Chánh');
  });

  it('returns nothing for an empty prefix or a bad date', () => {
    expect(resolver.suggest('', { date: '1990' })).toEqual([]);
    expect(resolver.suggest('Bình', { date: 'hôm nay' })).toEqual([]);
  });
});

describe('resolve: names the parser has to cut', () => {
  it.each([
    ['Tỉnh Bà Rịa - Vũng Tàu', 'Tỉnh Bà Rịa - Vũng Tàu'],
    ['Xa Dong Phuong Yen, Huyen Chuong My, Thanh pho Ha Noi', 'Xã Đông Phương Yên'],
    ['Xa San Xa Ho, Huyen Hoang Su Phi, Tinh Ha Giang', 'Xã Sán Xả Hồ'],
  ])('%s', (text, fullName) => {
    expect(best(resolve(text, '2020-01-01'))?.fullName).toBe(fullName);
  });

  it('does not join parts that are two units', () => {
    const r = resolve('Xã Đông, Huyện Hưng Hà, Tỉnh Thái Bình', '2020-01-01');
    expect(r.candidates.every((c) => c.place.name !== 'Đông Hưng Hà')).toBe(true);
  });
});
