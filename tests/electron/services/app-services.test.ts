import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OcrProgress } from '../../../shared/api/app-api.ts';
import { canonicalPackBody, type PlacePack } from '../../../shared/places/place-pack.ts';
import { createAppServices } from '../../../electron/services/app-services.ts';
import { dispatch } from '../../../electron/services/dispatch.ts';
import { EventHub } from '../../../electron/services/event-hub.ts';
import { bundledPlacePackPath, placePackHash } from '../../../electron/services/place-pack-store.ts';
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

  it('answers places:getPack with the shipped pack, and refuses a bad pack through the same dispatch as IPC', async () => {
    const dataDir = await tempDir();
    const services = createAppServices({ dataDir, host: 'electron', version: 'test', events: new EventHub() });
    disposers.push(services.dispose);
    const bundled = JSON.parse(await readFile(bundledPlacePackPath(), 'utf8')) as PlacePack;

    const got = await dispatch(services.handlers, 'places:getPack', {});
    expect(got.ok && (got.value as { pack: PlacePack }).pack.version).toBe(bundled.version);

    const refused = await dispatch(services.handlers, 'places:installPack', { bytes: new TextEncoder().encode('not a pack') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'place-pack-invalid', vi: expect.stringContaining('không phải JSON') as unknown } });
    const stillShipped = await dispatch(services.handlers, 'places:getPack', {});
    expect(stillShipped.ok && (stillShipped.value as { pack: PlacePack }).pack.version).toBe(bundled.version);
  });

  it('reads the shipped place pack from resources/assets once packaged, as electron-builder.yml lays it out', async () => {
    const resourcesDir = await tempDir();
    const bundled = JSON.parse(await readFile(bundledPlacePackPath(), 'utf8')) as PlacePack;
    const shipped = { ...bundled, version: `${bundled.version}-9` };
    shipped.contentHash = placePackHash(canonicalPackBody(shipped));
    await mkdir(path.join(resourcesDir, 'assets', 'places'), { recursive: true });
    await writeFile(path.join(resourcesDir, 'assets', 'places', 'places-pack.json'), JSON.stringify(shipped));
    const services = createAppServices({ dataDir: await tempDir(), host: 'electron', version: 'test', events: new EventHub(), resourcesDir });
    disposers.push(services.dispose);
    const { pack } = await services.handlers['places:getPack']({});
    expect(pack.version).toBe(shipped.version);
  });
});
