// The place table as shipped: one JSON file, rows as arrays (a third of the size of objects), with the
// pack's version, the sources' attribution and a content hash over everything else. A pack can be
// replaced by a newer one without an app release, so a pack from outside is checked before use.
import { z } from 'zod';
import type { PlaceTable, Relation } from './place-table.ts';
import { unitLevels, unitTypeKeys, type UnitLevel, type UnitType } from './unit-types.ts';

export const placePackFormat = 'sohoa-places';
export const placePackFormatVersion = 1;

const relations: readonly Relation[] = [
  'renamed',
  'reclassified',
  'merged_into',
  'absorbed_into',
  'split_into',
  'created_from',
  'transferred_part',
  'transferred',
];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const index = z.number().int().min(0);

export const placePackSchema = z.object({
  format: z.literal(placePackFormat),
  formatVersion: z.literal(placePackFormatVersion),
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(-\d+)?$/),
  /** "sha256:<hex>" of canonicalPackBody(pack) */
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  attribution: z.array(z.object({ source: z.string(), license: z.string(), url: z.string() })),
  events: z.array(z.tuple([z.string(), z.string(), z.string(), isoDate.nullable(), isoDate, z.string()])),
  /** key, unit, level, type, name, parent unit (-1: none), code ('' : none), valid from, valid to */
  versions: z.array(
    z.tuple([
      z.string().min(1),
      index,
      z.enum(unitLevels as [UnitLevel, ...UnitLevel[]]),
      z.enum(unitTypeKeys as [UnitType, ...UnitType[]]),
      z.string().min(1),
      z.number().int().min(-1),
      z.string(),
      isoDate.nullable(),
      isoDate.nullable(),
    ]),
  ),
  /** from, to, relation, share, event */
  edges: z.array(z.tuple([index, index, z.enum(relations as [Relation, ...Relation[]]), z.enum(['whole', 'partial']), index])),
  aliases: z.array(z.tuple([index, z.string().min(1)])),
});

export type PlacePack = z.infer<typeof placePackSchema>;
export type PlacePackBody = Omit<PlacePack, 'contentHash'>;

export function encodePlacePack(table: PlaceTable, attribution: PlacePack['attribution']): PlacePackBody {
  return {
    format: placePackFormat,
    formatVersion: placePackFormatVersion,
    version: table.version,
    attribution,
    events: table.events.map((e) => [e.key, e.instrument, e.title, e.issued, e.effective, e.source]),
    versions: table.versions.map((v) => [v.key, v.unit, v.level, v.type, v.name, v.parentUnit ?? -1, v.code ?? '', v.validFrom, v.validTo]),
    edges: table.edges.map((e) => [e.from, e.to, e.relation, e.share, e.event]),
    aliases: table.aliases.map((a) => [a.version, a.text]),
  };
}

/** The exact text the content hash is taken over: the pack without its hash, keys in a fixed order. */
export function canonicalPackBody(pack: PlacePackBody): string {
  const { format, formatVersion, version, attribution, events, versions, edges, aliases } = pack;
  return JSON.stringify({ format, formatVersion, version, attribution, events, versions, edges, aliases });
}

export class PlacePackError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Checks the shape and the references of a pack (not its hash: see verifyPlacePackHash on the Node side). */
export function decodePlacePack(json: unknown): PlaceTable {
  const parsed = placePackSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new PlacePackError(
      `Tệp bảng địa danh không đúng định dạng (${where}).`,
      `The place-name pack is not in the expected format (${where}).`,
    );
  }
  const pack = parsed.data;
  const versionCount = pack.versions.length;
  const unitCount = Math.max(-1, ...pack.versions.map((v) => v[1])) + 1;
  const bad =
    pack.versions.some((v) => v[5] >= unitCount) ||
    pack.edges.some(([from, to, , , event]) => from >= versionCount || to >= versionCount || event >= pack.events.length) ||
    pack.aliases.some(([version]) => version >= versionCount);
  if (bad) {
    throw new PlacePackError('Tệp bảng địa danh có tham chiếu hỏng.', 'The place-name pack has broken references.');
  }
  return {
    version: pack.version,
    events: pack.events.map(([key, instrument, title, issued, effective, source]) => ({ key, instrument, title, issued, effective, source })),
    versions: pack.versions.map(([key, unit, level, type, name, parent, code, validFrom, validTo]) => ({
      key,
      unit,
      level,
      type,
      name,
      parentUnit: parent === -1 ? null : parent,
      code: code === '' ? null : code,
      validFrom,
      validTo,
    })),
    edges: pack.edges.map(([from, to, relation, share, event]) => ({ from, to, relation, share, event })),
    aliases: pack.aliases.map(([version, text]) => ({ version, text })),
  };
}

/** Orders pack versions "2026.07.25-1" < "2026.07.25-2" < "2026.11.23". */
export function comparePackVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.-]/).map(Number);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
