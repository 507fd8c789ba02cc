// A clerk's working day on the Node side, as browser mode serves it: the built host (dist/node/web.js, with
// the Node flags `npm run start:web` gives it) is started on an empty data folder and driven over HTTP as the renderer
// drives it: each page imported, its thumbnail and display image fetched, read by OCR, its entries keyed
// and saved (journal lines, as every saved change reaches the data folder). Pages are the sample scans,
// each made unique by one changed pixel so that neither the page store nor the OCR cache answers from an
// earlier one. Reports the RSS of the host and of its OCR process at the start, the middle and the end
// against the 450 MB budget; the end must be within 10 % of the middle (nothing grows with the pages).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { MethodChannel, MethodInput, MethodOutputs } from '../../shared/api/app-api.ts';
import { unwrapResult } from '../../shared/api/transport.ts';
import type { JournalRecord } from '../../shared/journal/journal-record.ts';
import { invokeOverHttp } from '../../renderer/platform/wire-http.ts';
import { samplePages } from '../support/accuracy.ts';

export const budgetMb = 450;
const defaultPages = 200;
const hostScript = 'dist/node/web.js';

interface Rss {
  main: number;
  ocr: number;
}

/** A process's RSS and its children's (the OCR process), from /proc (Linux; elsewhere zeros). */
function rssMb(pid: number): Rss {
  const vmRss = (id: string) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  if (process.platform !== 'linux') return { main: 0, ocr: 0 };
  let ocr = 0;
  try {
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) ocr += vmRss(child);
  } catch {
    // a child that ended between the two reads
  }
  return { main: vmRss(String(pid)), ocr };
}

/** A sample scan with one pixel changed (and re-encoded), so its SHA-256 is its own. */
async function uniqueScan(bytes: Buffer, n: number): Promise<Uint8Array<ArrayBuffer>> {
  const pixel = await sharp({ create: { width: 1, height: 1, channels: 3, background: { r: n % 256, g: (n >> 8) % 256, b: 77 } } }).png().toBuffer();
  const jpeg = await sharp(bytes).composite([{ input: pixel, left: 0, top: 0 }]).jpeg({ quality: 92 }).toBuffer();
  return new Uint8Array(jpeg.buffer.slice(jpeg.byteOffset, jpeg.byteOffset + jpeg.byteLength));
}

/** The Node flags `npm run start:web` gives the host (package.json), so the day is measured as clerks run it. */
function startWebNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  return manifest.scripts['start:web']!.split(/\s+/).filter((word) => word.startsWith('--'));
}

async function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string; token: string }> {
  if (!existsSync(hostScript)) throw new Error(`${hostScript} is missing: run npm run build first`);
  const child = spawn(process.execPath, [...startWebNodeFlags(), hostScript, '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const launch = await new Promise<URL>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match) resolve(new URL(match[1]!));
    });
    child.once('exit', (code) => reject(new Error(`the host exited with ${code}:\n${output}`)));
  });
  return { child, url: launch.origin, token: launch.hash.slice('#token='.length) };
}

export interface DayRun {
  pages: number;
  samples: (Rss & { page: number })[];
  start: Rss;
  middle: Rss;
  end: Rss;
  peakTotal: number;
}

export async function runDayBenchmark(pageCount = defaultPages): Promise<DayRun> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sohoa-day-'));
  const host = await startHost(dataDir);
  const pid = host.child.pid!;
  // As the renderer calls, with the token as a Bearer header.
  async function call<C extends MethodChannel>(channel: C, input: MethodInput<C>): Promise<MethodOutputs[C]> {
    return unwrapResult<MethodOutputs[C]>(await invokeOverHttp<C>(`${host.url}/api/invoke/${channel}`, input, { headers: { Authorization: `Bearer ${host.token}` } }));
  }
  const scans = await Promise.all(samplePages().map(async (page) => ({ page, bytes: await readFile(page.imagePath) })));
  const bookId = randomUUID();
  const samples: DayRun['samples'] = [];
  let peakTotal = 0;
  const sampler = setInterval(() => {
    const { main, ocr } = rssMb(pid);
    peakTotal = Math.max(peakTotal, main + ocr);
  }, 50);
  try {
    await call('places:getPack', {});
    await call('names:getSurnames', {});
    await call('journal:append', { records: [{ store: 'books', key: bookId, bookId, value: { id: bookId, kind: 'birth' } }] });
    samples.push({ page: 0, ...rssMb(pid) });
    for (let n = 0; n < pageCount; n++) {
      const { page, bytes } = scans[n % scans.length]!;
      const imported = await call('pages:import', { fileName: `${page.name}-${n}.jpg`, bytes: await uniqueScan(bytes, n) });
      const sha256 = imported.pages[0]!.sha256;
      await call('pages:getImage', { sha256, variant: 'thumbnail' });
      const extraction = await call('ocr:extractPage', { sha256, templateId: page.edition, priority: 'visible' });
      await call('pages:getImage', { sha256, variant: 'display' });
      // Keying: each entry saved with its fields and an audit row, as the workspace's autosave sends them.
      const records: JournalRecord[] = [{ store: 'pages', key: sha256, bookId, value: { sha256, bookId, state: 'done' } }];
      for (const entry of extraction.entries) {
        const entryId = randomUUID();
        records.push({ store: 'entries', key: entryId, bookId, value: { id: entryId, bookId, pageSha256: sha256, fields: entry.fields } });
        records.push({ store: 'audit', key: randomUUID(), bookId, value: { entryId, action: 'verify', at: new Date().toISOString() } });
      }
      await call('journal:append', { records });
      if ((n + 1) % 10 === 0 || n + 1 === pageCount) samples.push({ page: n + 1, ...rssMb(pid) });
    }
  } finally {
    clearInterval(sampler);
    host.child.kill('SIGTERM');
    await new Promise((resolve) => host.child.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
  const at = (page: number) => samples.reduce((best, s) => (Math.abs(s.page - page) < Math.abs(best.page - page) ? s : best));
  return { pages: pageCount, samples, start: samples[0]!, middle: at(pageCount / 2), end: samples.at(-1)!, peakTotal };
}

export function printDayRun(run: DayRun): { withinBudget: boolean; flat: boolean } {
  const row = (label: string, s: Rss) => ({ at: label, 'main MB': s.main.toFixed(0), 'OCR MB': s.ocr.toFixed(0), 'total MB': (s.main + s.ocr).toFixed(0) });
  console.log(`\nA working day: ${run.pages} pages imported, read and keyed (browser mode's Node side); RSS`);
  console.table([row('start', run.start), row('middle', run.middle), row('end', run.end)]);
  const total = (s: Rss) => s.main + s.ocr;
  const withinBudget = run.peakTotal <= budgetMb;
  const flat = total(run.end) <= total(run.middle) * 1.1;
  console.log(`Peak (main + OCR, sampled every 50 ms): ${run.peakTotal.toFixed(0)} MB, budget ${budgetMb} MB: ${withinBudget ? 'met' : 'EXCEEDED'}`);
  console.log(`End against middle: ${((total(run.end) / total(run.middle) - 1) * 100).toFixed(1)} % (at most +10 %): ${flat ? 'met' : 'EXCEEDED'}`);
  return { withinBudget, flat };
}
