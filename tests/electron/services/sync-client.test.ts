import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PageStore } from '../../../electron/services/page-store.ts';
import { createSyncClient } from '../../../electron/services/sync-client.ts';
import { SyncSettingsStore } from '../../../electron/services/sync-settings.ts';
import type { BatchItem, StoredEntrySummary } from '../../../shared/sync/protocol.ts';
import { parseFaults } from '../../reference-api/api-faults.ts';
import { startReferenceApi, type ReferenceApi } from '../../reference-api/api-server.ts';
import { birthFormBytes } from '../../support/fixtures.ts';
import { createLocalScanReader } from '../../../electron/services/local-scan-reader.ts';

const scanReader = createLocalScanReader();

const open: ReferenceApi[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((api) => api.close()));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), 'sohoa-sync-client-'));
  dirs.push(dir);
  return dir;
}

/** The Node side as the app builds it, signed in to a reference API with these faults. */
async function setup(faults = '', token: string | null = 'secret') {
  const api = await startReferenceApi({ dataDir: await tempDir(), tokens: ['secret'], faults: parseFaults(faults) });
  open.push(api);
  const dataDir = await tempDir();
  const pages = new PageStore(dataDir, scanReader);
  const settings = new SyncSettingsStore(dataDir);
  await settings.configure(api.url, token);
  const client = createSyncClient(settings, pages, { healthTimeoutMs: 500, batchTimeoutMs: 500, pageTimeoutMs: 2000 });
  return { api, pages, settings, client };
}

const item = (pageSha256: string | null = null): BatchItem => ({
  opId: randomUUID(), entryId: randomUUID(), revision: 2, kind: 'birth', pageSha256,
  fields: { 'child.fullName': { value: 'Trần Thị Bình', raw: 'Trần Thị Bình', source: 'typed' } },
  book: { id: randomUUID(), kind: 'birth', communeAsWritten: 'xã Bình Lập', volume: '01', yearFrom: 1985, yearTo: 1987 },
});

const onServer = async (api: ReferenceApi) => ((await (await fetch(`${api.url}/v1/entries`, { headers: { authorization: 'Bearer secret' } })).json()) as { entries: StoredEntrySummary[] }).entries;

