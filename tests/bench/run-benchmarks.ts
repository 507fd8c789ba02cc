// `npm run bench`: speed and memory, measured against a baseline in the same run (never in timed tests).
// Runs every benchmark; name some to run only those:
//   npm run bench -- places    the place resolver over the whole shipped pack (load, resolve, suggest, successors)
//   npm run bench -- ocr       OCR of one sample page, tesseract.js against native tesseract
// `node --expose-gc --import tsx tests/bench/run-benchmarks.ts places` makes the place heap figures exact (tsx's own
// launcher does not pass --expose-gc on, so without it they include garbage not yet collected).
import path from 'node:path';
import { benchmarkOcr } from './ocr-benchmark.ts';
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

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');

console.log('SoHoa benchmarks');
console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);

if (selected.has('places')) {
  runPlaceBenchmark();
  console.log();
}

if (selected.has('ocr')) {
  const ocr = await benchmarkOcr(path.join(fixtures, 'birth-form-001.jpg'));
  console.log('OCR, one page (preprocess + recognize), median of', ocr.runs, 'runs after a warm-up');
  console.table([{
    page: ocr.page,
    'tesseract.js ms': Math.round(ocr.tesseractJsMs),
    'native tesseract ms': ocr.nativeMs === null ? 'not installed (apt-get install tesseract-ocr)' : Math.round(ocr.nativeMs),
    'ratio (js / native)': ocr.ratio === null ? '–' : ocr.ratio.toFixed(2),
    'budget': '≤ 1.30',
    'peak RSS MB (Node side)': Math.round(ocr.peakRssMb),
  }]);
}
