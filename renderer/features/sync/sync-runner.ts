// The background sync: takes due outbox rows, uploads the pages they cite, sends them as batches through
// the Node side (AppApi), and writes back what became of each, as shared/sync/outbox.ts decides. Whether
// the API can be reached is asked of its health endpoint, never of navigator.onLine (a commune LAN is
// "online" with no way out). A 401 pauses it until someone signs in; nothing queued is dropped.
import type { HealthCheck, PageUploadOutcome, SignIn } from '../../../shared/api/app-api.ts';
import { AppError } from '../../../shared/api/app-error.ts';
import { retryDelayMs } from '../../../shared/sync/backoff.ts';
import { rowAfterRefused, rowAfterResult, rowAfterTransient, splitInHalf, type OutboxRow, type SendOutcome } from '../../../shared/sync/outbox.ts';
import { isWithdrawal, maxBatchItems } from '../../../shared/sync/protocol.ts';
import type { SohoaDatabase } from '../../db/database.ts';
import { nextDueAt, recoverSendingRows, takeDueRows, writeRows } from '../../db/outbox-repository.ts';
import type { AppClient } from '../../platform/app-client.ts';

/**
 * `local-down`: this window cannot reach SoHoa's own Node side (browser mode's host stopped), so nothing
 * about the API is known; `paused`: the API refuses the sign-in token (or there is none).
 */
export type SyncPhase = 'unconfigured' | 'local-down' | 'offline' | 'online' | 'syncing' | 'paused';

export interface SyncStatus {
  phase: SyncPhase;
  /** what the API said of the sign-in token at the last health check (null before one reached it) */
  signIn: SignIn | null;
  /** when the API last stored something we sent (ISO), or null */
  lastSyncAt: string | null;
  /** the API's clock minus ours, in ms, from the last health check; null before one */
  clockSkewMs: number | null;
}

export interface SyncRunnerOptions {
  /** draws in [0, 1): the jitter of backoffs */
  random?: () => number;
  /** how long to wait before asking again when nothing is due (ms) */
  idleMs?: number;
  batchSize?: number;
  /** the least wait before asking an API that could not be reached again (ms) */
  offlineFloorMs?: number;
  /** the last successful sync known from before (a reload does not forget it) */
  lastSyncAt?: string | null;
  onStatus?: (status: SyncStatus) => void;
}

type Sent = 'sent' | 'paused' | 'unreachable';

/** The page image a row's entry cites; a withdrawal cites none. */
const pageOf = (row: OutboxRow): string | null => (isWithdrawal(row.payload) ? null : row.payload.pageSha256);

/** Longest a loop waits before asking the API again while it cannot be reached. */
const offlineCapMs = 60_000;

export class SyncRunner {
  private status: SyncStatus = { phase: 'offline', signIn: null, lastSyncAt: null, clockSkewMs: null };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private again = false;
  private offlineTries = 0;
  private batchSize: number;
  private readonly random: () => number;
  private readonly idleMs: number;

  constructor(
    private readonly db: SohoaDatabase,
    private readonly client: AppClient,
    private readonly options: SyncRunnerOptions = {},
  ) {
    this.random = options.random ?? Math.random;
    this.idleMs = options.idleMs ?? 30_000;
    this.batchSize = Math.min(options.batchSize ?? 100, maxBatchItems);
    this.status = { ...this.status, lastSyncAt: options.lastSyncAt ?? null };
  }

  get current(): SyncStatus {
    return this.status;
  }

