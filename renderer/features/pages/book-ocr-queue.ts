// A book's background OCR. Pages wait here in book order and are handed to the Node side a few at a time:
// enough that its pool never idles between pages, few enough that in browser mode the batch never takes
// the connections the page on screen, thumbnails and saves need. The page on screen goes first, as
// `visible` (the Node side puts it ahead of everything), even while the batch is paused.
import type { OcrStage } from '../../../shared/api/app-api.ts';
import { estimateRemainingMs, type OcrPageSample } from '../../../shared/ocr/ocr-eta.ts';

export type OcrPriority = 'visible' | 'batch';

export type OcrOutcome = { kind: 'done'; fromCache: boolean } | { kind: 'failed' } | { kind: 'cancelled' };

export interface BookOcrQueueDeps {
  /** reads one page and stores what came of it; resolves with how it ended, never rejects */
  run: (pageId: string, priority: OcrPriority) => Promise<OcrOutcome>;
  /** asks the Node side to drop a page it holds (queued or being read) */
  cancel: (pageId: string) => void;
  /** records pages taken out of the queue before they were sent */
  markCancelled: (pageIds: readonly string[]) => void;
  now: () => number;
}

export interface PageProgress {
  stage: OcrStage;
  /** 0–100, whole percent */
  percent: number;
}

export interface OcrQueueSnapshot {
  /** pages waiting to be sent, in the order they will go */
  waiting: readonly string[];
  /** pages sent and not answered yet */
  running: readonly string[];
  paused: boolean;
  progress: ReadonlyMap<string, PageProgress>;
}

/** Pages handed to the Node side at once by the batch; the page on screen comes on top. */
export const batchInFlight = 2;

export class BookOcrQueue {
  private waiting: string[] = [];
  private readonly inFlight = new Map<string, { priority: OcrPriority; startedAt: number }>();
  private readonly progress = new Map<string, PageProgress>();
  private readonly samples: OcrPageSample[] = [];
  private lastFinishedAt: number | null = null;
  private focus: string | null = null;
  private paused = false;
  private open = false;
  private readonly listeners = new Set<() => void>();
  private snapshot: OcrQueueSnapshot = { waiting: [], running: [], paused: false, progress: new Map() };

  constructor(private readonly deps: BookOcrQueueDeps) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): OcrQueueSnapshot => this.snapshot;

  /** Adds pages at the end, in the order given; a page already waiting or being read is left where it is. */
  enqueue(pageIds: readonly string[]): void {
    const known = new Set([...this.waiting, ...this.inFlight.keys()]);
    for (const id of pageIds) {
      if (known.has(id)) continue;
      known.add(id);
      this.waiting.push(id);
    }
    this.changed();
  }

  /** Puts a page first in line (read again on request). */
  enqueueFirst(pageId: string): void {
    if (this.inFlight.has(pageId)) return;
    this.waiting = [pageId, ...this.waiting.filter((id) => id !== pageId)];
    this.changed();
  }

  /** The page on screen: if it is waiting, it is read next, as `visible`. */
  setFocus(pageId: string | null): void {
    this.focus = pageId;
    this.changed();
  }

  pause(): void {
    this.paused = true;
    this.changed();
  }

  resume(): void {
    this.paused = false;
    this.changed();
  }

  /** Empties the queue: waiting pages are marked cancelled, and the Node side drops those it holds. */
  cancelAll(): void {
    const dropped = this.waiting;
    this.waiting = [];
    if (dropped.length > 0) this.deps.markCancelled(dropped);
    for (const id of this.inFlight.keys()) this.deps.cancel(id);
    this.changed();
  }

  /**
   * A page removed from the book leaves the queue: no longer waiting, and dropped by the Node side if it
   * holds it (what it reads anyway finds no page to store to). Nothing is marked: the page is gone.
   */
  remove(pageId: string): void {
    this.waiting = this.waiting.filter((id) => id !== pageId);
    if (this.inFlight.has(pageId)) this.deps.cancel(pageId);
    if (this.focus === pageId) this.focus = null;
    this.changed();
  }

  /** A progress report from the Node side; reported on only when the whole percent or the stage moves. */
  setProgress(pageId: string, stage: OcrStage, progress: number): void {
    if (!this.inFlight.has(pageId)) return;
    const percent = Math.max(0, Math.min(100, Math.floor(progress * 100)));
    const before = this.progress.get(pageId);
    if (before && before.stage === stage && before.percent === percent) return;
    this.progress.set(pageId, { stage, percent });
    this.publish();
  }

  /** Time left for what is waiting and being read, or null while nothing says yet. */
  remainingMs(): number | null {
    const left = this.waiting.length + this.inFlight.size;
    const since = this.lastFinishedAt === null ? 0 : this.deps.now() - this.lastFinishedAt;
    return estimateRemainingMs(this.samples, left, since);
  }

  /** Starts sending pages (the book is on screen). */
  start(): void {
    this.open = true;
    this.changed();
  }

  /** Stops sending pages (the book was closed) and forgets those waiting; pages already sent are still stored. */
  stop(): void {
    this.open = false;
    this.waiting = [];
    this.publish();
  }

  private changed(): void {
    this.pump();
    this.publish();
  }

  private publish(): void {
    this.snapshot = { waiting: [...this.waiting], running: [...this.inFlight.keys()], paused: this.paused, progress: new Map(this.progress) };
    for (const listener of this.listeners) listener();
  }

  private pump(): void {
    if (!this.open) return;
    const visibleBusy = [...this.inFlight.values()].some((f) => f.priority === 'visible');
    const focus = this.focus;
    if (focus !== null && !visibleBusy && this.waiting.includes(focus)) {
      this.waiting = this.waiting.filter((id) => id !== focus);
      this.send(focus, 'visible');
    }
    while (!this.paused && this.waiting.length > 0 && this.batchCount() < batchInFlight) {
      this.send(this.waiting.shift()!, 'batch');
    }
  }

  private batchCount(): number {
    let count = 0;
    for (const flight of this.inFlight.values()) if (flight.priority === 'batch') count++;
    return count;
  }

  private send(pageId: string, priority: OcrPriority): void {
    const startedAt = this.deps.now();
    this.inFlight.set(pageId, { priority, startedAt });
    void this.deps.run(pageId, priority).then((outcome) => this.finished(pageId, startedAt, outcome));
  }

  private finished(pageId: string, startedAt: number, outcome: OcrOutcome): void {
    const now = this.deps.now();
    this.inFlight.delete(pageId);
    this.progress.delete(pageId);
    if (outcome.kind === 'done') {
      // What this page cost the queue: since it was sent, or since the page before it came back if later.
      this.samples.push({ ms: now - Math.max(startedAt, this.lastFinishedAt ?? startedAt), fromCache: outcome.fromCache });
    }
    this.lastFinishedAt = this.inFlight.size > 0 || this.waiting.length > 0 ? now : null;
    this.changed();
  }
}
