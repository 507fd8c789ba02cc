// What the reference API keeps, on disk: a journal of every change it acknowledged (one JSON line each,
// flushed to disk before the answer is sent) and page images by their SHA-256. A restart replays the
// journal, so nothing acknowledged is lost; a line torn by a crash was never acknowledged and is cut off
// the file before anything is appended (appended after it, the next line would be torn too).
// Idempotency lives here: an opId seen before gets its stored result, never a second copy.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, stat, truncate } from 'node:fs/promises';
import path from 'node:path';
import { readFileIfPresent, syncFolder, writeFileDurably } from '../../electron/services/durable-file.ts';
import { canonicalPayload, isWithdrawal, itemErrors, type BatchItem, type EntryItem, type ItemResult, type StoredEntrySummary, type WithdrawalItem } from '../../shared/sync/protocol.ts';

/** An entry's newest revision; once withdrawn, `item` is the revision last stored (if any) and `withdrawal` why it went. */
interface StoredEntry extends StoredEntrySummary {
  payloadHash: string;
  item?: EntryItem;
  withdrawal?: WithdrawalItem;
}

type JournalLine = { op: { opId: string; payloadHash: string; result: ItemResult }; entry?: StoredEntry };

const payloadHash = (item: BatchItem) => createHash('sha256').update(canonicalPayload(item)).digest('hex');

export class ApiStore {
  private readonly ops = new Map<string, { payloadHash: string; result: ItemResult }>();
  private readonly entries = new Map<string, StoredEntry>();
  /** batches run one at a time: each decides on what the ones before it stored */
  private turn: Promise<unknown> = Promise.resolve();

  private constructor(private readonly dir: string) {}

  static async open(dir: string): Promise<ApiStore> {
    const store = new ApiStore(dir);
    await mkdir(path.join(dir, 'pages'), { recursive: true });
    await store.replay();
    return store;
  }

  /** The state the journal on disk says, and nothing else. */
  private async replay(): Promise<void> {
    this.ops.clear();
    this.entries.clear();
    const journal = (await readFileIfPresent(this.journalPath)) ?? Buffer.alloc(0);
    const whole = journal.lastIndexOf(0x0a) + 1;
    if (whole < journal.length) await truncate(this.journalPath, whole);
    for (const line of journal.subarray(0, whole).toString('utf8').split('\n')) {
      if (line === '') continue;
      let parsed: JournalLine;
      try {
        parsed = JSON.parse(line) as JournalLine;
      } catch {
        // a line damaged on disk after it was written: the lines after it still count
        continue;
      }
      this.remember(parsed);
    }
  }

  private get journalPath(): string {
    return path.join(this.dir, 'journal.ndjson');
  }

  private remember({ op, entry }: JournalLine): void {
    this.ops.set(op.opId, { payloadHash: op.payloadHash, result: op.result });
    if (entry) this.entries.set(entry.entryId, entry);
  }

