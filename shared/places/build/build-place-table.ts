// Builds the versioned place table from the sources: the units before the 2025 reform (with districts),
// the 2025 mapping to the units after it, the 2026 snapshot, and the curated events that say what units
// were called before. Pure: the build script reads the files and writes the pack.
import { searchKey } from '../../text/search-key.ts';
import { dayBefore } from '../place-dates.ts';
import { itemAt, type ChangeEvent, type CuratedAlias, type LineageEdge, type PlaceTable, type Relation, type Share, type UnitVersion } from '../place-table.ts';
import { splitFullName, type UnitLevel, type UnitType } from '../unit-types.ts';
import type { CuratedChange, CuratedEvent, PlaceSources } from './source-formats.ts';

export interface PlaceTableBuild {
  table: PlaceTable;
  /** what the build had to decide where the sources disagree or are silent; printed by the script */
  notes: string[];
}

type DraftVersion = Omit<UnitVersion, 'key'>;

const levelOfCode = (code: string): UnitLevel => (code.length === 2 ? 'province' : code.length === 3 ? 'district' : 'commune');
const covers = (v: DraftVersion, date: string) =>
  (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || date < v.validTo);

function parseFullName(fullName: string): { type: UnitType; name: string } {
  const parsed = splitFullName(fullName.trim());
  if (parsed === null) throw new Error(`No unit type in "${fullName}"`);
  return parsed;
}

class TableDraft {
  readonly versions: DraftVersion[] = [];
  readonly edges: LineageEdge[] = [];
  readonly events: ChangeEvent[] = [];
  readonly aliases: CuratedAlias[] = [];
  readonly unitKeys: string[] = [];
  readonly notes: string[] = [];
  private readonly byUnit = new Map<number, number[]>();

  v(index: number): DraftVersion {
    return itemAt(this.versions, index);
  }

  newUnit(key: string): number {
    this.unitKeys.push(key);
    return this.unitKeys.length - 1;
  }

  addVersion(version: DraftVersion): number {
    this.versions.push(version);
    const index = this.versions.length - 1;
    this.byUnit.set(version.unit, [...(this.byUnit.get(version.unit) ?? []), index]);
    return index;
  }

  addEdge(from: number, to: number, relation: Relation, share: Share, event: number): void {
    this.edges.push({ from, to, relation, share, event });
  }

  addEvent(event: ChangeEvent): number {
    this.events.push(event);
    return this.events.length - 1;
  }

  versionsOf(unit: number): number[] {
    return this.byUnit.get(unit) ?? [];
  }

  versionAt(unit: number, date: string): number {
    const found = this.versionsOf(unit).find((i) => covers(this.v(i), date));
    if (found === undefined) throw new Error(`Unit ${this.unitKeys[unit]} has no version on ${date}`);
    return found;
  }

  /**
   * Splits the unit's version in force on `date` in two. The existing version keeps its index and becomes
   * the later part (so edges already pointing at it still point at the unit after the change); the new
   * earlier part is changed by `before`, and an edge leads from it to the later one.
   */
  splitAt(unit: number, date: string, before: (v: DraftVersion) => void, relation: Relation, event: number): void {
    const later = this.versionAt(unit, date);
    const version = this.v(later);
    if (version.validFrom === date) throw new Error(`Two changes of ${this.unitKeys[unit]} take effect on ${date}`);
    const earlier: DraftVersion = { ...version, validTo: date };
    before(earlier);
    version.validFrom = date;
    this.addEdge(this.addVersion(earlier), later, relation, 'whole', event);
  }

  finish(version: string): PlaceTable {
    const versions = this.versions.map((v) => ({ key: `${this.unitKeys[v.unit]}@${v.validFrom ?? 'start'}`, ...v }));
    const seen = new Set<string>();
    for (const v of versions) {
      if (seen.has(v.key)) throw new Error(`Duplicate version key ${v.key}`);
      seen.add(v.key);
    }
    return { version, events: this.events, versions, edges: this.edges, aliases: this.aliases };
  }
}

