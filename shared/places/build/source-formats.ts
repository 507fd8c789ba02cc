// The shapes of the files the place pack is built from (assets/places/sources and assets/places/curated),
// checked when read, because a wrong shape in a 2 MB third-party file must fail the build loudly.
import { z } from 'zod';
import { unitTypeKeys, type UnitType } from '../unit-types.ts';

const ward = z.object({ Code: z.string(), Name: z.string(), FullName: z.string() });
const district = z.object({ Code: z.string(), Name: z.string(), FullName: z.string(), Ward: z.array(ward).nullable() });
export const unitsBeforeSchema = z.array(
  z.object({ Code: z.string(), Name: z.string(), FullName: z.string(), District: z.array(district) }),
);

export const unitsAfterSchema = z.array(
  z.object({
    Code: z.string(),
    Name: z.string(),
    FullName: z.string(),
    Wards: z.array(z.object({ Code: z.string(), Name: z.string(), FullName: z.string() })),
  }),
);

const target = z.object({ new_id: z.string(), name: z.string() });
export const splitsSchema = z.object({
  data: z.array(
    z.object({
      level1_id: z.string(),
      name: z.string(),
      splits: z.array(target),
      level2s: z.array(z.object({ level2_id: z.string(), name: z.string(), splits: z.array(target) })).optional(),
      level3s: z.array(z.object({ level3_id: z.string(), name: z.string(), splits: z.array(target) })),
    }),
  ),
});

const origin = z.object({ old_id: z.string(), name: z.string(), type: z.enum(['full', 'partial']) });
export const mergesSchema = z.object({
  data: z.array(
    z.object({
      level1_id: z.string(),
      name: z.string(),
      merges: z.array(origin),
      level2s: z.array(z.object({ level2_id: z.string(), name: z.string(), merges: z.array(origin) })),
    }),
  ),
});

const unitType = z.enum(unitTypeKeys as [UnitType, ...UnitType[]]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** "CODE Name": a unit as the pre-2025 list has it, checked by name so a mistyped code cannot slip in */
const unitRef = z.string().regex(/^\d{2,5} \S/);

const eventFields = {
  key: z.string().min(1),
  instrument: z.string().min(1),
  title: z.string().min(1),
  issued: isoDate.nullable(),
  effective: isoDate,
  source: z.string().min(1),
};

const curatedChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('retype'), from: unitType, units: z.array(unitRef).min(1) }),
  z.object({ kind: z.literal('rename'), from: z.object({ type: unitType, name: z.string().min(1) }), units: z.array(unitRef).length(1) }),
  z.object({
    kind: z.literal('merge'),
    relation: z.enum(['merged_into', 'absorbed_into']).optional(),
    absorbed: z.object({ key: z.string().optional(), type: unitType, name: z.string().min(1), code: z.string().nullable() }),
    into: unitRef,
  }),
  z.object({
    kind: z.literal('transfer'),
    /** a unit reference, or "ended:KEY" for a unit a merge of the same event ended */
    fromParent: z.string().min(1),
    units: z.array(unitRef).min(1),
  }),
]);

export const curatedEventsSchema = z.object({
  about: z.string(),
  events: z.array(z.object({ ...eventFields, changes: z.array(curatedChange).min(1) })),
});

export const reformSchema = z.object({
  about: z.string(),
  reform: z.object(eventFields),
  later: z.object(eventFields),
  aliases: z.array(
    z.object({ level: z.enum(['province', 'district', 'commune']), code: z.string(), name: z.string(), texts: z.array(z.string().min(1)) }),
  ),
});

export type UnitsBefore = z.infer<typeof unitsBeforeSchema>;
export type UnitsAfter = z.infer<typeof unitsAfterSchema>;
export type Splits = z.infer<typeof splitsSchema>;
export type Merges = z.infer<typeof mergesSchema>;
export type CuratedEvents = z.infer<typeof curatedEventsSchema>;
export type CuratedEvent = CuratedEvents['events'][number];
export type CuratedChange = CuratedEvent['changes'][number];
export type Reform = z.infer<typeof reformSchema>;

export interface PlaceSources {
  unitsBefore: UnitsBefore;
  unitsAfter: UnitsAfter;
  splits: Splits;
  merges: Merges;
  /** every curated file's events (2021–2024 resolutions, older history) */
  curated: CuratedEvent[];
  reform: Reform;
}
