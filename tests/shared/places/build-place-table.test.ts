import { describe, expect, it } from 'vitest';
import { buildPlaceTable } from '../../../shared/places/build/build-place-table.ts';
import type { CuratedEvent, PlaceSources } from '../../../shared/places/build/source-formats.ts';
import { checkPlaceTable } from '../../../shared/places/pack-integrity.ts';
import { createPlaceResolver } from '../../../shared/places/place-resolver.ts';

// A country of two provinces, small enough to reason about every row.
function sources(curated: CuratedEvent[] = []): PlaceSources {
  const ward = (Code: string, FullName: string) => ({ Code, Name: FullName.replace(/^(Xã|Phường|Thị trấn) /, ''), FullName });
  return {
    unitsBefore: [
      {
        Code: '01',
        Name: 'Alpha',
        FullName: 'Tỉnh Alpha',
        District: [
          { Code: '001', Name: 'Một', FullName: 'Huyện Một', Ward: [ward('00001', 'Xã Đông'), ward('00002', 'Xã Tây'), ward('00003', 'Thị trấn Một')] },
          { Code: '002', Name: 'Hai', FullName: 'Thị xã Hai', Ward: [ward('00004', 'Phường Đông')] },
          { Code: '003', Name: 'Đảo', FullName: 'Huyện Đảo', Ward: null },
        ],
      },
      { Code: '02', Name: 'Beta', FullName: 'Tỉnh Beta', District: [{ Code: '004', Name: 'Ba', FullName: 'Huyện Ba', Ward: [ward('00005', 'Xã Nam')] }] },
    ],
    splits: {
      data: [
        {
          level1_id: '01',
          name: 'Tỉnh Alpha',
          splits: [{ new_id: '01', name: 'Tỉnh Alpha' }],
          level2s: [{ level2_id: '003', name: 'Huyện Đảo', splits: [{ new_id: '00030', name: 'Đặc khu Đảo' }] }],
          level3s: [
            { level3_id: '00001', name: 'Xã Đông', splits: [{ new_id: '00010', name: 'Xã Đông Tây' }] },
            { level3_id: '00002', name: 'Xã Tây', splits: [{ new_id: '00010', name: 'Xã Đông Tây' }, { new_id: '00020', name: 'Phường Hai' }] },
            { level3_id: '00003', name: 'Thị trấn Một', splits: [{ new_id: '00003', name: 'Xã Một' }] },
            { level3_id: '00004', name: 'Phường Đông', splits: [{ new_id: '00020', name: 'Phường Hai' }] },
          ],
        },
        { level1_id: '02', name: 'Tỉnh Beta', splits: [{ new_id: '01', name: 'Tỉnh Alpha' }], level3s: [{ level3_id: '00005', name: 'Xã Nam', splits: [{ new_id: '00020', name: 'Phường Hai' }] }] },
      ],
    },
    merges: {
      data: [
        {
          level1_id: '01',
          name: 'Tỉnh Alpha',
          merges: [
            { old_id: '01', name: 'Tỉnh Alpha', type: 'full' },
            { old_id: '02', name: 'Tỉnh Beta', type: 'full' },
          ],
          level2s: [
            { level2_id: '00010', name: 'Xã Đông Tây', merges: [{ old_id: '00001', name: 'Xã Đông', type: 'full' }, { old_id: '00002', name: 'Xã Tây', type: 'partial' }] },
            { level2_id: '00020', name: 'Phường Hai', merges: [{ old_id: '00002', name: 'Xã Tây', type: 'partial' }, { old_id: '00004', name: 'Phường Đông', type: 'full' }, { old_id: '00005', name: 'Xã Nam', type: 'full' }] },
            { level2_id: '00003', name: 'Xã Một', merges: [{ old_id: '00003', name: 'Thị trấn Một', type: 'full' }] },
            { level2_id: '00030', name: 'Đặc khu Đảo', merges: [{ old_id: '003', name: 'Huyện Đảo', type: 'full' }] },
          ],
        },
      ],
    },
    unitsAfter: [
      {
        Code: '01',
        Name: 'Alpha',
        FullName: 'Thành phố Alpha',
        Wards: [ward('00010', 'Phường Đông Tây'), ward('00020', 'Phường Hai'), ward('00003', 'Xã Một'), { Code: '00030', Name: 'Đảo', FullName: 'Đặc khu Đảo' }],
      },
    ],
    curated,
    reform: {
      about: '',
      reform: { key: 'reform', instrument: 'R', title: 'Reform', issued: null, effective: '2025-07-01', source: 'test' },
      later: { key: 'later', instrument: 'L', title: 'Later', issued: null, effective: '2026-07-25', source: 'test' },
      aliases: [{ level: 'province', code: '01', name: 'Alpha', texts: ['A-land'] }],
    },
  };
}

const event = (key: string, effective: string, changes: CuratedEvent['changes']): CuratedEvent => ({
  key,
  instrument: key,
  title: key,
  issued: null,
  effective,
  source: 'test',
  changes,
});

