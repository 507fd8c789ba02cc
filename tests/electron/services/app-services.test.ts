import { afterAll, describe, expect, it } from 'vitest';
import type { OcrProgress } from '../../../shared/api/app-api.ts';
import { createAppServices } from '../../../electron/services/app-services.ts';
import { EventHub } from '../../../electron/services/event-hub.ts';
import { birthFormBytes, birthFormTruth } from '../../support/fixtures.ts';
import { useTempDir } from '../../support/temp-dir.ts';

describe('app services', () => {
  const tempDir = useTempDir();
  const disposers: (() => Promise<void>)[] = [];
  afterAll(() => Promise.all(disposers.map((d) => d())));

  it('imports a real scan and recognizes its Vietnamese text with tesseract.js from local model files', async () => {
    const events = new EventHub();
    const progress: OcrProgress[] = [];
    events.subscribe((event, payload) => {
      if (event === 'ocr:progress') progress.push(payload);
    });
    const services = createAppServices({ dataDir: await tempDir(), host: 'web', version: 'test', events });
    disposers.push(services.dispose);

    const page = await services.handlers['pages:import']({ fileName: 'birth-form-001.jpg', bytes: birthFormBytes() });
    const result = await services.handlers['ocr:recognizePage']({ sha256: page.sha256 });

    const truth = birthFormTruth();
    expect(result.text).toContain(truth['child.fullName']);
    expect(result.text).toContain(truth['father.fullName']);
    expect(result.text).toContain('SỔ ĐĂNG KÝ KHAI SINH');
    expect(result.text).toBe(result.text.normalize('NFC'));
    expect(result.confidence).toBeGreaterThan(30);
    expect(result.model).toBe('vie/4.0.0_best_int');
    expect(progress.some((p) => p.sha256 === page.sha256 && p.progress === 1)).toBe(true);
  });

  it('reports OCR of a page that is not in the data folder as page-not-found', async () => {
    const services = createAppServices({ dataDir: await tempDir(), host: 'web', version: 'test', events: new EventHub() });
    disposers.push(services.dispose);
    await expect(services.handlers['ocr:recognizePage']({ sha256: 'f'.repeat(64) })).rejects.toMatchObject({ code: 'page-not-found' });
  });
});
