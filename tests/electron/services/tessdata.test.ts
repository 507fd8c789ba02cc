import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultOcrModel, ocrModelNames, packagedOcrWorkerPath, tessdataDir, traineddataFileName } from '../../../electron/services/tessdata.ts';

describe('OCR model and worker locations', () => {
  it('finds both Vietnamese models on disk in development', () => {
    expect(ocrModelNames).toEqual(['fast', 'best_int']);
    expect(ocrModelNames).toContain(defaultOcrModel);
    for (const model of ocrModelNames) {
      expect(existsSync(path.join(tessdataDir(model), traineddataFileName)), model).toBe(true);
    }
    expect(tessdataDir()).toBe(tessdataDir(defaultOcrModel));
    expect(tessdataDir('fast')).toBe(path.resolve('assets', 'tessdata', 'fast'));
  });

  it('ships tessdata_fast\'s model as its README says: gzipped, the very bytes of Debian\'s tesseract-ocr-vie 1:4.1.0-2', async () => {
    const gz = await readFile(path.join(tessdataDir('fast'), traineddataFileName));
    const model = gunzipSync(gz);
    expect(model.length).toBe(531_275);
    const sha256 = createHash('sha256').update(model).digest('hex');
    expect(sha256).toBe('79df64caf7bcfb2a27df5042ecb6121e196eada34da774956995747636d5bfa1');
    const readme = await readFile(path.join('assets', 'tessdata', 'README.md'), 'utf8');
    expect(readme).toContain(sha256);
    expect(readme).toContain(createHash('sha256').update(gz).digest('hex'));
  });

  it('points at the shipped resources once packaged, as electron-builder.yml lays them out', async () => {
    for (const model of ocrModelNames) {
      expect(tessdataDir(model, '/opt/SoHoa/resources')).toBe(path.join('/opt/SoHoa/resources', 'tessdata', model));
    }
    const builder = await readFile('electron-builder.yml', 'utf8');
    expect(builder).toMatch(/- from: node_modules\/@tesseract\.js-data\/vie\/4\.0\.0_best_int\n\s+to: tessdata\/best_int\n/);
    expect(builder).toMatch(/- from: assets\/tessdata\/fast\n\s+to: tessdata\/fast\n/);
    const worker = packagedOcrWorkerPath('/opt/SoHoa/resources');
    expect(worker).toBe(path.join('/opt/SoHoa/resources', 'app.asar.unpacked', 'node_modules', 'tesseract.js', 'src', 'worker-script', 'node', 'index.js'));
    // The same relative path exists in the installed package, so the packaged path names a real file.
    expect(existsSync(path.join('node_modules', 'tesseract.js', 'src', 'worker-script', 'node', 'index.js'))).toBe(true);
  });
});
