import { createHash, randomUUID } from 'node:crypto';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchItem, BatchResponse, EntryItem, StoredEntrySummary, WithdrawalItem } from '../../shared/sync/protocol.ts';
import { parseFaults } from './api-faults.ts';
import { startReferenceApi, type ReferenceApi } from './api-server.ts';

const token = 'test-token';
const auth = { authorization: `Bearer ${token}` };
const json = { ...auth, 'content-type': 'application/json' };
const open: ReferenceApi[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((api) => api.close()));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sohoa-api-'));
  dirs.push(dir);
  return dir;
}

async function start(dir: string, faults = ''): Promise<ReferenceApi> {
  const api = await startReferenceApi({ dataDir: dir, tokens: [token], faults: parseFaults(faults) });
  open.push(api);
  return api;
}

const bookId = randomUUID();
function item(entryId: string, revision = 1, name = 'Trần Thị Bình', opId: string = randomUUID()): EntryItem {
  return {
    opId, entryId, revision, kind: 'birth', pageSha256: null,
    fields: { 'child.fullName': { value: name, raw: name, source: 'typed' }, 'registration.number': { value: '12', raw: '12', source: 'typed' } },
    book: { id: bookId, kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1987 },
  };
}

async function batch(api: ReferenceApi, items: BatchItem[]): Promise<{ status: number; body: BatchResponse }> {
  const response = await fetch(`${api.url}/v1/entries:batch`, { method: 'POST', headers: json, body: JSON.stringify({ items }) });
  return { status: response.status, body: (await response.json()) as BatchResponse };
}

async function stored(api: ReferenceApi): Promise<StoredEntrySummary[]> {
  return ((await (await fetch(`${api.url}/v1/entries`, { headers: auth })).json()) as { entries: StoredEntrySummary[] }).entries;
}

describe('reference API: entries, exactly once', () => {
  it('stores a new entry, answers a replayed opId with the stored result, and keeps one copy', async () => {
    const api = await start(await dataDir());
    const first = item(randomUUID());
    const sent = await batch(api, [first]);
    expect(sent.status).toBe(200);
    expect(sent.body.results[0]).toMatchObject({ opId: first.opId, status: 'accepted', revision: 1 });
    const again = await batch(api, [first]);
    expect(again.body.results[0]).toEqual(sent.body.results[0]);
    expect(await stored(api)).toHaveLength(1);
  });

  it('calls the same opId with another payload a conflict, and changes nothing', async () => {
    const api = await start(await dataDir());
    const first = item(randomUUID());
    await batch(api, [first]);
    const other = { ...first, fields: { ...first.fields, 'child.sex': { value: 'Nữ', raw: 'Nữ', source: 'typed' as const } } };
    expect((await batch(api, [other])).body.results[0]).toMatchObject({ status: 'conflict', code: 'opid-reused', reason: { en: 'This opId was used for another payload.' } });
    expect((await stored(api))[0]?.opId).toBe(first.opId);
  });

  it('updates the one copy with a newer revision, calls the same revision under another opId a duplicate, and an older one a conflict', async () => {
    const api = await start(await dataDir());
    const entryId = randomUUID();
    const one = (await batch(api, [item(entryId, 1)])).body.results[0]!;
    const two = (await batch(api, [item(entryId, 2, 'Trần Thị Bình An')])).body.results[0]!;
    expect(two).toMatchObject({ status: 'accepted', revision: 2 });
    expect('serverId' in two && 'serverId' in one && two.serverId === one.serverId).toBe(true);
    expect((await batch(api, [item(entryId, 2, 'Trần Thị Bình An')])).body.results[0]).toMatchObject({ status: 'duplicate', revision: 2 });
    expect((await batch(api, [item(entryId, 1)])).body.results[0]).toMatchObject({ status: 'conflict', code: 'newer-stored', reason: { en: 'A newer revision (2) is stored.' } });
    expect(await stored(api)).toEqual([expect.objectContaining({ entryId, revision: 2 })]);
  });

  it('keeps everything it acknowledged through a restart, and drops a journal line torn by a crash', async () => {
    const dir = await dataDir();
    const api = await start(dir);
    const first = item(randomUUID());
    const result = (await batch(api, [first])).body.results[0];
    await api.close();
    await appendFile(path.join(dir, 'journal.ndjson'), '{"op":{"opId":"torn');
    const restarted = await start(dir);
    expect(await stored(restarted)).toHaveLength(1);
    expect((await batch(restarted, [first])).body.results[0]).toEqual(result);
    expect((await batch(restarted, [item(randomUUID())])).body.results[0]).toMatchObject({ status: 'accepted' });
    expect(await stored(restarted)).toHaveLength(2);
  });

  it('cuts a torn line off the journal on start, so that what it acknowledges after a crash survives the next restart', async () => {
    const dir = await dataDir();
    await (await start(dir)).close();
    await appendFile(path.join(dir, 'journal.ndjson'), '{"op":{"opId":"torn');
    const afterCrash = await start(dir);
    const entry = item(randomUUID());
    const accepted = (await batch(afterCrash, [entry])).body.results[0];
    expect(accepted).toMatchObject({ status: 'accepted' });
    await afterCrash.close();
    const again = await start(dir);
    expect((await stored(again)).map((e) => e.entryId)).toEqual([entry.entryId]);
    expect((await batch(again, [entry])).body.results[0]).toEqual(accepted);
    expect((await batch(again, [{ ...item(randomUUID()), opId: entry.opId }])).body.results[0]).toMatchObject({ status: 'conflict', code: 'opid-reused' });
  });
});

