import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOcrModel, packagedOcrWorkerPath, tessdataDir } from '../../../electron/services/tessdata.ts';

describe('OCR model and worker locations', () => {
  it('finds the Vietnamese models of @tesseract.js-data/vie on disk in development', () => {
    for (const model of [defaultOcrModel, '4.0.0']) {
      expect(existsSync(path.join(tessdataDir(model), 'vie.traineddata.gz'))).toBe(true);
    }
  });

  it('points at the shipped resources once packaged, as electron-builder.yml lays them out', () => {
    expect(tessdataDir(defaultOcrModel, '/opt/SoHoa/resources')).toBe(path.join('/opt/SoHoa/resources', 'tessdata', '4.0.0_best_int'));
    const worker = packagedOcrWorkerPath('/opt/SoHoa/resources');
    expect(worker).toBe(path.join('/opt/SoHoa/resources', 'app.asar.unpacked', 'node_modules', 'tesseract.js', 'src', 'worker-script', 'node', 'index.js'));
    // The same relative path exists in the installed package, so the packaged path names a real file.
    expect(existsSync(path.join('node_modules', 'tesseract.js', 'src', 'worker-script', 'node', 'index.js'))).toBe(true);
  });
});
