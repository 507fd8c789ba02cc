// `npm run bench`: speed and memory, measured against a baseline in the same run (never in timed tests).
import path from 'node:path';
import { benchmarkOcr } from './ocr-benchmark.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');

console.log('SoHoa benchmarks');
console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);

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