  private set(status: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...status };
    this.options.onStatus?.(this.status);
  }

  /** Starts the loop: rows a reload left sending go back to pending first. */
  async start(): Promise<void> {
    this.stopped = false;
    await recoverSendingRows(this.db);
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs a round now (something was queued, the settings changed, someone signed in). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.round()
      .catch(() => this.wait(this.offlineWait()))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  private wait(ms: number): void {
    if (this.stopped) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.kick();
    }, ms);
  }

  private offlineWait(): number {
    return Math.min(offlineCapMs, Math.max(this.options.offlineFloorMs ?? 1000, retryDelayMs(this.offlineTries++, this.random)));
  }

  /** One round: is the API there, then send what is due until nothing is or the API stops answering. */
  private async round(): Promise<void> {
    let health: HealthCheck;
    try {
      health = await this.client.call('sync:health', {});
    } catch (error) {
      if (error instanceof AppError && error.code === 'sync-not-configured') {
        this.set({ phase: 'unconfigured', signIn: null });
        return;
      }
      // the Node side did not answer at all: the API's state is unknown, not "connected"
      this.set({ phase: 'local-down', signIn: null });
      throw error;
    }
    if (!health.reachable) {
      this.set({ phase: 'offline', signIn: null });
      this.wait(this.offlineWait());
      return;
    }
    this.offlineTries = 0;
    const serverAt = Date.parse(health.serverTime) + health.roundTripMs / 2;
    const clockSkewMs = Number.isNaN(serverAt) ? null : Math.round(serverAt - Date.now());
    if (health.signIn !== 'accepted') {
      // nothing is sent with a token the API refuses: queued rows wait for a sign-in
      this.set({ phase: 'paused', signIn: health.signIn, clockSkewMs });
      return;
    }
    this.set({ phase: 'online', signIn: 'accepted', clockSkewMs });

    for (;;) {
      if (this.stopped) return;
      const rows = await takeDueRows(this.db, new Date(), this.batchSize);
      if (rows.length === 0) break;
      this.set({ phase: 'syncing' });
      const result = await this.send(rows);
      if (result === 'paused') {
        this.set({ phase: 'paused', signIn: 'refused' });
        return;
      }
      if (result === 'unreachable') {
        this.set({ phase: 'offline', signIn: null });
        this.wait(this.offlineWait());
        return;
      }
    }
    this.set({ phase: 'online' });
    const next = await nextDueAt(this.db);
    this.wait(next === null ? this.idleMs : Math.min(this.idleMs, Math.max(0, Date.parse(next) - Date.now())));
  }

  /**
   * Asks the Node side; when it cannot be asked at all, `rows` go back to wait (their opIds kept) and
   * the error goes on. Only the rows of this call: rows an earlier call settled keep what they became.
   */
  private async ask<T>(rows: OutboxRow[], call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      await writeRows(this.db, rows.map((row) => rowAfterTransient(row, { status: null }, new Date(), this.random)));
      throw error;
    }
  }

  /** Sends rows already marked sending; every row ends written back, whatever happens. */
  private async send(rows: OutboxRow[]): Promise<Sent> {
    let sending = rows;
    // Entries go only after the pages they cite. A page the server refuses, or that is gone from this
    // PC, holds back only the rows that cite it; an API that fails holds back all.
    for (const sha256 of new Set(rows.flatMap((row) => { const page = pageOf(row); return page === null ? [] : [page]; }))) {
      const uploaded = await this.ask(sending, () => this.uploadPage(sha256));
      if (uploaded.kind === 'stored') continue;
      if (uploaded.kind !== 'refused') return this.settle(sending, uploaded);
      await this.settle(sending.filter((row) => pageOf(row) === sha256), uploaded, false);
      sending = sending.filter((row) => pageOf(row) !== sha256);
    }
    if (sending.length === 0) return 'sent';
    const items = sending.map((row) => row.payload);
    return this.settle(sending, await this.ask(sending, () => this.client.call('sync:sendBatch', { items })));
  }

  /** A page gone from this PC, or damaged on its disk, is refused like one the server refuses: only its entries wait for a person. */
  private async uploadPage(sha256: string): Promise<PageUploadOutcome> {
    try {
      return await this.client.call('sync:uploadPage', { sha256 });
    } catch (error) {
      if (!(error instanceof AppError && (error.code === 'page-not-found' || error.code === 'page-damaged'))) throw error;
      return { kind: 'refused', status: 404, message: { vi: error.vi, en: error.en } };
    }
  }

  /** Writes back what an outcome means for the rows; a whole-batch refusal is halved to find the item at fault unless `split` is false. */
  private async settle(rows: OutboxRow[], outcome: SendOutcome, split = true): Promise<Sent> {
    const now = new Date();
    switch (outcome.kind) {
      case 'answered': {
        const byOp = new Map(outcome.results.map((result) => [result.opId, result]));
        await writeRows(this.db, rows.map((row) => rowAfterResult(row, byOp.get(row.opId)!, now)));
        if (outcome.results.some((r) => r.status === 'accepted' || r.status === 'duplicate')) this.set({ lastSyncAt: now.toISOString() });
        return 'sent';
      }
      case 'transient':
        await writeRows(this.db, rows.map((row) => rowAfterTransient(row, outcome, now, this.random)));
        return outcome.status === null ? 'unreachable' : 'sent';
      case 'unauthorized':
        // Not the rows' fault: they wait, untouched, for someone to sign in.
        await writeRows(this.db, rows.map((row): OutboxRow => ({ ...row, state: 'pending' })));
        return 'paused';
      case 'too-large': {
        this.batchSize = Math.max(1, Math.ceil(rows.length / 2));
        return this.sendHalves(rows);
      }
      case 'refused':
        // One bad item refuses a whole batch: halve until it is found, so that the others still go.
        if (split && rows.length > 1) return this.sendHalves(rows);
        await writeRows(this.db, rows.map((row) => rowAfterRefused(row, outcome.message, now)));
        return 'sent';
    }
  }

  private async sendHalves(rows: OutboxRow[]): Promise<Sent> {
    const halves = splitInHalf(rows);
    for (const [i, half] of halves.entries()) {
      if (half.length === 0) continue;
      const result = await this.send(half);
      if (result !== 'sent') {
        // what was not tried yet waits its turn again, untouched
        await writeRows(this.db, halves.slice(i + 1).flat().map((row): OutboxRow => ({ ...row, state: 'pending' })));
        return result;
      }
    }
    return 'sent';
  }
}