const withdrawal = (entryId: string, revision: number, reason = 'Trùng'): WithdrawalItem => ({ opId: randomUUID(), action: 'withdraw', entryId, revision, reason });

describe('reference API: withdrawals', () => {
  it('keeps a withdrawn entry as withdrawn, once, answers a replayed withdrawal with the stored result, and through a restart', async () => {
    const dir = await dataDir();
    const api = await start(dir);
    const entryId = randomUUID();
    const sent = (await batch(api, [item(entryId, 2)])).body.results[0]!;
    const gone = withdrawal(entryId, 3);
    const result = (await batch(api, [gone])).body.results[0]!;
    expect(result).toMatchObject({ opId: gone.opId, status: 'accepted', revision: 3 });
    expect('serverId' in result && 'serverId' in sent && result.serverId === sent.serverId).toBe(true);
    expect((await batch(api, [gone])).body.results[0]).toEqual(result);
    expect(await stored(api)).toEqual([{ serverId: expect.any(String) as string, entryId, revision: 3, opId: gone.opId, withdrawn: true }]);
    await api.close();
    const restarted = await start(dir);
    expect(await stored(restarted)).toEqual([expect.objectContaining({ entryId, revision: 3, withdrawn: true })]);
    expect((await batch(restarted, [gone])).body.results[0]).toEqual(result);
  });

  it('supersedes a revision that arrives after the withdrawal, and withdraws an entry it never held', async () => {
    const api = await start(await dataDir());
    const late = randomUUID();
    expect((await batch(api, [withdrawal(late, 2)])).body.results[0]).toMatchObject({ status: 'accepted', revision: 2 });
    expect((await batch(api, [item(late, 1)])).body.results[0]).toMatchObject({ status: 'conflict', code: 'newer-stored' });
    expect(await stored(api)).toEqual([expect.objectContaining({ entryId: late, revision: 2, withdrawn: true })]);
  });

  it('calls a withdrawal at the revision already stored a conflict, and refuses one without a reason', async () => {
    const api = await start(await dataDir());
    const entryId = randomUUID();
    await batch(api, [item(entryId, 2)]);
    expect((await batch(api, [withdrawal(entryId, 2)])).body.results[0]).toMatchObject({ status: 'conflict', code: 'revision-differs' });
    expect((await batch(api, [withdrawal(entryId, 3, '')])).status).toBe(400);
    expect(await stored(api)).toEqual([expect.objectContaining({ entryId, revision: 2 })]);
    expect((await stored(api))[0]).not.toHaveProperty('withdrawn');
  });
});

