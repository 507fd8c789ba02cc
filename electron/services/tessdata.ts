// Vietnamese models come from the @tesseract.js-data/vie package on disk (extra resources when packaged);
// tesseract.js would otherwise fetch them from a CDN, which SoHoa never does.
import { createRequire } from 'node:module';
import path from 'node:path';

export const defaultOcrModel = '4.0.0_best_int';

export function tessdataDir(model = defaultOcrModel, resourcesDir?: string): string {
  if (resourcesDir) return path.join(resourcesDir, 'tessdata', model);
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@tesseract.js-data/vie/package.json')), model);
}
