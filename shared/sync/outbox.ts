// The outbox: one row per entry revision to send, with the opId that makes every retry of it the same
// request. What happens to a row after each answer, or lack of one, is decided here; the runner in the
// renderer only carries it out. Nothing is ever dropped silently: a row ends done (the server holds
// that revision, or a newer one) or in attention with the server's reasons, for a person to see.
import type { EntryStatus } from '../domain/entry.ts';
import type { LocalizedText } from '../domain/record-kinds.ts';
import { retryDelayMs } from './backoff.ts';
import type { BatchItem, FieldError, ItemResult } from './protocol.ts';

export type OutboxState = 'pending' | 'sending' | 'done' | 'attention';

export interface OutboxRow {
  /** the idempotency key, the same through every retry */
  opId: string;
  entryId: string;
  revision: number;
  /** what is sent, fixed when the row is made: a retry sends exactly this (the server checks it against the opId) */
  payload: BatchItem;
  state: OutboxState;
  attempts: number;
  /** ISO time before which it is not tried again */
  nextAttemptAt: string;
  /** why the last try failed (never a field's value) */
  lastError?: LocalizedText;
  /** in attention: why the server refused it */
  reasons?: LocalizedText[];
  /** once done: the entry's id on the server */
  serverId?: string;
  updatedAt: string;
}

/** What came of sending a batch, as far as the rows are concerned. */
export type SendOutcome =
  | { kind: 'answered'; results: ItemResult[] }
  /** no answer (status null), or one to retry: 408, 429, 5xx */
  | { kind: 'transient'; status: number | null; retryAfterMs?: number }
  /** 401: sync pauses until someone signs in; the rows wait as they are */
  | { kind: 'unauthorized' }
  /** 413: the batch is split and sent again */
  | { kind: 'too-large' }
  /** 400 or 422 for the whole batch */
  | { kind: 'refused'; status: number; message: LocalizedText };

/** The outcome a non-2xx status means. */
export function outcomeOfStatus(status: number, message: LocalizedText, retryAfterMs?: number): Exclude<SendOutcome, { kind: 'answered' }> {
  if (status === 401) return { kind: 'unauthorized' };
  if (status === 413) return { kind: 'too-large' };
  if (status === 400 || status === 422) return { kind: 'refused', status, message };
  return { kind: 'transient', status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
}

export function newOutboxRow(payload: BatchItem, now: Date): OutboxRow {
  return { opId: payload.opId, entryId: payload.entryId, revision: payload.revision, payload, state: 'pending', attempts: 0, nextAttemptAt: now.toISOString(), updatedAt: now.toISOString() };
}

const errorText = (error: FieldError): LocalizedText => error.message;

/** The row once the server answered for its item. */
export function rowAfterResult(row: OutboxRow, result: ItemResult, now: Date): OutboxRow {
  const base = { ...row, attempts: row.attempts + 1, updatedAt: now.toISOString() };
  delete base.lastError;
  switch (result.status) {
    case 'accepted':
    case 'duplicate':
      return { ...base, state: 'done', serverId: result.serverId };
    case 'conflict':
      // A newer revision of the entry is stored: this one is superseded, not lost.
      if (result.code === 'newer-stored') return { ...base, state: 'done', ...(result.serverId ? { serverId: result.serverId } : {}) };
      return { ...base, state: 'attention', reasons: [result.reason] };
    case 'invalid':
      return { ...base, state: 'attention', reasons: result.errors.map(errorText) };
  }
}

const transientText = (status: number | null): LocalizedText =>
  status === null
    ? { vi: 'Không kết nối được máy chủ.', en: 'The server could not be reached.' }
    : status === 429
      ? { vi: 'Máy chủ yêu cầu chờ (429).', en: 'The server asked to wait (429).' }
      : { vi: `Máy chủ trả lỗi ${status}.`, en: `The server answered ${status}.` };

/** The row after a try that got no usable answer: pending again, its next try after a backoff. */
export function rowAfterTransient(row: OutboxRow, outcome: { status: number | null; retryAfterMs?: number }, now: Date, random: () => number): OutboxRow {
  const wait = retryDelayMs(row.attempts, random, outcome.retryAfterMs);
  return { ...row, state: 'pending', attempts: row.attempts + 1, nextAttemptAt: new Date(now.getTime() + wait).toISOString(), lastError: transientText(outcome.status), updatedAt: now.toISOString() };
}

/** The row when the server refused the whole batch it was in. */
export function rowAfterRefused(row: OutboxRow, message: LocalizedText, now: Date): OutboxRow {
  return { ...row, state: 'attention', attempts: row.attempts + 1, reasons: [message], updatedAt: now.toISOString() };
}

/** A row left `sending` by a crash or a reload goes back to pending, with the same opId. */
export function rowAtStart(row: OutboxRow): OutboxRow {
  return row.state === 'sending' ? { ...row, state: 'pending' } : row;
}

/** A person asked to send a row in attention again (after correcting the entry, a new row is made instead). */
export function rowRetried(row: OutboxRow, now: Date): OutboxRow {
  const retried: OutboxRow = { ...row, state: 'pending', nextAttemptAt: now.toISOString(), updatedAt: now.toISOString() };
  delete retried.reasons;
  return retried;
}

/** What the entry's status says of its newest row. */
export function entryStatusOf(row: OutboxRow): EntryStatus {
  return row.state === 'done' ? 'synced' : row.state === 'attention' ? 'attention' : 'queued';
}

/** A batch the server found too large, in two. */
export function splitInHalf<T>(items: readonly T[]): [T[], T[]] {
  const middle = Math.ceil(items.length / 2);
  return [items.slice(0, middle), items.slice(middle)];
}

/** A row no attempt has sent yet: withdrawing it takes it back before the server could have heard of it. */
export function neverTried(row: Pick<OutboxRow, 'state' | 'attempts'>): boolean {
  return row.state === 'pending' && row.attempts === 0;
}
