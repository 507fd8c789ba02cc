import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placesDir } from '../../scripts/places/place-pack-build.ts';

// The curated 2021–2024 events are written by hand from the SQL patches: this keeps the two in step.
const patchDir = path.join(placesDir, 'sources', 'decree-patches-2021-2024');
const codesIn = (sql: string) =>
  new Set([...sql.replace(/--.*$/gm, '').matchAll(/WHERE\s+code\s*(?:IN\s*\(([^)]*)\)|=\s*'(\d+)')/gi)].flatMap((m) => (m[1] ?? `'${m[2]}'`).match(/\d{2,5}/g) ?? []));

interface Curated {
  events: { key: string; changes: { units?: string[]; into?: string; absorbed?: { code: string | null } }[] }[];
}

describe('curated/resolutions-2021-2024.json', () => {
  const curated = JSON.parse(readFileSync(path.join(placesDir, 'curated', 'resolutions-2021-2024.json'), 'utf8')) as Curated;
  const curatedCodes = new Set(
    curated.events.flatMap((e) =>
      e.changes.flatMap((c) => [...(c.units ?? []), ...(c.into ? [c.into] : [])].map((ref) => ref.split(' ')[0]!).concat(c.absorbed?.code ? [c.absorbed.code] : [])),
    ),
  );
  const patchFiles = readdirSync(patchDir).filter((f) => f.endsWith('.sql') && !f.startsWith('patch_checker') && !f.startsWith('hotfix'));
  const patchCodes = new Set(patchFiles.flatMap((f) => [...codesIn(readFileSync(path.join(patchDir, f), 'utf8'))]));

  it('covers every unit the resolutions’ patches change', () => {
    // Gò Công's Phường 3 and 4: the patch's codes are those the unit lists give other wards (see the event's source).
    const documented = new Set(['28294']);
    expect([...patchCodes].filter((c) => !curatedCodes.has(c) && !documented.has(c)).sort()).toEqual([]);
  });

  it('names no unit the patches do not mention, except the old township the 2023 hotfix removes', () => {
    // Merge targets appear only in the patches' comments ("Merge Ward 3 (28294) to Ward 2 (28297)").
    const mentioned = new Set(patchFiles.flatMap((f) => readFileSync(path.join(patchDir, f), 'utf8').match(/\b\d{3}\b|\b\d{5}\b/g) ?? []));
    const hotfix = readFileSync(path.join(patchDir, 'hotfix__hotfix_26April2023.sql'), 'utf8');
    expect(hotfix).toMatch(/DELETE FROM wards WHERE code = '05764'/);
    expect([...curatedCodes].filter((c) => !mentioned.has(c)).sort()).toEqual(['05764']);
  });

  it('gives every event an effective date and a source', () => {
    expect(curated.events.length).toBe(17);
    for (const e of curated.events as unknown as { effective: string; source: string }[]) {
      expect(e.effective).toMatch(/^20(22|23|24)-\d{2}-\d{2}$/);
      expect(e.source.length).toBeGreaterThan(10);
    }
  });
});
