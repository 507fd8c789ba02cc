// `npm run bench`: speed and memory, measured against a baseline in the same run (never in timed tests).
// Runs every benchmark; name some to run only those:
//   npm run bench -- places    the place resolver over the whole shipped pack (load, resolve, suggest, successors)
//   npm run bench -- list      the entry list at 100,000 entries in Chromium's IndexedDB: open, scroll, search, save
//   npm run bench -- keying    blind keying of 500 snippets and arbitration at 10 % disagreement in Chromium:
//                              Enter to the next snippet shown, against storing a keying alone
//   npm run bench -- sync      outbox to the reference API on loopback: entries/s, a 10,000-entry backlog under faults
//   npm run bench -- ocr       the page pipeline on the sample pages, both models: time against native tesseract,
//                              peak memory, field accuracy
//   npm run bench -- day       a working day on the Node side (import, OCR, keying), RSS at its start, middle and
//                              end against the 450 MB budget; `--pages N` (default 200) for a shorter day
// `node --expose-gc --import tsx tests/bench/run-benchmarks.ts places` makes the place heap figures exact (tsx's own
// launcher does not pass --expose-gc on, so without it they include garbage not yet collected).
import { fork } from 'node:child_process';
import type { OcrModelName } from '../../electron/services/tessdata.ts';
import { printDayRun, runDayBenchmark } from './day-benchmark.ts';
import { hostNodeFlags } from '../../electron/ocr-host/ocr-host.ts';
import { benchmarkPipeline, printModelRun } from './ocr-benchmark.ts';
import { runKeyingBenchmark } from './keying-benchmark.ts';
import { runListBenchmark } from './list-benchmark.ts';
import { runPlaceBenchmark } from './place-benchmark.ts';
import { runSyncBenchmark } from './sync-benchmark.ts';

const benchmarks = ['places', 'list', 'keying', 'sync', 'ocr', 'day'] as const;
type Benchmark = (typeof benchmarks)[number];
const isBenchmark = (name: string): name is Benchmark => (benchmarks as readonly string[]).includes(name);

const args = process.argv.slice(2);
const pagesAt = args.indexOf('--pages');
const dayPages = pagesAt === -1 ? undefined : Number(args[pagesAt + 1]);
if (dayPages !== undefined && !(Number.isInteger(dayPages) && dayPages > 0)) {
  console.error('--pages: a whole number of pages above 0.');
  process.exit(2);
}
const asked = pagesAt === -1 ? args : args.filter((_, i) => i !== pagesAt && i !== pagesAt + 1);
const unknown = asked.filter((name) => !isBenchmark(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Choose from: ${benchmarks.join(', ')} (none: all).`);
  process.exit(2);
}
const selected = new Set<Benchmark>(asked.length === 0 ? benchmarks : asked.filter(isBenchmark));

// Each run is a process of its own, so that none measures the memory another left behind.
type Unit = 'places' | 'list' | 'keying' | 'sync' | 'day' | `ocr:${OcrModelName}`;
const unitEnv = 'SOHOA_BENCH_UNIT';
const dayPagesEnv = 'SOHOA_BENCH_DAY_PAGES';
const ocrModels: OcrModelName[] = ['best_int', 'fast'];

async function runUnit(unit: Unit): Promise<void> {
  if (unit === 'places') {
    runPlaceBenchmark();
    return;
  }
  if (unit === 'list') {
    await runListBenchmark();
    return;
  }
  if (unit === 'keying') {
    await runKeyingBenchmark();
    return;
  }
  if (unit === 'sync') {
    await runSyncBenchmark();
    return;
  }
  if (unit === 'day') {
    const pages = process.env[dayPagesEnv];
    const { withinBudget, flat } = printDayRun(await runDayBenchmark(pages ? Number(pages) : undefined));
    if (!withinBudget || !flat) process.exitCode = 1;
    return;
  }
  const run = await benchmarkPipeline(unit.slice('ocr:'.length) as OcrModelName, { native: true });
  printModelRun(run);
  process.send?.({ model: run.model, exact: run.outcomes.filter((o) => o.exact).length / run.outcomes.length });
}

function inChild(unit: Unit, onResult: (result: { model: string; exact: number }) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // An OCR run's process plays the app's main process (post-correction), so it runs with the host's Node flags.
    const execArgv = unit.startsWith('ocr:') ? [...process.execArgv, ...hostNodeFlags] : process.execArgv;
    const child = fork(process.argv[1]!, [], { execArgv, env: { ...process.env, [unitEnv]: unit, ...(dayPages !== undefined && { [dayPagesEnv]: String(dayPages) }) }, stdio: 'inherit' });
    child.on('message', (message) => onResult(message as { model: string; exact: number }));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`benchmark ${unit} failed (exit code ${code})`))));
  });
}

const unit = process.env[unitEnv] as Unit | undefined;
if (unit) {
  await runUnit(unit);
} else {
  console.log('SoHoa benchmarks');
  console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);
  const units: Unit[] = [...(selected.has('places') ? ['places' as const] : []), ...(selected.has('list') ? ['list' as const] : []), ...(selected.has('keying') ? ['keying' as const] : []), ...(selected.has('sync') ? ['sync' as const] : []), ...(selected.has('ocr') ? ocrModels.map((m) => `ocr:${m}` as const) : []), ...(selected.has('day') ? ['day' as const] : [])];
  const models: { model: string; exact: number }[] = [];
  for (const next of units) {
    await inChild(next, (result) => models.push(result));
    console.log();
  }
  if (models.length > 1) {
    const better = models.reduce((a, b) => (b.exact > a.exact ? b : a));
    console.log(`Models by exact fields: ${models.map((r) => `${r.model} ${(r.exact * 100).toFixed(1)} %`).join(', ')}; the better one, ${better.model}, should be defaultOcrModel (electron/services/tessdata.ts).`);
  }
}
