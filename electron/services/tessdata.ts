// The Vietnamese models are read from disk (extra resources when packaged); tesseract.js would otherwise
// fetch them from a CDN, which SoHoa never does. Two LSTM models ship, so the default can be chosen by
// measurement: tessdata_fast's (assets/tessdata/fast, see its README) and tessdata_best's integer
// version from @tesseract.js-data/vie.
import { createRequire } from 'node:module';
import path from 'node:path';

export type OcrModelName = 'fast' | 'best_int';

export const ocrModelNames: readonly OcrModelName[] = ['fast', 'best_int'];

export const defaultOcrModel: OcrModelName = 'best_int';

/** The engine and its version, as results are cached and reported under it. */
export function ocrEngineName(): string {
  const require = createRequire(import.meta.url);
  return `tesseract.js ${(require('tesseract.js/package.json') as { version: string }).version}`;
}

/** tesseract.js reads `<dir>/vie.traineddata.gz` (gzip: true). */
export const traineddataFileName = 'vie.traineddata.gz';

/**
 * In an installed app tesseract.js sits in app.asar.unpacked (electron-builder.yml), but its default
 * worker path points inside app.asar, where a worker thread cannot start.
 */
export function packagedOcrWorkerPath(resourcesDir: string): string {
  return path.join(resourcesDir, 'app.asar.unpacked', 'node_modules', 'tesseract.js', 'src', 'worker-script', 'node', 'index.js');
}

/**
 * Packaged, electron-builder lays both models out as resources/tessdata/<model>. In development the
 * repository's assets/ is two folders up, both from the sources (electron/services) and from the bundles
 * (dist/electron, dist/node).
 */
export function tessdataDir(model: OcrModelName = defaultOcrModel, resourcesDir?: string): string {
  if (resourcesDir) return path.join(resourcesDir, 'tessdata', model);
  if (model === 'fast') return path.resolve(import.meta.dirname, '..', '..', 'assets', 'tessdata', 'fast');
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
}
