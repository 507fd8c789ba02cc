// The main process's side of the OCR process (ocr-host-main.ts): pages go in, readings come back, with
// their progress, their images and cancellation; and the scans' pixels are decoded there for import and
// display (`scans`). The process starts on the first call and starts again on the next after it dies; the
// calls it was answering fail with a message, nothing else is lost.
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { AppError, errorDetail } from '../../shared/api/app-error.ts';
import type { PageReading } from '../../shared/ocr/page-reading.ts';
import { poolSize } from '../../shared/ocr/pool-policy.ts';
import type { PageRequest } from '../services/page-pipeline.ts';
import { cutFromWire, type ScanReader, type WireCut } from '../services/scan-reader.ts';
import { ocrEngineName, type OcrModelName } from '../services/tessdata.ts';
import { hostConfigEnv, type HostConfig, type HostReply, type HostRequest, type ScanCall } from './ocr-host-protocol.ts';

/** What the OCR service needs of whatever reads its pages. */
export interface PageReader {
  readonly engine: string;
  readonly model: string;
  /** pages read at once */
  readonly size: number;
  read(request: PageRequest): Promise<PageReading>;
}

/** How to start the OCR process: the script, Node's flags for it and its environment (which holds its configuration). */
export interface HostLaunch {
  script: string;
  execArgv: string[];
  env: NodeJS.ProcessEnv;
}