describe('buildPlaceTable', () => {
  it('builds a sound table: intervals, parents and lineage all check out', () => {
    const { table } = buildPlaceTable(sources(), '2026.01.01');
    expect(checkPlaceTable(table)).toEqual([]);
    expect(table.version).toBe('2026.01.01');
  });

  it('follows merges, splits (partial) and reclassifications to the units of today', () => {
    const resolver = createPlaceResolver(buildPlaceTable(sources(), '2026.01.01').table);
    const today = (text: string) => {
      const r = resolver.resolve(text, { date: '2020-01-01', today: '2026-11-23' });
      return { status: r.status, needsChoice: r.needsChoice, to: r.successors.map((s) => `${s.place.path} (${s.share})`).sort() };
    };
    expect(today('xã Đông, huyện Một')).toEqual({ status: 'resolved', needsChoice: false, to: ['Phường Đông Tây, Thành phố Alpha (whole)'] });
    expect(today('xã Tây, huyện Một')).toEqual({
      status: 'resolved',
      needsChoice: true,
      to: ['Phường Hai, Thành phố Alpha (partial)', 'Phường Đông Tây, Thành phố Alpha (partial)'],
    });
    expect(today('xã Nam, huyện Ba, tỉnh Beta').to).toEqual(['Phường Hai, Thành phố Alpha (whole)']);
    expect(today('thị trấn Một, huyện Một').to).toEqual(['Xã Một, Thành phố Alpha (whole)']);
  });

  it('keeps a commune that simply carries on as one unit, and a province that does not change as one version', () => {
    const { table } = buildPlaceTable(sources(), '2026.01.01');
    const mot = table.versions.filter((v) => v.name === 'Một' && v.level === 'commune');
    expect(mot.map((v) => v.type)).toEqual(['thi-tran', 'xa']);
    expect(new Set(mot.map((v) => v.unit)).size).toBe(1);
    const alpha = table.versions.filter((v) => v.level === 'province' && v.name === 'Alpha');
    // Alpha absorbed Beta, so it is a new unit after the reform; then it became a thành phố (the later list).
    expect(alpha.map((v) => [v.type, v.validFrom, v.validTo])).toEqual([
      ['tinh', null, '2025-07-01'],
      ['tinh', '2025-07-01', '2026-07-25'],
      ['thanh-pho', '2026-07-25', null],
    ]);
  });

  it('sends an abolished district into its new province, and an island district to its đặc khu', () => {
    const resolver = createPlaceResolver(buildPlaceTable(sources(), '2026.01.01').table);
    const [mot] = resolver.byCode('001', '2020-01-01');
    expect(resolver.successorsToday(mot!.key)?.successors.map((s) => s.place.fullName)).toEqual(['Thành phố Alpha']);
    const [dao] = resolver.byCode('003', '2020-01-01');
    expect(resolver.successorsToday(dao!.key)?.successors.map((s) => s.place.fullName)).toEqual(['Đặc khu Đảo']);
  });

  it('applies curated events backwards from the unit lists: retype, rename, transfer, merge', () => {
    const curated = [
      event('retype', '2022-04-10', [{ kind: 'retype', from: 'huyen', units: ['002 Hai'] }]),
      event('rename', '2023-01-01', [{ kind: 'rename', from: { type: 'xa', name: 'Cũ' }, units: ['00004 Đông'] }]),
      event('transfer', '2008-08-01', [
        { kind: 'merge', relation: 'absorbed_into', absorbed: { key: 'gamma', type: 'tinh', name: 'Gamma', code: null }, into: '01 Alpha' },
        { kind: 'transfer', fromParent: 'ended:gamma', units: ['001 Một'] },
      ]),
      event('merge', '2024-02-01', [{ kind: 'merge', absorbed: { type: 'xa', name: 'Bắc', code: '00009' }, into: '00001 Đông' }]),
    ];
    const { table } = buildPlaceTable(sources(curated), '2026.01.01');
    expect(checkPlaceTable(table)).toEqual([]);
    const resolver = createPlaceResolver(table);
    const path = (text: string, date: string) => resolver.resolve(text, { date, today: '2026-11-23' }).candidates[0]?.place.path;
    expect(path('phường Cũ', '2022-01-01')).toBe('Xã Cũ, Huyện Hai, Tỉnh Alpha');
    expect(path('phường Đông, thị xã Hai', '2024-01-01')).toBe('Phường Đông, Thị xã Hai, Tỉnh Alpha');
    expect(path('xã Đông, huyện Một', '2000-01-01')).toBe('Xã Đông, Huyện Một, Tỉnh Gamma');
    expect(path('xã Đông, huyện Một', '2010-01-01')).toBe('Xã Đông, Huyện Một, Tỉnh Alpha');
    const bac = resolver.resolve('xã Bắc, huyện Một', { date: '2020-01-01', today: '2026-11-23' });
    expect(bac.successors.map((s) => s.place.fullName)).toEqual(['Phường Đông Tây']);
    expect(resolver.resolve('tỉnh Gamma', { date: '2000-01-01' }).candidates[0]?.place.fullName).toBe('Tỉnh Gamma');
  });

  it('refuses a curated reference whose name does not match its code, or a missing one', () => {
    expect(() => buildPlaceTable(sources([event('bad', '2022-01-01', [{ kind: 'retype', from: 'xa', units: ['00004 Tây'] }])]), '2026.01.01')).toThrow(
      /00004 is Đông, not Tây/,
    );
    expect(() => buildPlaceTable(sources([event('bad', '2022-01-01', [{ kind: 'retype', from: 'xa', units: ['09999 Tây'] }])]), '2026.01.01')).toThrow(
      /no unit has code 09999/,
    );
  });

  it('refuses two changes of one unit on one date', () => {
    const twice = [
      event('a', '2022-01-01', [{ kind: 'retype', from: 'xa', units: ['00004 Đông'] }]),
      event('b', '2022-01-01', [{ kind: 'rename', from: { type: 'xa', name: 'Cũ' }, units: ['00004 Đông'] }]),
    ];
    expect(() => buildPlaceTable(sources(twice), '2026.01.01')).toThrow(/Two changes/);
  });

  it('indexes curated aliases', () => {
    const resolver = createPlaceResolver(buildPlaceTable(sources(), '2026.01.01').table);
    expect(resolver.resolve('A-land', { date: '2020-01-01' }).candidates[0]?.place.fullName).toBe('Tỉnh Alpha');
  });
});
