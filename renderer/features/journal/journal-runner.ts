// Sends the journal outbox to the data folder (journal:append) for as long as the app is open: soon after
// each change, and again with a growing wait while the Node side cannot be reached. A row leaves the outbox
// only once the Node side answered that its record is on disk, so a reload or a stopped Node side loses
// nothing; the next run sends it again, and the Node side writes a resent record only once.
import { Dexie } from 'dexie';
import { maxJournalBatch } from '../../../shared/journal/journal-record.ts';
import type { SohoaDatabase } from '../../db/database.ts';
import { acknowledgeJournal, pendingJournal } from '../../db/journal-repository.ts';
import type { AppClient } from '../../platform/app-client.ts';

export interface JournalRunnerOptions {
  /** wait after a change before sending, so that a burst of saves goes as one batch (ms) */
  settleMs?: number;
  /** the first wait after the Node side could not be reached; it doubles up to a minute (ms) */
  retryMs?: number;
  batchSize?: number;
}

const retryCapMs = 60_000;

export class JournalRunner {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private failures = 0;
  private again = false;
  private unsubscribe: (() => void) | null = null;
  private readonly settleMs: number;
  private readonly retryMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly db: SohoaDatabase,
    private readonly client: AppClient,
    options: JournalRunnerOptions = {},
  ) {
    this.settleMs = options.settleMs ?? 300;
    this.retryMs = options.retryMs ?? 2_000;
    this.batchSize = Math.min(options.batchSize ?? maxJournalBatch, maxJournalBatch);
  }

  start(): void {
    this.stopped = false;
    const ours = `idb://${this.db.name}/`;
    const onChange = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((part) => part.startsWith(ours))) this.schedule(this.settleMs);
    };
    Dexie.on('storagemutated', onChange);
    this.unsubscribe = () => Dexie.on('storagemutated').unsubscribe(onChange);
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Sends everything waiting now; resolves once the outbox is empty or the Node side could not be reached. */
  drain(): Promise<void> {
    if (this.running) {
      // rows written after this run read the outbox go in the next one
      this.again = true;
      return this.running;
    }
    this.running = this.sendAll().finally(() => {
      this.running = null;
      if (this.again) this.schedule(0);
      this.again = false;
    });
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.drain();
    }, delayMs);
  }

  private async sendAll(): Promise<void> {
    for (;;) {
      const { records, seqs } = await pendingJournal(this.db, this.batchSize);
      if (seqs.length === 0) break;
      try {
        await this.client.call('journal:append', { records });
      } catch {
        this.failures += 1;
        this.schedule(Math.min(retryCapMs, this.retryMs * 2 ** (this.failures - 1)));
        return;
      }
      this.failures = 0;
      await acknowledgeJournal(this.db, seqs);
    }
  }
}