export function buildPlaceTable(sources: PlaceSources, version: string): PlaceTableBuild {
  const draft = new TableDraft();
  const reformDate = sources.reform.reform.effective;
  const laterDate = sources.reform.later.effective;
  const reformEvent = draft.addEvent(sources.reform.reform);
  const laterEvent = draft.addEvent(sources.reform.later);

  // Units before the reform, keyed here by their pre-reform codes (unique within that one snapshot).
  const before = { province: new Map<string, number>(), district: new Map<string, number>(), commune: new Map<string, number>() };
  const provinceOfDistrict = new Map<string, string>();
  const districtOfCommune = new Map<string, string>();
  const addBefore = (level: UnitLevel, code: string, fullName: string, name: string, parentUnit: number | null) => {
    const { type } = parseFullName(fullName);
    const unit = draft.newUnit(`b:${level[0]}${code}`);
    draft.addVersion({ unit, level, type, name: name.trim(), parentUnit, code, validFrom: null, validTo: reformDate });
    before[level].set(code, unit);
    return unit;
  };
  for (const province of sources.unitsBefore) {
    const p = addBefore('province', province.Code, province.FullName, province.Name, null);
    for (const district of province.District) {
      const d = addBefore('district', district.Code, district.FullName, district.Name, p);
      provinceOfDistrict.set(district.Code, province.Code);
      for (const ward of district.Ward ?? []) {
        addBefore('commune', ward.Code, ward.FullName, ward.Name, d);
        districtOfCommune.set(ward.Code, district.Code);
      }
    }
  }

  // dvhcvn lists a few communes (codes of 2025-03-01) that the unit list had already dropped. They
  // existed until the reform, so they are kept; their district is inferred from the code blocks GSO
  // allocates per district, and left out (the province as parent) when the neighbours disagree.
  const communeCodes = [...before.commune.keys()].sort();
  for (const province of sources.splits.data) {
    for (const commune of province.level3s) {
      if (before.commune.has(commune.level3_id)) continue;
      const { name } = parseFullName(commune.name);
      const lower = communeCodes.filter((c) => c < commune.level3_id).at(-1);
      const upper = communeCodes.find((c) => c > commune.level3_id);
      const lowerDistrict = lower === undefined ? undefined : districtOfCommune.get(lower);
      const district = lowerDistrict !== undefined && lowerDistrict === (upper && districtOfCommune.get(upper)) ? lowerDistrict : undefined;
      const parent = district !== undefined ? before.district.get(district) : before.province.get(province.level1_id);
      if (parent === undefined) throw new Error(`No parent for commune ${commune.level3_id}`);
      addBefore('commune', commune.level3_id, commune.name, name, parent);
      draft.notes.push(
        `${commune.name} (${commune.level3_id}) is only in the 2025 mapping; ` +
          (district !== undefined ? `district ${district} inferred from neighbouring codes` : 'district unknown'),
      );
    }
  }

  applyReform(draft, sources, before, provinceOfDistrict, reformDate, reformEvent);
  applyLaterChanges(draft, sources, laterDate, laterEvent);
  applyCurated(draft, sources.curated, before, dayBefore(reformDate));
  applyAliases(draft, sources);
  draft.notes.push(`${draft.versions.length} unit versions, ${draft.edges.length} lineage edges, ${draft.events.length} events`);
  return { table: draft.finish(version), notes: draft.notes };
}