describe('reference API: what it refuses', () => {
  it('asks for sign-in without a valid bearer token, and answers health without one', async () => {
    const api = await start(await dataDir());
    expect((await fetch(`${api.url}/v1/entries`)).status).toBe(401);
    expect((await fetch(`${api.url}/v1/entries`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const health = (await (await fetch(`${api.url}/v1/health`)).json()) as { status: string; time: string };
    expect(health.status).toBe('ok');
    expect(Math.abs(Date.parse(health.time) - Date.now())).toBeLessThan(60_000);
  });

  it('refuses a malformed batch as a whole, and an unsound item alone with its reasons', async () => {
    const api = await start(await dataDir());
    const malformed = await fetch(`${api.url}/v1/entries:batch`, { method: 'POST', headers: json, body: '{"items":[{"opId":1}]}' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { vi: string } }).error.vi).toBe('Lô không đúng định dạng.');
    expect((await fetch(`${api.url}/v1/entries:batch`, { method: 'POST', headers: json, body: 'not json' })).status).toBe(400);
    const unnamed = item(randomUUID(), 1, '');
    const onMissingPage = { ...item(randomUUID()), pageSha256: 'b'.repeat(64) };
    const { body } = await batch(api, [unnamed, item(randomUUID()), onMissingPage]);
    expect(body.results.map((r) => r.status)).toEqual(['invalid', 'accepted', 'invalid']);
    expect(body.results[0]).toMatchObject({ errors: [{ field: 'child.fullName', code: 'required' }] });
    expect(body.results[2]).toMatchObject({ errors: [{ field: 'pageSha256', code: 'page-missing' }] });
  });

  it('keeps page images by their SHA-256 and refuses bytes that are not that image', async () => {
    const api = await start(await dataDir());
    // a PNG's signature, then anything: the server tells images by their first bytes
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new TextEncoder().encode('a page')]);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect((await fetch(`${api.url}/v1/pages/${sha}`, { method: 'HEAD', headers: auth })).status).toBe(404);
    expect((await fetch(`${api.url}/v1/pages/${'c'.repeat(64)}`, { method: 'PUT', headers: auth, body: bytes })).status).toBe(422);
    expect((await fetch(`${api.url}/v1/pages/${sha}`, { method: 'PUT', headers: auth, body: bytes })).status).toBe(204);
    expect((await fetch(`${api.url}/v1/pages/${sha}`, { method: 'PUT', headers: auth, body: bytes })).status).toBe(204);
    expect((await fetch(`${api.url}/v1/pages/${sha}`, { method: 'HEAD', headers: auth })).status).toBe(200);
    expect((await batch(api, [{ ...item(randomUUID()), pageSha256: sha }])).body.results[0]?.status).toBe('accepted');
  });
});

describe('reference API: injected faults', () => {
  it('fails with 500, 503 and 429 with Retry-After, as told', async () => {
    for (const [spec, status] of [['500=1', 500], ['503=1', 503], ['429=1:7', 429]] as const) {
      const api = await start(await dataDir(), spec);
      const response = await fetch(`${api.url}/v1/health`);
      expect(response.status).toBe(status);
      if (status === 429) expect(response.headers.get('retry-after')).toBe('7');
    }
  });

  it('cuts the connection before handling (nothing stored) or after storing (stored, no answer)', async () => {
    const before = await start(await dataDir(), 'drop-before=1');
    await expect(batch(before, [item(randomUUID())])).rejects.toThrow();
    const dir = await dataDir();
    const after = await start(dir, 'drop-after=1');
    const lost = item(randomUUID());
    await expect(batch(after, [lost])).rejects.toThrow();
    await after.close();
    const plain = await start(dir);
    expect((await stored(plain)).map((e) => e.opId)).toEqual([lost.opId]);
    expect((await batch(plain, [lost])).body.results[0]).toMatchObject({ status: 'accepted' });
    expect(await stored(plain)).toHaveLength(1);
  });

  it('hangs when told, refuses a batch over the size it is given with 413, delays, and runs its clock off', async () => {
    const hanging = await start(await dataDir(), 'hang=1');
    await expect(fetch(`${hanging.url}/v1/health`, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    const small = await start(await dataDir(), 'max-batch=2,latency=30-40,clock=-3600');
    const big = await fetch(`${small.url}/v1/entries:batch`, { method: 'POST', headers: json, body: JSON.stringify({ items: [item(randomUUID()), item(randomUUID()), item(randomUUID())] }) });
    expect(big.status).toBe(413);
    const started = performance.now();
    const health = (await (await fetch(`${small.url}/v1/health`)).json()) as { time: string };
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    expect(Date.now() - Date.parse(health.time)).toBeGreaterThan(3_500_000);
  });

  it('draws the same faults for the same seed, and refuses a bad spec with a clear message', () => {
    expect(() => parseFaults('500=2')).toThrow('fault 500: expected a share between 0 and 1, got "2"');
    expect(() => parseFaults('teleport=1')).toThrow(/unknown fault "teleport"/);
    expect(() => parseFaults('500=0.6,503=0.6')).toThrow(/more than every request/);
    expect(parseFaults('429=0.2:3,latency=5-10,seed=9')).toMatchObject({ status429: 0.2, retryAfterSeconds: 3, latencyMs: [5, 10], seed: 9 });
  });
});

describe('reference API: the fault draw', () => {
  it('is the same sequence for the same seed, and another for another', async () => {
    const { faultDrawer } = await import('./api-faults.ts');
    const run = (seed: number) => {
      const draw = faultDrawer(parseFaults(`500=0.3,503=0.3,seed=${seed}`));
      return Array.from({ length: 40 }, () => draw.next());
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    expect(new Set(run(7))).toEqual(new Set(['status500', 'status503', 'none']));
  });
});
