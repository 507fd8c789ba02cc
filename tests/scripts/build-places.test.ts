import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlacePack, packPath } from '../../scripts/places/place-pack-build.ts';
import type { PlacePack } from '../../shared/places/place-pack.ts';

describe('the shipped place pack', () => {
  const built = buildPlacePack();

  it('passes every integrity check', () => {
    expect(built.problems).toEqual([]);
  });

  it('is what its sources and curated events build (run npm run places:build after changing them)', () => {
    const shipped = JSON.parse(readFileSync(packPath, 'utf8')) as PlacePack;
    expect(shipped.contentHash).toBe(built.pack.contentHash);
    expect(shipped.version).toBe(built.pack.version);
  });

  it('holds the units before and after the 2025 reform, with the sources’ attribution', () => {
    const { pack } = built;
    const count = (level: string, open: boolean) => pack.versions.filter((v) => v[2] === level && (v[8] === null) === open).length;
    expect(count('commune', true)).toBe(3_321);
    expect(count('province', true)).toBe(34);
    expect(count('commune', false)).toBeGreaterThanOrEqual(10_047);
    expect(pack.attribution.map((a) => a.license).join(' ')).toMatch(/MIT.*MIT/);
    expect(pack.events.map((e) => e[0])).toEqual(expect.arrayContaining(['2025-reform', '15/2008/QH12', '570/NQ-UBTVQH15']));
  });
});