function applyReform(
  draft: TableDraft,
  sources: PlaceSources,
  before: Record<UnitLevel, Map<string, number>>,
  provinceOfDistrict: Map<string, string>,
  reformDate: string,
  event: number,
): void {
  const preVersion = (level: UnitLevel, code: string) => {
    const unit = before[level].get(code);
    if (unit === undefined) throw new Error(`The 2025 mapping names ${level} ${code}, which no source lists`);
    return draft.versionAt(unit, dayBefore(reformDate));
  };

  // Provinces: 63 into 34, always whole.
  const after = new Map<string, number>();
  const newProvinceOfOld = new Map<string, string>();
  for (const province of sources.splits.data) {
    const [next, ...more] = province.splits;
    if (next === undefined || more.length > 0) throw new Error(`Province ${province.level1_id} maps to ${province.splits.length} provinces`);
    newProvinceOfOld.set(province.level1_id, next.new_id);
  }
  for (const province of sources.merges.data) {
    const { type, name } = parseFullName(province.name);
    const olds = province.merges.map((m) => preVersion('province', m.old_id));
    const only = olds.length === 1 && olds[0] !== undefined ? draft.v(olds[0]) : null;
    if (only !== null && searchKey(only.name) === searchKey(name) && only.type === type) {
      // The same province, unchanged: one version runs on.
      only.validTo = null;
      after.set(province.level1_id, only.unit);
      continue;
    }
    const unit = draft.newUnit(`a:p${province.level1_id}`);
    const to = draft.addVersion({ unit, level: 'province', type, name, parentUnit: null, code: province.level1_id, validFrom: reformDate, validTo: null });
    after.set(province.level1_id, unit);
    for (const from of olds) draft.addEdge(from, to, olds.length > 1 ? 'merged_into' : changeOf(draft.v(from), type, name), 'whole', event);
  }

  // Communes (and the five island districts that became đặc khu): successors from both files, so a pair
  // either of them lists is kept.
  type Origin = { old: string; share: Share | null };
  const successors = new Map<string, Set<string>>();
  const origins = new Map<string, Origin[]>();
  const newCommunes = new Map<string, { fullName: string; province: string }>();
  const link = (old: string, next: string) => successors.set(old, (successors.get(old) ?? new Set()).add(next));
  for (const province of sources.splits.data) {
    for (const unit of [...province.level3s.map((c) => ({ id: c.level3_id, splits: c.splits })), ...(province.level2s ?? []).map((d) => ({ id: d.level2_id, splits: d.splits }))]) {
      for (const s of unit.splits) link(unit.id, s.new_id);
    }
  }
  for (const province of sources.merges.data) {
    for (const commune of province.level2s) {
      newCommunes.set(commune.level2_id, { fullName: commune.name, province: province.level1_id });
      origins.set(commune.level2_id, commune.merges.map((m) => ({ old: m.old_id, share: m.type === 'full' ? 'whole' : 'partial' })));
      for (const m of commune.merges) link(m.old_id, commune.level2_id);
    }
  }
  for (const [old, nexts] of successors) {
    for (const next of nexts) {
      const list = origins.get(next);
      if (list === undefined) throw new Error(`The 2025 mapping sends ${old} to ${next}, which it does not list`);
      if (!list.some((o) => o.old === old)) list.push({ old, share: null });
    }
  }

  for (const [code, { fullName, province }] of newCommunes) {
    const { type, name } = parseFullName(fullName);
    const parentUnit = after.get(province);
    if (parentUnit === undefined) throw new Error(`Commune ${code} is in unknown province ${province}`);
    const from = origins.get(code) ?? [];
    const first = from.length === 1 ? from[0] : undefined;
    const single = first !== undefined && successors.get(first.old)?.size === 1 && first.share !== 'partial' ? first : null;
    const singleOld = single === null ? null : draft.v(preVersion(levelOfCode(single.old), single.old));
    // A commune that simply carries on (one old, wholly, into one new) stays the same unit.
    const unit = singleOld !== null && singleOld.level === 'commune' ? singleOld.unit : draft.newUnit(`a:c${code}`);
    const to = draft.addVersion({ unit, level: 'commune', type, name, parentUnit, code, validFrom: reformDate, validTo: null });
    for (const origin of from) {
      const fromIndex = preVersion(levelOfCode(origin.old), origin.old);
      const old = draft.v(fromIndex);
      const split = (successors.get(origin.old)?.size ?? 0) > 1;
      const share: Share = split ? 'partial' : (origin.share ?? 'whole');
      if (split && origin.share === 'whole') draft.notes.push(`${old.name} (${origin.old}) is split, though the merges file calls its part in ${code} full`);
      const relation: Relation =
        old.level === 'district' ? 'reclassified' : split ? 'split_into' : from.length > 1 ? 'merged_into' : changeOf(old, type, name);
      draft.addEdge(fromIndex, to, relation, share, event);
    }
  }

  // Districts were abolished: each is absorbed into the province its province became, except the
  // island districts the mapping sends to a đặc khu.
  for (const [code, unit] of before.district) {
    if ((successors.get(code)?.size ?? 0) > 0) continue;
    const oldProvince = provinceOfDistrict.get(code);
    const newProvince = oldProvince === undefined ? undefined : after.get(newProvinceOfOld.get(oldProvince) ?? '');
    if (newProvince === undefined) throw new Error(`District ${code} has no province after the reform`);
    draft.addEdge(draft.versionAt(unit, dayBefore(reformDate)), draft.versionAt(newProvince, reformDate), 'absorbed_into', 'whole', event);
  }
}

/** How a unit that carried on changed: the name first, since a new name usually comes with a new type. */
function changeOf(old: DraftVersion, type: UnitType, name: string): Relation {
  if (searchKey(old.name) !== searchKey(name)) return 'renamed';
  if (old.type !== type) return 'reclassified';
  return 'transferred';
}

