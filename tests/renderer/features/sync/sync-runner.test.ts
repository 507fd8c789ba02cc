// @vitest-environment node
// The runner against the reference API over real HTTP, through the real Node services: jsdom's own
// AbortSignal is not the one Node's fetch takes, so this file runs in plain Node, IndexedDB faked.
import { afterEach, describe, expect, it } from 'vitest';
import { retryRow } from '../../../../renderer/db/outbox-repository.ts';
import { deleteEntry, saveEntry } from '../../../../renderer/db/entries-repository.ts';
import { syncHarness, type SyncHarness } from '../../support/sync-harness.ts';
import { AppError } from '../../../../shared/api/app-error.ts';
import type { SendOutcome } from '../../../../shared/sync/outbox.ts';
import { SyncRunner } from '../../../../renderer/features/sync/sync-runner.ts';
import type { AppClient } from '../../../../renderer/platform/app-client.ts';

const harnesses: SyncHarness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
});
async function harness(): Promise<SyncHarness> {
  const h = await syncHarness();
  harnesses.push(h);
  await h.runner.start();
  return h;
}

const poll = { timeout: 20_000, interval: 50 };

/** Each entry the server holds once, at the entry's revision, and the entry says so. */
async function expectStoredOnce(h: SyncHarness, entryIds: string[]) {
  await expect.poll(async () => (await h.stored()).map((s) => s.entryId).sort(), poll).toEqual([...entryIds].sort());
  for (const id of entryIds) {
    const entry = (await h.db.entries.get(id))!;
    expect((await h.stored()).find((s) => s.entryId === id)?.revision).toBe(entry.revision);
    await expect.poll(async () => (await h.db.entries.get(id))?.status, poll).toBe('synced');
  }
}

