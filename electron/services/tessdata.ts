// Vietnamese models come from the @tesseract.js-data/vie package on disk (extra resources when packaged);
// tesseract.js would otherwise fetch them from a CDN, which SoHoa never does.
import { createRequire } from 'node:module';
import path from 'node:path';

export const defaultOcrModel = '4.0.0_best_int';

/**
 * In an installed app tesseract.js sits in app.asar.unpacked (electron-builder.yml), but its default
 * worker path points inside app.asar, where a worker thread cannot start.
 */
export function packagedOcrWorkerPath(resourcesDir: string): string {
  return path.join(resourcesDir, 'app.asar.unpacked', 'node_modules', 'tesseract.js', 'src', 'worker-script', 'node', 'index.js');
}

export function tessdataDir(model = defaultOcrModel, resourcesDir?: string): string {
  if (resourcesDir) return path.join(resourcesDir, 'tessdata', model);
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@tesseract.js-data/vie/package.json')), model);
}
