// The place resolver over the whole shipped pack, not a hand-picked sample: every commune version is
// written as its path on a day it was in force ("Xã A, Huyện B, Tỉnh C"), with and without diacritics,
// and resolved, typed as prefixes for autocomplete (DESIGN budget: suggest under 1 ms a call), and every
// ended version is followed to today's units. Reports figures only: a benchmark never asserts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dayBefore } from '../../shared/places/place-dates.ts';
import { decodePlacePack } from '../../shared/places/place-pack.ts';
import { createPlaceResolver, type PlaceResolver } from '../../shared/places/place-resolver.ts';
import type { UnitVersion } from '../../shared/places/place-table.ts';
import { withoutMarks } from '../support/places.ts';
import { timings, type Timings } from './timings.ts';

const packPath = path.join(import.meta.dirname, '..', '..', 'assets', 'places', 'places-pack.json');
const suggestBudgetMs = 1;
const prefixLengths = [1, 2, 3, 5, 8] as const;
const warmUpCalls = 500;


export interface ResolveFailure {
  text: string;
  date: string;
  expected: string;
  status: string;
  got: string[];
}

export interface ResolvePass {
  label: string;
  timings: Timings;
  correct: number;
  byStatus: Record<string, number>;
  failures: ResolveFailure[];
}

export interface PlaceBenchmarkResult {
  packVersion: string;
  versions: number;
  communeVersions: number;
  load: { parseMs: number; decodeMs: number; indexMs: number; totalMs: number; heapUsedMb: number; heapGrowthMb: number };
  resolve: ResolvePass[];
  suggest: { label: string; timings: Timings }[];
  successors: { timings: Timings; withSuccessor: number; needsChoice: number };
}

interface Query {
  version: number;
  key: string;
  name: string;
  text: string;
  date: string;
}


/** A day the version is in force: its first, or for a version older than the sources, 2020-01-01 if it was then, else its last. */
function dayInForce(v: UnitVersion): string {
  if (v.validFrom !== null) return v.validFrom;
  return v.validTo === null || v.validTo > '2020-01-01' ? '2020-01-01' : dayBefore(v.validTo);
}

/** Times each call on its own: Node's performance.now() resolves well below a microsecond. */
function timeEach<T>(items: readonly T[], call: (item: T, index: number) => void): number[] {
  items.slice(0, warmUpCalls).forEach(call);
  const samples = new Array<number>(items.length);
  for (let i = 0; i < items.length; i++) {
    const start = performance.now();
    call(items[i]!, i);
    samples[i] = performance.now() - start;
  }
  return samples;
}

function resolvePass(resolver: PlaceResolver, label: string, queries: Query[]): ResolvePass {
  const results = new Array<ReturnType<PlaceResolver['resolve']>>(queries.length);
  const samples = timeEach(queries, (q, i) => {
    results[i] = resolver.resolve(q.text, { date: q.date });
  });
  let correct = 0;
  const byStatus: Record<string, number> = {};
  const missesByKind = new Map<string, ResolveFailure[]>();
  queries.forEach((q, i) => {
    const r = results[i]!;
    const top = r.candidates[0]?.place.key;
    if (r.status === 'resolved' && top === q.key) {
      correct++;
      return;
    }
    const kind = r.status === 'resolved' ? 'resolved to another' : r.status;
    byStatus[kind] = (byStatus[kind] ?? 0) + 1;
    const kept = missesByKind.get(kind) ?? [];
    if (kept.length < 5) kept.push({ text: q.text, date: q.date, expected: q.key, status: r.status, got: r.candidates.slice(0, 3).map((c) => c.place.key) });
    missesByKind.set(kind, kept);
  });
  // Up to five examples, taken in turn from each kind of miss so that one kind does not hide the others.
  const failures: ResolveFailure[] = [];
  for (let round = 0; failures.length < 5 && round < 5; round++) {
    for (const kept of missesByKind.values()) {
      const example = kept[round];
      if (failures.length < 5 && example !== undefined) failures.push(example);
    }
  }
  return { label, timings: timings(samples), correct, byStatus, failures };
}

