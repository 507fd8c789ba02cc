// The OCR process: sharp and the tesseract workers live here, not in the main process. Their memory is
// then the OCR process's alone (started with the allocator settings of ocr-host.ts, and given back
// whole when it stops), and a page being decoded or recognized never holds up the main process's IPC.
// Started by Electron's utilityProcess in the app, by child_process.fork in browser mode and the CLI.
import sharp from 'sharp';
import { AppError, asOcrFailure, errorDetail } from '../../shared/api/app-error.ts';
import { createLocalScanReader } from '../services/local-scan-reader.ts';
import { OcrPool } from '../services/ocr-pool.ts';
import { PagePipeline } from '../services/page-pipeline.ts';
import { cutToWire } from '../services/scan-reader.ts';
import { hostConfigEnv, type HostConfig, type HostReply, type HostRequest, type ScanCall } from './ocr-host-protocol.ts';

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

/** Electron's utility process talks through `process.parentPort`, a forked Node process through `process.send`. */
function connect(onRequest: (request: HostRequest) => void): (reply: HostReply) => void {
  const { parentPort } = process as unknown as { parentPort?: ParentPort };
  if (parentPort) {
    parentPort.on('message', (event) => onRequest(event.data as HostRequest));
    return (reply) => parentPort.postMessage(reply);
  }
  process.on('message', (message) => onRequest(message as HostRequest));
  // Without its parent nobody waits for a result.
  process.on('disconnect', () => process.exit(0));
  return (reply) => process.send?.(reply);
}

/** How often the process reports its memory while it reads. */
const memoryReportMs = 100;

const config = JSON.parse(process.env[hostConfigEnv] ?? '{}') as HostConfig;
// libvips keeps recently decoded images for reuse; pages are each decoded once, so the cache only holds
// memory the OCR workers need.
sharp.cache(false);
const pool = new OcrPool({ model: config.model, size: config.size, resourcesDir: config.resourcesDir });
const pipeline = new PagePipeline(pool);
const scans = createLocalScanReader();
const reading = new Map<number, AbortController>();
let memoryTimer: NodeJS.Timeout | null = null;

const send = connect((request) => {
  if (request.type === 'cancel') {
    reading.get(request.id)?.abort();
    return;
  }
  if (request.type === 'scan') {
    void scan(request.id, request.call);
    return;
  }
  void read(request);
});

function callScans(call: ScanCall): Promise<unknown> {
  switch (call.method) {
    case 'open': return scans.open(...call.args);
    case 'cut': return scans.cut(...call.args).then(cutToWire);
    case 'close': return scans.close(...call.args);
    case 'thumbnail': return scans.thumbnail(...call.args);
    case 'prepare': return scans.prepare(...call.args);
  }
}

/** Runs beside the reading: the tesseract workers recognize on threads of their own, sharp on libuv's. */
async function scan(id: number, call: ScanCall): Promise<void> {
  try {
    send({ type: 'scanned', id, value: await callScans(call) });
  } catch (error) {
    const failure = error instanceof AppError ? error : AppError.of('internal', { detail: errorDetail(error) });
    send({ type: 'failed', id, error: failure.toPayload() });
  }
}

function reportMemory(): void {
  send({ type: 'memory', rssBytes: process.memoryUsage.rss() });
}

async function read(request: Extract<HostRequest, { type: 'read' }>): Promise<void> {
  const { id } = request;
  const controller = new AbortController();
  reading.set(id, controller);
  memoryTimer ??= setInterval(reportMemory, memoryReportMs);
  try {
    const result = await pipeline.read({
      page: request.page,
      scan: request.scan,
      template: request.template,
      templates: request.templates,
      priority: request.priority,
      signal: controller.signal,
      onProgress: (stage, progress) => send({ type: 'progress', id, stage, progress }),
      onPrepared: ({ display, thumbnail }) => {
        send({ type: 'images', id, images: { display, thumbnail } });
        return Promise.resolve();
      },
    });
    send({ type: 'done', id, reading: result });
  } catch (error) {
    send({ type: 'failed', id, error: asOcrFailure(error).toPayload() });
  } finally {
    reading.delete(id);
    reportMemory();
    if (reading.size === 0 && memoryTimer) {
      clearInterval(memoryTimer);
      memoryTimer = null;
    }
  }
}
