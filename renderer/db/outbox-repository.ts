// The outbox in IndexedDB: rows taken to send (marked sending in the same transaction, so that a reload
// finds them), their fate written back with the entry's status, and what the sync indicator counts.
import { Dexie } from 'dexie';
import { AppError } from '../../shared/api/app-error.ts';
import { rowAtStart, rowRetried, type OutboxRow, type OutboxState } from '../../shared/sync/outbox.ts';
import { isWithdrawal } from '../../shared/sync/protocol.ts';
import type { SohoaDatabase } from './database.ts';
import { recordSyncOutcome } from './entries-repository.ts';
import { isHeld } from './lot-holds.ts';

/** Rows a crash or a reload left sending go back to pending, with their opIds. */
export async function recoverSendingRows(db: SohoaDatabase): Promise<number> {
  return db.transaction('rw', db.outbox, async () => {
    const sending = await db.outbox.where('state').equals('sending').toArray();
    await db.outbox.bulkPut(sending.map(rowAtStart));
    return sending.length;
  });
}

/** Up to `limit` rows due now, marked sending. */
export async function takeDueRows(db: SohoaDatabase, now: Date, limit: number): Promise<OutboxRow[]> {
  return db.transaction('rw', db.outbox, async () => {
    const due = await db.outbox.where('[state+nextAttemptAt]').between(['pending', Dexie.minKey], ['pending', now.toISOString()], true, true).limit(limit).toArray();
    const taken = due.map((row): OutboxRow => ({ ...row, state: 'sending', updatedAt: now.toISOString() }));
    await db.outbox.bulkPut(taken);
    return taken;
  });
}

/** Writes the rows' new state and, for those that ended, their entries' status, in one transaction. */
export async function writeRows(db: SohoaDatabase, rows: readonly OutboxRow[]): Promise<void> {
  await db.transaction('rw', [db.outbox, db.entries, db.entryRows, db.pages, db.audit], async () => {
    for (const row of rows) {
      // A row withdrawn meanwhile (its entry changed while it was pending again) stays withdrawn.
      if (!(await db.outbox.get(row.opId))) continue;
      await db.outbox.put(row);
      await recordSyncOutcome(db, row);
    }
  });
}

/** Sends a row in attention again, now; not an entry a lot holds (AppError 'sync-held'): it is sent once the lot is accepted. */
export async function retryRow(db: SohoaDatabase, opId: string, now: Date): Promise<void> {
  await db.transaction('rw', [db.outbox, db.lots, db.lotAudits], async () => {
    const row = await db.outbox.get(opId);
    if (row?.state !== 'attention') return;
    if (!isWithdrawal(row.payload) && (await isHeld(db, row.entryId))) throw AppError.of('sync-held', { no: row.payload.fields['registration.number']?.value || '—' });
    await db.outbox.put(rowRetried(row, now));
  });
}

export async function outboxCounts(db: SohoaDatabase): Promise<Record<OutboxState, number>> {
  const states: OutboxState[] = ['pending', 'sending', 'attention', 'done'];
  const counts = await Promise.all(states.map((state) => db.outbox.where('state').equals(state).count()));
  return Object.fromEntries(states.map((state, i) => [state, counts[i]!])) as Record<OutboxState, number>;
}

/** When the next pending row is due, or null when none is pending. */
export async function nextDueAt(db: SohoaDatabase): Promise<string | null> {
  const first = await db.outbox.where('[state+nextAttemptAt]').between(['pending', Dexie.minKey], ['pending', Dexie.maxKey]).first();
  return first?.nextAttemptAt ?? null;
}