  /** Appends the lines and flushes them to disk (and, when it creates the journal, its folder). */
  private async append(lines: JournalLine[]): Promise<void> {
    const created = !(await stat(this.journalPath).then(() => true, () => false));
    const file = await open(this.journalPath, 'a', 0o600);
    try {
      await file.appendFile(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
      await file.datasync();
    } finally {
      await file.close();
    }
    if (created) await syncFolder(this.dir);
  }

  /** The result for each item, in order, stored and flushed before it is returned. */
  applyBatch(items: readonly BatchItem[]): Promise<ItemResult[]> {
    const run = this.turn.then(() => this.applyNow(items));
    this.turn = run.catch(() => undefined);
    return run;
  }

  private async applyNow(items: readonly BatchItem[]): Promise<ItemResult[]> {
    const results: ItemResult[] = [];
    const lines: JournalLine[] = [];
    for (const item of items) {
      const hash = payloadHash(item);
      const seen = this.ops.get(item.opId);
      if (seen) {
        results.push(
          seen.payloadHash === hash
            ? seen.result
            : { opId: item.opId, status: 'conflict', code: 'opid-reused', reason: { vi: 'Mã thao tác (opId) này đã dùng cho một nội dung khác.', en: 'This opId was used for another payload.' } },
        );
        continue;
      }
      const line = await this.decide(item, hash);
      this.remember(line);
      lines.push(line);
      results.push(line.op.result);
    }
    if (lines.length > 0) {
      try {
        await this.append(lines);
      } catch (error) {
        // not on disk, so not acknowledged: forget it too
        await this.replay();
        throw error;
      }
    }
    return results;
  }

  private async decide(item: BatchItem, hash: string): Promise<JournalLine> {
    if (isWithdrawal(item)) return this.withdraw(item, hash);
    const op = (result: ItemResult) => ({ opId: item.opId, payloadHash: hash, result });
    const errors = itemErrors(item);
    if (item.pageSha256 !== null && !(await this.hasPage(item.pageSha256))) {
      errors.push({ field: 'pageSha256', code: 'page-missing', message: { vi: 'Ảnh trang chưa được tải lên trước mục.', en: 'The page image was not uploaded before the entry.' } });
    }
    if (errors.length > 0) return { op: op({ opId: item.opId, status: 'invalid', errors }) };

    const stored = this.entries.get(item.entryId);
    const superseded = this.superseded(item, hash, stored);
    if (superseded) return { op: op(superseded) };
    const entry: StoredEntry = { serverId: stored?.serverId ?? randomUUID(), entryId: item.entryId, revision: item.revision, opId: item.opId, payloadHash: hash, item };
    return { op: op({ opId: item.opId, status: 'accepted', serverId: entry.serverId, revision: entry.revision }), entry };
  }

  /**
   * A withdrawal is stored as the entry's newest revision (whether or not a revision of it arrived, so
   * that one arriving late is superseded); the revision it withdrew stays in the journal.
   */
  private withdraw(item: WithdrawalItem, hash: string): JournalLine {
    const op = (result: ItemResult) => ({ opId: item.opId, payloadHash: hash, result });
    const stored = this.entries.get(item.entryId);
    const superseded = this.superseded(item, hash, stored);
    if (superseded) return { op: op(superseded) };
    const entry: StoredEntry = { serverId: stored?.serverId ?? randomUUID(), entryId: item.entryId, revision: item.revision, opId: item.opId, payloadHash: hash, ...(stored?.item ? { item: stored.item } : {}), withdrawal: item, withdrawn: true };
    return { op: op({ opId: item.opId, status: 'accepted', serverId: entry.serverId, revision: entry.revision }), entry };
  }

  /** The result when the entry holds this revision or a newer one already; null when the item is new. */
  private superseded(item: BatchItem, hash: string, stored: StoredEntry | undefined): ItemResult | null {
    if (!stored || stored.revision < item.revision) return null;
    if (stored.revision > item.revision) {
      return { opId: item.opId, status: 'conflict', code: 'newer-stored', serverId: stored.serverId, reason: { vi: `Đã có bản sửa mới hơn (lần ${stored.revision}).`, en: `A newer revision (${stored.revision}) is stored.` } };
    }
    return stored.payloadHash === hash
      ? { opId: item.opId, status: 'duplicate', serverId: stored.serverId, revision: stored.revision }
      : { opId: item.opId, status: 'conflict', code: 'revision-differs', serverId: stored.serverId, reason: { vi: 'Bản sửa này đã lưu với nội dung khác.', en: 'This revision is stored with other content.' } };
  }

  list(): StoredEntrySummary[] {
    return [...this.entries.values()].map(({ serverId, entryId, revision, opId, withdrawn }) => ({ serverId, entryId, revision, opId, ...(withdrawn ? { withdrawn } : {}) }));
  }

  private pagePath(sha256: string): string {
    return path.join(this.dir, 'pages', sha256);
  }

  async hasPage(sha256: string): Promise<boolean> {
    try {
      await stat(this.pagePath(sha256));
      return true;
    } catch {
      return false;
    }
  }

  /** Keeps a page image under its SHA-256, written whole or not at all; false when the bytes are not that image. */
  async putPage(sha256: string, bytes: Uint8Array): Promise<boolean> {
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) return false;
    if (await this.hasPage(sha256)) return true;
    await writeFileDurably(path.join(this.dir, 'pages'), this.pagePath(sha256), bytes);
    return true;
  }
}