const ms = (value: number) => (value < 0.1 ? value.toFixed(4) : value < 10 ? value.toFixed(3) : value.toFixed(1));
const mb = (bytes: number) => bytes / (1024 * 1024);
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(2)} %`;

function timingRow(t: Timings) {
  return { calls: t.count, 'mean ms': ms(t.meanMs), 'p50 ms': ms(t.p50Ms), 'p95 ms': ms(t.p95Ms), 'p99 ms': ms(t.p99Ms), 'max ms': ms(t.maxMs) };
}

/** In a function of its own, so the parsed JSON is garbage once it returns and the heap figure is the resolver's. */
function loadResolver() {
  const t0 = performance.now();
  const json: unknown = JSON.parse(readFileSync(packPath, 'utf8'));
  const t1 = performance.now();
  const table = decodePlacePack(json);
  const t2 = performance.now();
  const resolver = createPlaceResolver(table);
  const t3 = performance.now();
  return { resolver, t0, t1, t2, t3 };
}

export function runPlaceBenchmark(): PlaceBenchmarkResult {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;

  const { resolver, t0, t1, t2, t3 } = loadResolver();
  gc?.();
  const heapAfter = process.memoryUsage().heapUsed;

  const { index } = resolver;
  const versions = index.table.versions;
  const queries: Query[] = [];
  versions.forEach((v, i) => {
    if (v.level !== 'commune') return;
    const date = dayInForce(v);
    queries.push({ version: i, key: v.key, name: v.name, text: index.view(i, date).path, date });
  });
  const plain = queries.map((q) => ({ ...q, text: withoutMarks(q.text), name: withoutMarks(q.name) }));

  const resolve = [resolvePass(resolver, 'with diacritics', queries), resolvePass(resolver, 'without diacritics', plain)];

  const suggest: PlaceBenchmarkResult['suggest'] = [];
  const all: number[] = [];
  const byVariant: number[][] = [[], []];
  for (const length of prefixLengths) {
    const samples: number[] = [];
    [queries, plain].forEach((set, variant) => {
      const prefixes = set.map((q) => ({ prefix: q.name.slice(0, length), date: q.date }));
      const s = timeEach(prefixes, (p) => resolver.suggest(p.prefix, { date: p.date, limit: 10 }));
      samples.push(...s);
      byVariant[variant]!.push(...s);
    });
    all.push(...samples);
    suggest.push({ label: `${length} char${length === 1 ? '' : 's'}`, timings: timings(samples) });
  }
  suggest.push({ label: 'all, with diacritics', timings: timings(byVariant[0]!) });
  suggest.push({ label: 'all, without diacritics', timings: timings(byVariant[1]!) });
  suggest.push({ label: 'overall', timings: timings(all) });

  const ended = versions.filter((v) => v.validTo !== null).map((v) => v.key);
  let withSuccessor = 0;
  let needsChoice = 0;
  const successorSamples = timeEach(ended, (key) => resolver.successorsToday(key));
  for (const key of ended) {
    const s = resolver.successorsToday(key);
    if (s !== null && s.successors.length > 0) withSuccessor++;
    if (s?.needsChoice) needsChoice++;
  }

  const result: PlaceBenchmarkResult = {
    packVersion: resolver.packVersion,
    versions: versions.length,
    communeVersions: queries.length,
    load: {
      parseMs: t1 - t0,
      decodeMs: t2 - t1,
      indexMs: t3 - t2,
      totalMs: t3 - t0,
      heapUsedMb: mb(heapAfter),
      heapGrowthMb: mb(heapAfter - heapBefore),
    },
    resolve,
    suggest,
    successors: { timings: timings(successorSamples), withSuccessor, needsChoice },
  };
  printPlaceBenchmark(result, gc !== undefined);
  return result;
}

function printPlaceBenchmark(r: PlaceBenchmarkResult, exactHeap: boolean): void {
  console.log(`Places, pack ${r.packVersion}: ${r.versions} versions, ${r.communeVersions} of them communes (every one is a query)`);

  console.log('\nLoading (JSON.parse + decodePlacePack + createPlaceResolver), once');
  console.table([{
    'parse ms': ms(r.load.parseMs),
    'decode ms': ms(r.load.decodeMs),
    'index ms': ms(r.load.indexMs),
    'total ms': ms(r.load.totalMs),
    'heap used after MB': r.load.heapUsedMb.toFixed(1),
    'heap growth MB': `${r.load.heapGrowthMb.toFixed(1)}${exactHeap ? '' : ' (no --expose-gc: includes garbage)'}`,
  }]);

  console.log(`\nresolve("<commune>, <district>, <province>", { date: a day it was in force }), after ${warmUpCalls} warm-up calls`);
  console.table(
    r.resolve.map((p) => ({
      query: p.label,
      ...timingRow(p.timings),
      'correct version': percent(p.correct, p.timings.count),
      misses: Object.entries(p.byStatus).map(([k, v]) => `${k} ${v}`).join(', ') || '–',
    })),
  );
  for (const p of r.resolve) {
    if (p.failures.length === 0) continue;
    console.log(`  first misses, ${p.label}:`);
    for (const f of p.failures) {
      console.log(`    "${f.text}" on ${f.date}: expected ${f.expected}, ${f.status} [${f.got.join(', ') || 'no candidates'}]`);
    }
  }

  console.log(`\nsuggest(first n characters of the name, { date, limit: 10 }), with and without diacritics; budget ${suggestBudgetMs} ms a call`);
  console.table(
    r.suggest.map((s) => ({
      prefix: s.label,
      ...timingRow(s.timings),
      'p99 / budget': (s.timings.p99Ms / suggestBudgetMs).toFixed(3),
      budget: s.timings.p99Ms <= suggestBudgetMs ? 'within budget' : 'OVER budget',
    })),
  );

  console.log('\nsuccessorsToday(key) for every version that has ended');
  console.table([{
    ...timingRow(r.successors.timings),
    'with a successor': percent(r.successors.withSuccessor, r.successors.timings.count),
    'needs a choice': r.successors.needsChoice,
  }]);
}
