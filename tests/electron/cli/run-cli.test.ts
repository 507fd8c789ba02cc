import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.ts';
import { PageStore } from '../../../electron/services/page-store.ts';
import { birthFormBytes, birthFormPath, birthFormTruth } from '../../support/fixtures.ts';
import { encryptedPdfPath, grayScan, scannedPdf } from '../../support/pdf.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { multiPageTiff } from '../../support/tiff.ts';
import { createLocalScanReader } from '../../../electron/services/local-scan-reader.ts';

const scanReader = createLocalScanReader();

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe('sohoa CLI', () => {
  const tempDir = useTempDir();

  it('prints a scan\'s entry field by field, with value, confidence and what was read', { timeout: 120_000 }, async () => {
    const { io, out } = captureIo();
    expect(await runCli(['ocr', birthFormPath, '--template', 'birth-form', '--data', await tempDir()], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain(`child.fullName: ${birthFormTruth()['child.fullName']}`);
    expect(text).toContain(birthFormPath);
  });

  it('reads a folder and a multi-page TIFF as a batch, in JSON, reporting a bad file and going on', { timeout: 240_000 }, async () => {
    const dir = await tempDir();
    const folder = path.join(dir, 'scans');
    await mkdir(folder);
    await writeFile(path.join(folder, 'not-a-scan.jpg'), 'plain text');
    await copyFile(birthFormPath, path.join(folder, 'page-2.jpg'));
    // Two pages with no text on them (a block and a bar each): both are read, and both flagged.
    await writeFile(path.join(dir, 'book.tif'), multiPageTiff({ pages: 2, width: 1240, height: 1754, dpi: 150 }));
    const { io, out } = captureIo();
    expect(await runCli(['ocr', folder, path.join(dir, 'book.tif'), path.join(dir, 'missing.jpg'), '--template', 'birth-form', '--json', '--data', dir], io)).toBe(1);
    const results = JSON.parse(out.join('\n')) as { file: string; page?: number; entries?: { fields: Record<string, { value: string; raw: string; confidence: number; box: unknown }> }[]; issues?: { code: string }[]; error?: { code: string; vi: string } }[];
    expect(results.map((r) => `${path.basename(r.file)}${r.page ? `#${r.page}` : ''} ${r.error?.code ?? 'ok'}`)).toEqual([
      'missing.jpg path-not-found',
      'not-a-scan.jpg image-unsupported',
      'page-2.jpg ok',
      'book.tif#1 ok',
      'book.tif#2 ok',
    ]);
    const name = results[2]!.entries![0]!.fields['child.fullName']!;
    expect(name).toMatchObject({ value: birthFormTruth()['child.fullName'], box: expect.objectContaining({ width: expect.any(Number) as number }) as unknown });
    expect(results[3]!.issues!.length).toBeGreaterThan(0);
    expect(results[4]!.issues!.length).toBeGreaterThan(0);
    expect(results[1]!.error!.vi).toContain('not-a-scan.jpg');
  });

  it('reads every page of a PDF in a folder, and says a password-protected PDF cannot be read', { timeout: 240_000 }, async () => {
    const dir = await tempDir();
    const folder = path.join(dir, 'scans');
    await mkdir(folder);
    await writeFile(path.join(folder, 'so.pdf'), await scannedPdf([{ image: birthFormBytes(), dpi: 300 }, { image: await grayScan(1240, 1754, 5), dpi: 150 }]));
    await copyFile(encryptedPdfPath, path.join(folder, 'mat-khau.pdf'));
    const { io, out } = captureIo();
    expect(await runCli(['ocr', folder, '--template', 'birth-form', '--json', '--data', dir], io)).toBe(1);
    const results = JSON.parse(out.join('\n')) as { file: string; page?: number; pageCount?: number; entries?: { fields: Record<string, { value: string }> }[]; error?: { code: string; vi: string; en: string } }[];
    expect(results.map((r) => `${path.basename(r.file)}${r.page ? `#${r.page}/${r.pageCount}` : ''} ${r.error?.code ?? 'ok'}`)).toEqual([
      'mat-khau.pdf pdf-password',
      'so.pdf#1/2 ok',
      'so.pdf#2/2 ok',
    ]);
    expect(results[1]!.entries![0]!.fields['child.fullName']!.value).toBe(birthFormTruth()['child.fullName']);
    expect(results[0]!.error!.en).toContain('password-protected');
  });

  it('refuses an unknown template before reading anything', async () => {
    const { io, err } = captureIo();
    expect(await runCli(['ocr', birthFormPath, '--template', 'land-register'], io)).toBe(2);
    expect(err.join()).toContain('birth-form, birth-table, death-form, marriage-form');
  });

  it('tells where the data folder is and how many pages it holds', async () => {
    const dataDir = await tempDir();
    await new PageStore(dataDir, scanReader).import('p.jpg', birthFormBytes());
    const { io, out } = captureIo();
    expect(await runCli(['info', '--data', dataDir, '--json'], io)).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ dataDir, pages: 1, ocrModel: 'vie/best_int' });
    const empty = captureIo();
    expect(await runCli(['info', '--data', path.join(dataDir, 'nowhere')], empty.io)).toBe(0);
    expect(empty.out.join()).toContain('pages stored: 0');
  });

  it('explains its usage on a wrong command or option', async () => {
    const unknown = captureIo();
    expect(await runCli(['export'], unknown.io)).toBe(2);
    expect(unknown.err.join()).toContain('unknown command: export');
    const badOption = captureIo();
    expect(await runCli(['ocr', '--frobnicate'], badOption.io)).toBe(2);
    const noFiles = captureIo();
    expect(await runCli(['ocr'], noFiles.io)).toBe(2);
    const noTemplate = captureIo();
    expect(await runCli(['ocr', birthFormPath], noTemplate.io)).toBe(2);
    expect(noTemplate.err.join()).toContain('--template');
    const badModel = captureIo();
    expect(await runCli(['ocr', birthFormPath, '--template', 'birth-form', '--model', 'best'], badModel.io)).toBe(2);
    const help = captureIo();
    expect(await runCli(['help'], help.io)).toBe(0);
    expect(help.out.join()).toContain('--template MẪU/EDITION');
  });
});
