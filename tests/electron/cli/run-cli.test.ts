import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.ts';
import { PageStore } from '../../../electron/services/page-store.ts';
import { birthFormBytes, birthFormPath, birthFormTruth } from '../../support/fixtures.ts';
import { useTempDir } from '../../support/temp-dir.ts';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe('sohoa CLI', () => {
  const tempDir = useTempDir();

  it('prints the recognized text of a scan', async () => {
    const { io, out } = captureIo();
    expect(await runCli(['ocr', birthFormPath], io)).toBe(0);
    expect(out.join('\n')).toContain(birthFormTruth()['child.fullName']);
  });

  it('prints JSON per file, reports a bad file and still recognizes the others', async () => {
    const dir = await tempDir();
    const fake = path.join(dir, 'not-a-scan.jpg');
    await writeFile(fake, 'plain text');
    const { io, out } = captureIo();
    expect(await runCli(['ocr', fake, birthFormPath, path.join(dir, 'missing.jpg'), '--json'], io)).toBe(1);
    const results = JSON.parse(out.join('\n')) as { file: string; text?: string; error?: { code: string; vi: string } }[];
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['image-unsupported', 'ok', 'page-not-found']);
    expect(results[1]!.text).toContain(birthFormTruth()['father.fullName']);
    expect(results[0]!.error!.vi).toContain('not-a-scan.jpg');
  });

  it('tells where the data folder is and how many pages it holds', async () => {
    const dataDir = await tempDir();
    await new PageStore(dataDir).import('p.jpg', birthFormBytes());
    const { io, out } = captureIo();
    expect(await runCli(['info', '--data', dataDir, '--json'], io)).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ dataDir, pages: 1, ocrModel: 'vie/4.0.0_best_int' });
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
    const help = captureIo();
    expect(await runCli(['help'], help.io)).toBe(0);
    expect(help.out.join()).toContain('ocr <ảnh/image...>');
  });
});
