import { describe, expect, it, vi } from 'vitest';
import { JournalStore } from '../../../../electron/services/journal-store.ts';
import { createBook } from '../../../../renderer/db/books-repository.ts';
import { JournalRunner } from '../../../../renderer/features/journal/journal-runner.ts';
import type { AppClient } from '../../../../renderer/platform/app-client.ts';
import { AppError } from '../../../../shared/api/app-error.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { freshDatabase } from '../../support/render-app.tsx';

const tempDir = useTempDir();

/** The Node side's journal, away (every call fails as an unreachable Node side does) until `back()`. */
function nodeSide(store: JournalStore) {
  let reachable = false;
  const append = vi.fn(async (input: { records: Parameters<JournalStore['append']>[0] }) => {
    if (!reachable) throw AppError.of('network', { detail: 'HTTP 502' });
    return store.append(input.records);
  });
  const client = { call: (_channel: string, input: never) => append(input), on: () => () => undefined } as unknown as AppClient;
  return { client, append, back: () => (reachable = true) };
}

describe('JournalRunner', () => {
  it('keeps changes while the Node side is away and sends them once it is back; the outbox ends empty', async () => {
    const db = freshDatabase();
    const store = new JournalStore(await tempDir());
    const node = nodeSide(store);
    const runner = new JournalRunner(db, node.client, { settleMs: 5, retryMs: 20 });
    runner.start();
    const book = await createBook(db, { kind: 'death', communeAsWritten: 'phường Đông Ba', volume: '03', yearFrom: 1999, yearTo: 2000 });

    await vi.waitFor(() => expect(node.append).toHaveBeenCalled());
    expect(await db.journalOutbox.count()).toBe(1);

    node.back();
    await vi.waitFor(async () => expect(await db.journalOutbox.count()).toBe(0), { timeout: 3000 });
    expect((await store.readBook(book.id, 0, 10)).records).toEqual([{ store: 'books', key: book.id, bookId: book.id, value: book }]);
    await runner.stop();
  });

  it('sends a change made after start without being asked', async () => {
    const db = freshDatabase();
    const store = new JournalStore(await tempDir());
    const node = nodeSide(store);
    node.back();
    const runner = new JournalRunner(db, node.client, { settleMs: 5 });
    runner.start();
    await runner.drain();
    const book = await createBook(db, { kind: 'birth', communeAsWritten: 'xã An Phú', volume: '01', yearFrom: 2001, yearTo: 2001 });
    await vi.waitFor(async () => expect((await store.books()).map((b) => b.bookId)).toEqual([book.id]), { timeout: 3000 });
    await runner.stop();
  });
});