/** A running OCR process, however it was started. */
export interface HostChannel {
  send(request: HostRequest): void;
  onMessage(listener: (reply: HostReply) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type SpawnHost = (launch: HostLaunch) => HostChannel;

/**
 * glibc gives each thread that allocates its own arena and, once a large block has been freed, serves
 * blocks of that size from the arenas instead of the system, where freed pages stay with the process.
 * libvips decodes on several threads in blocks of 8–30 MB: with the defaults the OCR process grew to
 * 600 MB over 16 pages; with these it stays under 300 MB. Other platforms ignore them.
 */
export const hostAllocatorEnv = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' };

/**
 * V8 lets the young generation grow to 32 MB a half by default, and a process that passes scans through
 * fills it between collections. A 2 MB half kept the OCR process 10–20 MB smaller and the host 20–50 MB
 * over a day of pages, for a few per cent of the pipeline's time (`npm run bench -- ocr`, same machine:
 * 1.12 against 1.09 of native tesseract's time with best_int, 1.06 against 1.01 with fast).
 */
export const hostNodeFlags = ['--max-semi-space-size=2'];

/** The OCR process's script: the bundled one beside this bundle, or the source run through tsx. */
export function hostScript(): Pick<HostLaunch, 'script' | 'execArgv'> {
  if (import.meta.url.endsWith('.ts')) {
    return { script: path.join(import.meta.dirname, 'ocr-host-main.ts'), execArgv: [...hostNodeFlags, '--import', import.meta.resolve('tsx')] };
  }
  return { script: path.join(import.meta.dirname, 'ocr-host.js'), execArgv: [...hostNodeFlags] };
}

/** Browser mode and the CLI: a forked Node process. */
export const forkNodeHost: SpawnHost = ({ script, execArgv, env }) => {
  const child = fork(script, [], { execArgv, env, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    send: (request) => child.send(request),
    onMessage: (listener) => child.on('message', (reply) => listener(reply as HostReply)),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
    kill: () => child.kill(),
  };
};

export interface OcrHostOptions {
  model: OcrModelName;
  resourcesDir?: string;
  /** tesseract workers; defaults to poolSize() of this machine */
  size?: number;
  spawn?: SpawnHost;
}

interface Pending {
  request: PageRequest;
  resolve: (reading: PageReading) => void;
  reject: (error: AppError) => void;
  /** the images' handler, awaited before the reading is handed over */
  images: Promise<void>;
  stopWatching: () => void;
}

export class OcrHost implements PageReader {
  readonly engine = ocrEngineName();
  readonly model: string;
  readonly size: number;
  private readonly config: HostConfig;
  private readonly spawn: SpawnHost;
  private channel: HostChannel | null = null;
  private exited: Promise<void> = Promise.resolve();
  private readonly pending = new Map<number, Pending>();
  private readonly scanCalls = new Map<number, { resolve: (value: unknown) => void; reject: (error: AppError) => void }>();
  private nextId = 1;
  private closed = false;
  private rssBytes = 0;
  private peakRssBytes = 0;

  constructor(options: OcrHostOptions) {
    this.model = `vie/${options.model}`;
    this.size = Math.max(1, Math.floor(options.size ?? poolSize({ cores: os.availableParallelism(), freeMemoryBytes: os.freemem(), totalMemoryBytes: os.totalmem() })));
    this.config = { model: options.model, size: this.size, ...(options.resourcesDir ? { resourcesDir: options.resourcesDir } : {}) };
    this.spawn = options.spawn ?? forkNodeHost;
  }

  /** The scans' pixels, decoded in the OCR process. */
  readonly scans: ScanReader = {
    open: (...args) => this.callScans({ method: 'open', args }) as ReturnType<ScanReader['open']>,
    cut: async (...args) => cutFromWire((await this.callScans({ method: 'cut', args })) as WireCut),
    close: async (...args) => {
      await this.callScans({ method: 'close', args });
    },
    thumbnail: (...args) => this.callScans({ method: 'thumbnail', args }) as ReturnType<ScanReader['thumbnail']>,
    prepare: (...args) => this.callScans({ method: 'prepare', args }) as ReturnType<ScanReader['prepare']>,
  };

  private callScans(call: ScanCall): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(AppError.of('internal', { detail: 'the OCR process has been stopped' }));
        return;
      }
      const id = this.nextId++;
      this.scanCalls.set(id, { resolve, reject });
      this.start().send({ type: 'scan', id, call });
    });
  }

  /** The OCR process's resident memory as it last reported it, and the most it reported (0 before it starts). */
  memory(): { rssBytes: number; peakRssBytes: number } {
    return { rssBytes: this.rssBytes, peakRssBytes: this.peakRssBytes };
  }

  read(request: PageRequest): Promise<PageReading> {
    return new Promise<PageReading>((resolve, reject) => {
      if (this.closed || request.signal?.aborted) {
        reject(AppError.of('ocr-cancelled', { page: request.page.slice(0, 12) }));
        return;
      }
      const id = this.nextId++;
      const channel = this.start();
      const onAbort = () => channel.send({ type: 'cancel', id });
      request.signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, { request, resolve, reject, images: Promise.resolve(), stopWatching: () => request.signal?.removeEventListener('abort', onAbort) });
      const { page, scan, template, templates, priority } = request;
      channel.send({ type: 'read', id, page, scan, template, templates: [...templates], priority });
    });
  }

  /** Fails what is being read and stops the process. */
  async terminate(): Promise<void> {
    this.closed = true;
    this.failAll((page) => AppError.of('ocr-cancelled', { page }));
    this.channel?.kill();
    await this.exited;
  }

  private start(): HostChannel {
    if (this.channel) return this.channel;
    const channel = this.spawn({ ...hostScript(), env: { ...process.env, ...hostAllocatorEnv, [hostConfigEnv]: JSON.stringify(this.config) } });
    this.channel = channel;
    channel.onMessage((reply) => this.receive(reply));
    this.exited = new Promise((resolve) => {
      channel.onExit((code) => {
        if (this.channel === channel) this.channel = null;
        this.failAll(() => AppError.of('ocr-failed', { detail: `the OCR process stopped (exit code ${code ?? 'none'})` }));
        resolve();
      });
    });
    return channel;
  }

  private failAll(error: (page: string) => AppError): void {
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.stopWatching();
      pending.reject(error(pending.request.page.slice(0, 12)));
    }
    for (const [id, call] of this.scanCalls) {
      this.scanCalls.delete(id);
      call.reject(AppError.of('internal', { detail: 'the OCR process stopped while decoding a scan' }));
    }
  }

  private receive(reply: HostReply): void {
    if (reply.type === 'memory') {
      this.rssBytes = reply.rssBytes;
      this.peakRssBytes = Math.max(this.peakRssBytes, reply.rssBytes);
      return;
    }
    const call = this.scanCalls.get(reply.id);
    if (call && (reply.type === 'scanned' || reply.type === 'failed')) {
      this.scanCalls.delete(reply.id);
      if (reply.type === 'scanned') call.resolve(reply.value);
      else call.reject(new AppError(reply.error));
      return;
    }
    const pending = this.pending.get(reply.id);
    if (!pending || reply.type === 'scanned') return;
    if (reply.type === 'progress') {
      pending.request.onProgress?.(reply.stage, reply.progress);
      return;
    }
    if (reply.type === 'images') {
      pending.images = pending.request.onPrepared?.(reply.images) ?? Promise.resolve();
      return;
    }
    this.pending.delete(reply.id);
    pending.stopWatching();
    if (reply.type === 'failed') {
      pending.reject(new AppError(reply.error));
      return;
    }
    pending.images.then(() => pending.resolve(reply.reading), (error: unknown) => {
      pending.reject(AppError.of('ocr-failed', { detail: errorDetail(error) }));
    });
  }
}