describe('sync runner', { timeout: 30_000 }, () => {
  it('keeps verified entries while there is no API, and sends each once when there is', async () => {
    const h = await harness();
    const ids = [await h.verifiedEntry('Lê Văn An'), await h.verifiedEntry('Phạm Thị Hoa')];
    await expect.poll(() => h.runner.current.phase, poll).toBe('unconfigured');
    expect(await h.db.outbox.where('state').equals('pending').count()).toBe(2);
    await h.startApi();
    await expectStoredOnce(h, ids);
    expect(h.runner.current.lastSyncAt).not.toBeNull();
    expect(Math.abs(h.runner.current.clockSkewMs!)).toBeLessThan(5000);
    const history = await h.db.audit.where('entityId').equals(ids[0]!).toArray();
    expect(history.map((a) => a.action)).toEqual(['create', 'verify', 'synced']);
  });

  it('waits offline while the API cannot be reached, and sends when it can again', async () => {
    const h = await harness();
    await h.startApi();
    await h.stopApi();
    const id = await h.verifiedEntry();
    await expect.poll(() => h.runner.current.phase, poll).toBe('offline');
    expect(await h.stored()).toEqual([]);
    await h.startApi();
    await expectStoredOnce(h, [id]);
  });

  it.each([
    ['500=0.5,seed=3'],
    ['503=0.5,seed=4'],
    ['429=0.5:0,seed=5'],
    ['drop-before=0.4,seed=6'],
    ['drop-after=0.4,seed=7'],
    ['hang=0.3,seed=8'],
    ['max-batch=2'],
    ['latency=5-30,500=0.2,drop-after=0.2,seed=9'],
  ])('stores each entry exactly once under faults %s', async (faults) => {
    const h = await harness();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await h.verifiedEntry(`Nguyễn Văn ${String.fromCharCode(65 + i)}`));
    await h.startApi(faults);
    await expectStoredOnce(h, ids);
    expect(await h.db.outbox.where('state').notEqual('done').count()).toBe(0);
  });

  it('pauses on a token the API refuses, keeps the queue, and sends once someone signs in', async () => {
    const h = await harness();
    await h.startApi();
    await h.client.call('sync:configure', { apiUrl: h.api!.url, token: 'expired' });
    const id = await h.verifiedEntry();
    await expect.poll(() => h.runner.current.phase, poll).toBe('paused');
    expect(await h.db.outbox.where('state').equals('pending').count()).toBe(1);
    await h.client.call('sync:configure', { apiUrl: h.api!.url, token: 'harness-token' });
    h.runner.kick();
    await expectStoredOnce(h, [id]);
  });

  it('puts an entry the server refuses in attention with its reasons, and sends the others', async () => {
    const h = await harness();
    const good = await h.verifiedEntry('Lê Văn An');
    const bad = await h.verifiedEntry('');
    await h.startApi();
    await expect.poll(async () => (await h.db.outbox.where('entryId').equals(bad).first())?.state, poll).toBe('attention');
    const row = (await h.db.outbox.where('entryId').equals(bad).first())!;
    expect(row.reasons).toEqual([{ vi: 'Họ và tên: bắt buộc.', en: 'Full name: required.' }]);
    expect((await h.db.entries.get(bad))?.status).toBe('attention');
    await expectStoredOnce(h, [good]);
    await retryRow(h.db, row.opId, new Date());
    h.runner.kick();
    await expect.poll(async () => (await h.db.outbox.get(row.opId))?.attempts, poll).toBe(2);
    expect((await h.db.outbox.get(row.opId))?.state).toBe('attention');
  });

  it('sends the latest revision of an entry edited after it was queued, once', async () => {
    const h = await harness();
    const id = await h.verifiedEntry('Trần Thị Bình');
    await saveEntry(h.db, { id, bookId: h.bookId, pageId: null, kind: 'birth', typed: { 'registration.number': '12', 'registration.date': '12/03/2003', 'child.fullName': 'Trần Thị Bình An', 'child.sex': 'Nữ', 'child.birthDate': '01/03/2003', 'child.birthPlace': 'xã Bình Lập' } }, 'clerk');
    const { verifyEntry } = await import('../../../../renderer/db/entries-repository.ts');
    await verifyEntry(h.db, id, 'clerk', () => []);
    await h.startApi();
    await expectStoredOnce(h, [id]);
    expect(await h.db.outbox.count()).toBe(1);
  });

  it('after a reload in the middle of sending, ends with exactly one copy of each entry', async () => {
    const h = await harness();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await h.verifiedEntry(`Võ Văn ${i}`));
    // the server stores the batch and the connection is cut before the answer: the rows are left sending
    await h.startApi('drop-after=1');
    await expect.poll(async () => (await h.stored()).length, poll).toBe(4);
    await h.runner.stop();
    await h.db.outbox.toCollection().modify({ state: 'sending' });
    await h.startApi();
    await h.reload();
    await expectStoredOnce(h, ids);
    expect((await h.stored()).map((s) => s.opId).sort()).toEqual((await h.db.outbox.toArray()).map((r) => r.opId).sort());
  });

  it('when the Node side cannot be asked for one half of a split batch, leaves the half already stored as it is', async () => {
    const h = await harness();
    await h.runner.stop();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await h.verifiedEntry(`Hồ Văn ${i}`));
    const sent: string[][] = [];
    const client: AppClient = {
      on: () => () => undefined,
      call: ((channel: string, input: { items?: { opId: string }[] }) => {
        if (channel === 'sync:health') return Promise.resolve({ reachable: true, serverTime: new Date().toISOString(), version: 'x', roundTripMs: 1, signIn: 'accepted' });
        const items = input.items!;
        sent.push(items.map((i) => i.opId));
        if (sent.length === 1) return Promise.resolve<SendOutcome>({ kind: 'too-large' });
        if (sent.length === 2) return Promise.resolve<SendOutcome>({ kind: 'answered', results: items.map((i) => ({ opId: i.opId, status: 'accepted', serverId: `s-${i.opId}`, revision: 2 })) });
        return Promise.reject(AppError.of('network', { detail: 'the Node side is gone' }));
      }) as AppClient['call'],
    };
    const runner = new SyncRunner(h.db, client, { random: () => 0.005, idleMs: 60_000, offlineFloorMs: 60_000 });
    await runner.start();
    await expect.poll(() => sent.length, poll).toBe(3);
    await runner.stop();
    const [, stored, failed] = sent;
    await expect.poll(async () => (await h.db.outbox.bulkGet(failed!)).map((r) => r?.state), poll).toEqual(['pending', 'pending']);
    expect((await h.db.outbox.bulkGet(stored!)).map((r) => [r?.state, r?.serverId])).toEqual(stored!.map((op) => ['done', `s-${op}`]));
    expect((await h.db.outbox.bulkGet(failed!)).map((r) => r?.lastError?.en)).toEqual(['The server could not be reached.', 'The server could not be reached.']);
  });

  it('withdraws a deleted entry that was synced, exactly once, and the server lists it withdrawn', async () => {
    const h = await harness();
    await h.startApi();
    const [gone, kept] = [await h.verifiedEntry('Lê Văn An'), await h.verifiedEntry('Phạm Thị Hoa')];
    await expectStoredOnce(h, [gone, kept]);
    const revision = (await h.db.entries.get(gone))!.revision;
    await deleteEntry(h.db, gone, 'Trùng', 'clerk');
    h.runner.kick();
    const withdrawal = (await h.db.outbox.where('entryId').equals(gone).toArray()).find((row) => row.revision === revision + 1)!;
    await expect.poll(async () => (await h.db.outbox.get(withdrawal.opId))?.state, poll).toBe('done');
    const stored = await h.stored();
    expect(stored.filter((s) => s.entryId === gone)).toEqual([expect.objectContaining({ revision: revision + 1, opId: withdrawal.opId, withdrawn: true })]);
    expect(stored.find((s) => s.entryId === kept)).not.toHaveProperty('withdrawn');
    expect(await h.db.outbox.where('state').notEqual('done').count()).toBe(0);
  });

  it('stores a withdrawal once when the connection was cut after the server stored it, and the retry gets the stored result', async () => {
    const h = await harness();
    await h.startApi();
    const id = await h.verifiedEntry();
    await expectStoredOnce(h, [id]);
    await h.startApi('drop-after=1');
    await deleteEntry(h.db, id, 'Nhập nhầm', 'clerk');
    h.runner.kick();
    const [withdrawal] = await h.db.outbox.where('state').notEqual('done').toArray();
    await expect.poll(async () => (await h.db.outbox.get(withdrawal!.opId))?.attempts, poll).toBeGreaterThanOrEqual(1);
    expect(await h.stored()).toEqual([expect.objectContaining({ entryId: id, opId: withdrawal!.opId, withdrawn: true })]);
    await h.startApi();
    await expect.poll(async () => (await h.db.outbox.get(withdrawal!.opId))?.state, poll).toBe('done');
    expect(await h.stored()).toEqual([expect.objectContaining({ entryId: id, opId: withdrawal!.opId, withdrawn: true })]);
  });

  it('drops a deleted entry that was queued and never sent, so the server never hears of it', async () => {
    const h = await harness();
    const [gone, kept] = [await h.verifiedEntry('Lê Văn An'), await h.verifiedEntry('Phạm Thị Hoa')];
    await deleteEntry(h.db, gone, 'Trang sai', 'clerk');
    await h.startApi();
    await expectStoredOnce(h, [kept]);
    expect(await h.db.outbox.where('entryId').equals(gone).count()).toBe(0);
  });
});