function applyLaterChanges(draft: TableDraft, sources: PlaceSources, laterDate: string, event: number): void {
  const current = draft.versions
    .map((v, index) => ({ v, index }))
    .filter(({ v }) => v.validTo === null && v.validFrom !== null);
  const byCode = new Map(current.map((c) => [`${c.v.level}:${c.v.code}`, c.index]));
  const provinceCodeOf = (v: DraftVersion) => (v.parentUnit === null ? null : draft.v(draft.versionAt(v.parentUnit, laterDate)).code);
  const byName = new Map(current.map((c) => [`${c.v.level}:${provinceCodeOf(c.v) ?? ''}:${searchKey(c.v.name)}`, c.index]));
  // Provinces that carried on unchanged through the reform have one version since before it.
  for (const [index, v] of draft.versions.entries()) {
    if (v.level === 'province' && v.validTo === null && v.validFrom === null) byCode.set(`province:${v.code}`, index);
  }

  const update = (level: UnitLevel, code: string, fullName: string, provinceCode: string | null) => {
    const { type, name } = parseFullName(fullName);
    const index = byCode.get(`${level}:${code}`) ?? byName.get(`${level}:${provinceCode ?? ''}:${searchKey(name)}`);
    if (index === undefined) throw new Error(`${fullName} (${code}) of the 2026 list has no unit after the reform`);
    const version = draft.v(index);
    if (version.code !== code) {
      draft.notes.push(`${fullName}: the 2025 mapping gives code ${version.code ?? '-'}, the 2026 list ${code}; the 2026 code is kept`);
      version.code = code;
    }
    if (searchKey(version.name) === searchKey(name) && version.type === type) return;
    // Unlike splitAt, the existing version stays the earlier part: the reform's edges lead to it.
    const relation = changeOf(version, type, name);
    version.validTo = laterDate;
    draft.addEdge(index, draft.addVersion({ ...version, type, name, validFrom: laterDate, validTo: null }), relation, 'whole', event);
  };
  for (const province of sources.unitsAfter) {
    update('province', province.Code, province.FullName, null);
    for (const ward of province.Wards) update('commune', ward.Code, ward.FullName, province.Code);
  }
}

function applyCurated(
  draft: TableDraft,
  events: CuratedEvent[],
  before: Record<UnitLevel, Map<string, number>>,
  /** the day the curated files' "CODE Name" references describe: the last before the reform */
  referenceDate: string,
): void {
  const byDateDescending = [...events].sort((a, b) => b.effective.localeCompare(a.effective));
  for (const curated of byDateDescending) {
    const { changes, ...fields } = curated;
    const event = draft.addEvent(fields);
    const ended = new Map<string, number>();
    const resolve = (ref: string): number => {
      if (ref.startsWith('ended:')) {
        const unit = ended.get(ref.slice('ended:'.length));
        if (unit === undefined) throw new Error(`${curated.key}: "${ref}" names no unit this event ends`);
        return unit;
      }
      const space = ref.indexOf(' ');
      const code = ref.slice(0, space);
      const unit = before[levelOfCode(code)].get(code);
      if (unit === undefined) throw new Error(`${curated.key}: no unit has code ${code}`);
      const known = draft.v(draft.versionAt(unit, referenceDate));
      if (searchKey(known.name) !== searchKey(ref.slice(space + 1))) {
        throw new Error(`${curated.key}: ${code} is ${known.name}, not ${ref.slice(space + 1)}`);
      }
      return unit;
    };
    // Merges first: a transfer of the same event may name the unit a merge ends.
    const ordered = [...changes].sort((a, b) => Number(b.kind === 'merge') - Number(a.kind === 'merge'));
    for (const change of ordered) applyChange(draft, change, curated, event, resolve, ended);
  }
}

function applyChange(
  draft: TableDraft,
  change: CuratedChange,
  curated: CuratedEvent,
  event: number,
  resolve: (ref: string) => number,
  ended: Map<string, number>,
): void {
  const date = curated.effective;
  switch (change.kind) {
    case 'retype':
      for (const ref of change.units) {
        draft.splitAt(resolve(ref), date, (v) => { v.type = change.from; }, 'reclassified', event);
      }
      return;
    case 'rename':
      for (const ref of change.units) {
        draft.splitAt(resolve(ref), date, (v) => { v.type = change.from.type; v.name = change.from.name; }, 'renamed', event);
      }
      return;
    case 'transfer': {
      const parentUnit = resolve(change.fromParent);
      for (const ref of change.units) draft.splitAt(resolve(ref), date, (v) => { v.parentUnit = parentUnit; }, 'transferred', event);
      return;
    }
    case 'merge': {
      const into = resolve(change.into);
      const intoBefore = draft.v(draft.versionAt(into, dayBefore(date)));
      const { key, type, name, code } = change.absorbed;
      const unit = draft.newUnit(`h:${key ?? `${curated.key}/${code ?? name}`}`);
      if (key !== undefined) ended.set(key, unit);
      const from = draft.addVersion({ unit, level: intoBefore.level, type, name, parentUnit: intoBefore.parentUnit, code, validFrom: null, validTo: date });
      draft.addEdge(from, draft.versionAt(into, date), change.relation ?? 'merged_into', 'whole', event);
    }
  }
}

function applyAliases(draft: TableDraft, sources: PlaceSources): void {
  for (const alias of sources.reform.aliases) {
    const matching = draft.versions
      .map((v, index) => ({ v, index }))
      .filter(({ v }) => v.level === alias.level && v.code === alias.code && searchKey(v.name) === searchKey(alias.name));
    if (matching.length === 0) throw new Error(`Alias target ${alias.code} ${alias.name} not found`);
    for (const { index } of matching) for (const text of alias.texts) draft.aliases.push({ version: index, text });
  }
}
