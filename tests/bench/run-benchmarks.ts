// `npm run bench`: speed and memory, measured against a baseline in the same run (never in timed tests).
// Runs every benchmark; name some to run only those:
//   npm run bench -- places    the place resolver over the whole shipped pack (load, resolve, suggest, successors)
//   npm run bench -- ocr       the page pipeline on the sample pages, both models: time against native tesseract,
//                              peak memory, field accuracy
// `node --expose-gc --import tsx tests/bench/run-benchmarks.ts places` makes the place heap figures exact (tsx's own
// launcher does not pass --expose-gc on, so without it they include garbage not yet collected).
import { benchmarkPipeline, printModelRun, type ModelRun } from './ocr-benchmark.ts';
import { runPlaceBenchmark } from './place-benchmark.ts';

const benchmarks = ['places', 'ocr'] as const;
type Benchmark = (typeof benchmarks)[number];
const isBenchmark = (name: string): name is Benchmark => (benchmarks as readonly string[]).includes(name);

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !isBenchmark(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Choose from: ${benchmarks.join(', ')} (none: all).`);
  process.exit(2);
}
const selected = new Set<Benchmark>(asked.length === 0 ? benchmarks : asked.filter(isBenchmark));

console.log('SoHoa benchmarks');
console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);

if (selected.has('places')) {
  runPlaceBenchmark();
  console.log();
}

if (selected.has('ocr')) {
  const runs: ModelRun[] = [];
  for (const model of ['best_int', 'fast'] as const) {
    const run = await benchmarkPipeline(model, { native: true });
    printModelRun(run);
    runs.push(run);
  }
  const exact = (run: ModelRun) => run.outcomes.filter((o) => o.exact).length / run.outcomes.length;
  const better = runs.reduce((a, b) => (exact(b) > exact(a) ? b : a));
  console.log(`\nModels by exact fields: ${runs.map((r) => `${r.model} ${(exact(r) * 100).toFixed(1)} %`).join(', ')}; the better one, ${better.model}, should be defaultOcrModel (electron/services/tessdata.ts).`);
}
