import { describe, expect, it } from 'vitest';
import { backoffCapMs } from '../../../shared/sync/backoff.ts';
import { entryStatusOf, newOutboxRow, outcomeOfStatus, rowAfterRefused, rowAfterResult, rowAfterTransient, rowAtStart, rowRetried, splitInHalf, type OutboxRow } from '../../../shared/sync/outbox.ts';
import type { BatchItem } from '../../../shared/sync/protocol.ts';

const now = new Date('2026-11-23T10:00:00Z');
const payload = { opId: 'op-1', entryId: 'e-1', revision: 2 } as BatchItem;
const row = newOutboxRow(payload, now);
const message = { vi: 'x', en: 'x' };

describe('outbox rows', () => {
  it('start pending, due at once, with the payload and its opId fixed', () => {
    expect(row).toMatchObject({ opId: 'op-1', entryId: 'e-1', revision: 2, state: 'pending', attempts: 0, nextAttemptAt: now.toISOString(), payload });
    expect(entryStatusOf(row)).toBe('queued');
  });

  it('are done when stored or already stored, and done when a newer revision superseded them', () => {
    const sending: OutboxRow = { ...row, state: 'sending', lastError: message };
    expect(rowAfterResult(sending, { opId: 'op-1', status: 'accepted', serverId: 's1', revision: 2 }, now)).toMatchObject({ state: 'done', serverId: 's1', attempts: 1 });
    expect(rowAfterResult(sending, { opId: 'op-1', status: 'duplicate', serverId: 's1', revision: 2 }, now).state).toBe('done');
    expect(rowAfterResult(sending, { opId: 'op-1', status: 'accepted', serverId: 's1', revision: 2 }, now).lastError).toBeUndefined();
    const superseded = rowAfterResult(sending, { opId: 'op-1', status: 'conflict', code: 'newer-stored', serverId: 's1', reason: message }, now);
    expect(superseded).toMatchObject({ state: 'done', serverId: 's1' });
    expect(entryStatusOf(superseded)).toBe('synced');
  });

  it('need attention, with the server’s reasons, when refused or in a real conflict', () => {
    const invalid = rowAfterResult(row, { opId: 'op-1', status: 'invalid', errors: [{ field: 'child.fullName', code: 'required', message: { vi: 'Họ và tên: bắt buộc.', en: 'Full name: required.' } }] }, now);
    expect(invalid).toMatchObject({ state: 'attention', reasons: [{ vi: 'Họ và tên: bắt buộc.', en: 'Full name: required.' }] });
    expect(entryStatusOf(invalid)).toBe('attention');
    expect(rowAfterResult(row, { opId: 'op-1', status: 'conflict', code: 'opid-reused', reason: message }, now).state).toBe('attention');
    expect(rowAfterRefused(row, message, now)).toMatchObject({ state: 'attention', reasons: [message] });
  });

  it('wait a backoff after a failure, never less than Retry-After, and say why without any field value', () => {
    const failed = rowAfterTransient({ ...row, state: 'sending', attempts: 3 }, { status: 503 }, now, () => 0.5);
    expect(failed).toMatchObject({ state: 'pending', attempts: 4, lastError: { en: 'The server answered 503.' } });
    expect(Date.parse(failed.nextAttemptAt) - now.getTime()).toBe(8_000);
    const told = rowAfterTransient(row, { status: 429, retryAfterMs: 60_000 }, now, () => 0);
    expect(Date.parse(told.nextAttemptAt) - now.getTime()).toBe(60_000);
    const offline = rowAfterTransient({ ...row, attempts: 50 }, { status: null }, now, () => 0.999);
    expect(Date.parse(offline.nextAttemptAt) - now.getTime()).toBeLessThanOrEqual(backoffCapMs);
    expect(offline.lastError?.vi).toBe('Không kết nối được máy chủ.');
  });

  it('go back to pending with the same opId when left sending, and when a person retries them', () => {
    expect(rowAtStart({ ...row, state: 'sending' })).toMatchObject({ state: 'pending', opId: 'op-1' });
    expect(rowAtStart({ ...row, state: 'done' }).state).toBe('done');
    const retried = rowRetried({ ...row, state: 'attention', reasons: [message] }, now);
    expect(retried).toMatchObject({ state: 'pending', opId: 'op-1' });
    expect(retried.reasons).toBeUndefined();
  });
});

describe('outcomeOfStatus and splitInHalf', () => {
  it('tells a status apart: sign in, split, refused, or try again', () => {
    expect(outcomeOfStatus(401, message)).toEqual({ kind: 'unauthorized' });
    expect(outcomeOfStatus(413, message)).toEqual({ kind: 'too-large' });
    expect(outcomeOfStatus(422, message)).toEqual({ kind: 'refused', status: 422, message });
    expect(outcomeOfStatus(400, message).kind).toBe('refused');
    expect(outcomeOfStatus(503, message, 2000)).toEqual({ kind: 'transient', status: 503, retryAfterMs: 2000 });
    expect(outcomeOfStatus(408, message).kind).toBe('transient');
    expect(outcomeOfStatus(429, message).kind).toBe('transient');
  });

  it('splits a batch in two halves, the first the larger', () => {
    expect(splitInHalf([1, 2, 3, 4, 5])).toEqual([[1, 2, 3], [4, 5]]);
    expect(splitInHalf([1])).toEqual([[1], []]);
  });
});
