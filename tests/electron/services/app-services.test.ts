import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { OcrProgress } from '../../../shared/api/app-api.ts';
import { canonicalPackBody, type PlacePack } from '../../../shared/places/place-pack.ts';
import { createAppServices } from '../../../electron/services/app-services.ts';
import { dispatch } from '../../../electron/services/dispatch.ts';
import { EventHub } from '../../../electron/services/event-hub.ts';
import { bundledPlacePackPath, placePackHash } from '../../../electron/services/place-pack-store.ts';
import { birthFormBytes, birthFormPath, birthFormTruth } from '../../support/fixtures.ts';
import { grayScan, scannedPdf } from '../../support/pdf.ts';
import { useTempDir } from '../../support/temp-dir.ts';

describe('app services', () => {
  const tempDir = useTempDir();
  const disposers: (() => Promise<void>)[] = [];
  afterAll(() => Promise.all(disposers.map((d) => d())));

  it('clears at start the temporaries that writes cut short by a crash left in the data folder', async () => {
    const dataDir = await tempDir();
    await mkdir(path.join(dataDir, 'pages'), { recursive: true });
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    const stale = path.join(dataDir, 'pages', `${'a'.repeat(64)}.json.${ended}.0a1b2c3d.tmp`);
    await writeFile(stale, '{"sha2');
    const services = createAppServices({ dataDir, host: 'web', version: 'test', events: new EventHub() });
    disposers.push(services.dispose);
    await vi.waitFor(() => expect(existsSync(stale)).toBe(false));
  });

  it('closes to other users a data folder an earlier version left readable by all', async () => {
    const dataDir = await tempDir();
    await mkdir(path.join(dataDir, 'pages'), { recursive: true });
    await chmod(dataDir, 0o755);
    const services = createAppServices({ dataDir, host: 'web', version: 'test', events: new EventHub() });
    disposers.push(services.dispose);
    await vi.waitFor(async () => expect((await stat(dataDir)).mode & 0o777).toBe(0o700));
  });

  it('says what it runs on, for checking against security advisories', async () => {
    const services = createAppServices({ dataDir: await tempDir(), host: 'web', version: 'test', events: new EventHub() });
    disposers.push(services.dispose);
    const info = await services.handlers['app:getInfo'](undefined);
    expect(info).toMatchObject({ version: 'test', host: 'web', runtime: `Node ${process.versions.node}` });
  });

  // libvips, pdf.js's canvas and their allocations grew the main process through a day of imports: every
  // pixel is decoded in the OCR process (electron/services/scan-reader.ts).
  it('decodes no pixel in the main process: importing a scan and a PDF and showing a page load no image library there', { timeout: 120_000 }, async () => {
    const dir = await tempDir();
    const pdfPath = path.join(dir, 'book.pdf');
    await writeFile(pdfPath, await scannedPdf([{ image: await grayScan(400, 300, 1), dpi: 150 }, { image: await grayScan(400, 300, 2), dpi: 150 }]));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/support/main-process-libraries.ts', path.join(dir, 'data'), birthFormPath, pdfPath], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('pages 3');
    expect(lines.filter((file) => /vips|sharp|canvas|skia/i.test(file))).toEqual([]);
    expect(lines.some((file) => /^libc\.so/.test(file))).toBe(true);
  });

  it('imports a real scan, reads its entry through the pipeline, and answers the same page again from the cache', { timeout: 120_000 }, async () => {
    const events = new EventHub();
    const progress: OcrProgress[] = [];
    events.subscribe((event, payload) => {
      if (event === 'ocr:progress') progress.push(payload as OcrProgress);
    });
    const services = createAppServices({ dataDir: await tempDir(), host: 'web', version: 'test', events });
    disposers.push(services.dispose);

    const { pages } = await services.handlers['pages:import']({ fileName: 'birth-form-001.jpg', bytes: birthFormBytes() });
    const sha256 = pages[0]!.sha256;
    const result = await services.handlers['ocr:extractPage']({ sha256, templateId: 'birth-form', priority: 'visible' });

    const truth = birthFormTruth();
    const fields = result.entries[0]!.fields;
    expect(fields['child.fullName']?.value).toBe(truth['child.fullName']);
    expect(fields['father.fullName']?.value).toBe(truth['father.fullName']);
    expect(result).toMatchObject({ page: sha256, templateId: 'birth-form', model: 'vie/best_int', fromCache: false });
    expect(progress.filter((p) => p.sha256 === sha256).map((p) => p.stage)).toEqual(expect.arrayContaining(['queued', 'preprocess', 'ocr', 'done']));

    const again = await services.handlers['ocr:extractPage']({ sha256, templateId: 'birth-form', priority: 'visible' });
    expect(again.fromCache).toBe(true);
    expect(again.entries).toEqual(result.entries);

    // The display image is the one the boxes were found on.
    const display = await services.handlers['pages:getImage']({ sha256, variant: 'display' });
    const size = await sharp(display.bytes).metadata();
    expect(display.mimeType).toBe('image/jpeg');
    expect([size.width, size.height]).toEqual([result.width, result.height]);
    const thumbnail = await services.handlers['pages:getImage']({ sha256, variant: 'thumbnail' });
    expect((await sharp(thumbnail.bytes).metadata()).width).toBeLessThanOrEqual(300);
  });

  it('refuses OCR of a page that is not in the data folder, and of an unknown template', async () => {
    const services = createAppServices({ dataDir: await tempDir(), host: 'web', version: 'test', events: new EventHub() });
    disposers.push(services.dispose);
    await expect(services.handlers['ocr:extractPage']({ sha256: 'f'.repeat(64), templateId: 'birth-form', priority: 'batch' })).rejects.toMatchObject({ code: 'page-not-found' });
    const { pages } = await services.handlers['pages:import']({ fileName: 'p.jpg', bytes: birthFormBytes() });
    const refused = await dispatch(services.handlers, 'ocr:extractPage', { sha256: pages[0]!.sha256, templateId: 'land-register', priority: 'batch' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'template-unknown', vi: expect.stringContaining('birth-form') as unknown } });
  });

  it('cancels a page waiting behind another, and says nothing was running for an unknown one', { timeout: 120_000 }, async () => {
    const events = new EventHub();
    const queued = new Set<string>();
    events.subscribe((event, payload) => {
      if (event === 'ocr:progress' && (payload as OcrProgress).stage === 'queued') queued.add((payload as OcrProgress).sha256);
    });
    const services = createAppServices({ dataDir: await tempDir(), host: 'web', version: 'test', events });
    disposers.push(services.dispose);
    const first = (await services.handlers['pages:import']({ fileName: 'a.jpg', bytes: birthFormBytes() })).pages[0]!.sha256;
    const other = await sharp(birthFormBytes()).rotate(180).jpeg().toBuffer();
    const second = (await services.handlers['pages:import']({ fileName: 'b.jpg', bytes: new Uint8Array(other) })).pages[0]!.sha256;
    const third = (await services.handlers['pages:import']({ fileName: 'c.png', bytes: new Uint8Array(await sharp(birthFormBytes()).png().toBuffer()) })).pages[0]!.sha256;
    const running = services.handlers['ocr:extractPage']({ sha256: first, templateId: 'birth-form', priority: 'batch' });
    const running2 = services.handlers['ocr:extractPage']({ sha256: second, templateId: 'birth-form', priority: 'batch' });
    const waiting = services.handlers['ocr:extractPage']({ sha256: third, templateId: 'birth-form', priority: 'batch' });
    await vi.waitFor(() => expect(queued.has(third)).toBe(true));
    expect(await services.handlers['ocr:cancel']({ sha256: third })).toEqual({ cancelled: true });
    await expect(waiting).rejects.toMatchObject({ code: 'ocr-cancelled' });
    expect((await running).entries).toHaveLength(1);
    expect((await running2).entries).toHaveLength(1);
    expect(await services.handlers['ocr:cancel']({ sha256: 'e'.repeat(64) })).toEqual({ cancelled: false });
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

  it('answers names:getSurnames with the shipped surname list, most common first, and says so when it is missing', async () => {
    const services = createAppServices({ dataDir: await tempDir(), host: 'web', version: 'test', events: new EventHub() });
    disposers.push(services.dispose);
    const { surnames } = await services.handlers['names:getSurnames']({});
    expect(surnames.slice(0, 3)).toEqual(['Nguyễn', 'Trần', 'Lê']);
    expect(surnames.length).toBeGreaterThan(100);

    const bare = createAppServices({ dataDir: await tempDir(), host: 'electron', version: 'test', events: new EventHub(), resourcesDir: await tempDir() });
    disposers.push(bare.dispose);
    expect(await dispatch(bare.handlers, 'names:getSurnames', {})).toMatchObject({ ok: false, error: { code: 'path-not-found' } });
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