describe('sync client against the reference API', () => {
  it('asks at each health check whether the API takes the sign-in token, storing nothing', async () => {
    expect(await (await setup()).client.health()).toMatchObject({ reachable: true, signIn: 'accepted' });
    expect(await (await setup('', 'expired')).client.health()).toMatchObject({ reachable: true, signIn: 'refused' });
    const signedOut = await setup('', null);
    expect(await signedOut.client.health()).toMatchObject({ reachable: true, signIn: 'none' });
    expect(await onServer(signedOut.api)).toEqual([]);
  });

  it('sees the API and its clock, uploads a page once, and sends a batch that cites it', async () => {
    const { api, pages, client } = await setup();
    const health = await client.health();
    expect(health).toMatchObject({ reachable: true, version: 'reference-v1' });
    const [page] = (await pages.import('trang-1.jpg', birthFormBytes())).pages;
    expect(await client.uploadPage(page!.sha256)).toEqual({ kind: 'stored' });
    expect(await client.uploadPage(page!.sha256)).toEqual({ kind: 'stored' });
    const sent = item(page!.sha256);
    const outcome = await client.sendBatch([sent]);
    expect(outcome).toMatchObject({ kind: 'answered', results: [{ opId: sent.opId, status: 'accepted' }] });
    expect((await onServer(api)).map((e) => e.opId)).toEqual([sent.opId]);
  });

  it('asks for sign-in without a token or with a wrong one, and says when no address is set', async () => {
    const { client, settings } = await setup();
    await settings.configure((await settings.current()).apiUrl, null);
    expect(await client.sendBatch([item()])).toEqual({ kind: 'unauthorized' });
    await settings.configure((await settings.current()).apiUrl, 'wrong');
    expect(await client.sendBatch([item()])).toEqual({ kind: 'unauthorized' });
    expect(await client.uploadPage('a'.repeat(64))).toEqual({ kind: 'unauthorized' });
    await settings.configure(null);
    await expect(client.health()).rejects.toMatchObject({ code: 'sync-not-configured' });
  });

  it('turns each fault into what the outbox needs to know', async () => {
    expect(await (await setup('503=1')).client.sendBatch([item()])).toEqual({ kind: 'transient', status: 503 });
    expect(await (await setup('429=1:30')).client.sendBatch([item()])).toEqual({ kind: 'transient', status: 429, retryAfterMs: 30_000 });
    expect(await (await setup('500=1')).client.health()).toEqual({ reachable: false, status: 500 });
    expect(await (await setup('drop-before=1')).client.sendBatch([item()])).toEqual({ kind: 'transient', status: null });
    expect(await (await setup('hang=1')).client.sendBatch([item()])).toEqual({ kind: 'transient', status: null });
    expect(await (await setup('hang=1')).client.health()).toEqual({ reachable: false, status: null });
    expect(await (await setup('max-batch=1')).client.sendBatch([item(), item()])).toEqual({ kind: 'too-large' });
    const refused = await (await setup()).client.sendBatch([{ ...item(), pageSha256: 'not a sha' }]);
    expect(refused).toMatchObject({ kind: 'refused', status: 400, message: { vi: 'Lô không đúng định dạng.' } });
  });

  it('counts a batch stored but unanswered as no answer, and the retry with the same opIds as stored once', async () => {
    const { api, client } = await setup('drop-after=1');
    const sent = item();
    expect(await client.sendBatch([sent])).toEqual({ kind: 'transient', status: null });
    expect(await client.sendBatch([sent])).toEqual({ kind: 'transient', status: null });
    expect((await onServer(api)).map((e) => e.opId)).toEqual([sent.opId]);
  });

  it('does not trust an answer that does not account for each item', async () => {
    const { createServer } = await import('node:http');
    const liar = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"results":[]}'));
    await new Promise<void>((resolve) => liar.listen(0, '127.0.0.1', resolve));
    try {
      const settings = new SyncSettingsStore(await tempDir());
      await settings.configure(`http://127.0.0.1:${(liar.address() as { port: number }).port}`, 'x');
      const lied = createSyncClient(settings, new PageStore(await tempDir(), scanReader));
      expect(await lied.sendBatch([item()])).toEqual({ kind: 'transient', status: 200 });
      expect(await lied.health()).toEqual({ reachable: false, status: 200 });
    } finally {
      liar.close();
    }
  });
});

describe('sync client against a hostile server', () => {
  /** A server that answers every request with a 307 to another server, which records what reaches it. */
  async function redirecting() {
    const received: string[] = [];
    const listen = (server: http.Server) => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
    const collector = http.createServer((req, res) => {
      received.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const elsewhere = await listen(collector);
    const hostile = http.createServer((req, res) => res.writeHead(307, { location: `${elsewhere}${req.url}` }).end());
    const url = await listen(hostile);
    servers.push(collector, hostile);
    return { url, received };
  }
  const servers: http.Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('follows no redirect: a page and a batch with citizens\' names never reach another server', async () => {
    const { url, received } = await redirecting();
    const dataDir = await tempDir();
    const pages = new PageStore(dataDir, scanReader);
    const settings = new SyncSettingsStore(dataDir);
    await settings.configure(url, 'secret');
    const client = createSyncClient(settings, pages, { healthTimeoutMs: 500, batchTimeoutMs: 500, pageTimeoutMs: 2000 });
    const { pages: [page] } = await pages.import('p1.jpg', birthFormBytes());
    expect(await client.health()).toMatchObject({ reachable: false });
    expect(await client.uploadPage(page!.sha256)).toMatchObject({ kind: 'transient' });
    expect(await client.sendBatch([item(page!.sha256)])).toMatchObject({ kind: 'transient' });
    expect(received).toEqual([]);
  });
});