describe('sync runner: one state for every screen', { timeout: 30_000 }, () => {
  it('learns at the health check that the API refuses the token, with nothing to send, and that it takes a new one', async () => {
    const h = await harness();
    await h.startApi();
    await expect.poll(() => h.runner.current.signIn, poll).toBe('accepted');
    expect(h.runner.current.phase).toBe('online');
    await h.client.call('sync:configure', { apiUrl: h.api!.url, token: 'expired' });
    h.runner.kick();
    await expect.poll(() => [h.runner.current.phase, h.runner.current.signIn], poll).toEqual(['paused', 'refused']);
    await h.client.call('sync:configure', { apiUrl: h.api!.url, token: null });
    h.runner.kick();
    await expect.poll(() => [h.runner.current.phase, h.runner.current.signIn], poll).toEqual(['paused', 'none']);
    await h.client.call('sync:configure', { apiUrl: h.api!.url, token: 'harness-token' });
    h.runner.kick();
    await expect.poll(() => [h.runner.current.phase, h.runner.current.signIn], poll).toEqual(['online', 'accepted']);
  });

  it('says the Node side does not answer, never "connected", when SoHoa’s own host is gone', async () => {
    const h = await harness();
    await h.startApi();
    await expect.poll(() => h.runner.current.phase, poll).toBe('online');
    const gone: AppClient = { ...h.client, call: () => Promise.reject(new TypeError('fetch failed')) } as AppClient;
    const runner = new SyncRunner(h.db, gone, { idleMs: 50, offlineFloorMs: 20 });
    await runner.start();
    await expect.poll(() => runner.current.phase, poll).toBe('local-down');
    await runner.stop();
  });
});
