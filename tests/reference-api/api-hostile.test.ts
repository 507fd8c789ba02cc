// Hostile requests to the reference API, which server implementers copy: each is refused with a status
// the OpenAPI document names, tells nothing of the server's insides, and stores nothing.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startReferenceApi, type ReferenceApi } from './api-server.ts';

const token = 'hostile-test-token';
const auth = { authorization: `Bearer ${token}` };
const open: ReferenceApi[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((api) => api.close()));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function start(): Promise<ReferenceApi> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sohoa-api-hostile-'));
  dirs.push(dir);
  const api = await startReferenceApi({ dataDir: dir, tokens: [token] });
  open.push(api);
  return api;
}

const entries = async (api: ReferenceApi) => ((await (await fetch(`${api.url}/v1/entries`, { headers: auth })).json()) as { entries: unknown[] }).entries;

/** The status line a raw request gets, whatever the client would have sent with it. */
function rawStatus(api: ReferenceApi, request: string): Promise<string> {
  const { port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n')) {
        socket.destroy();
        resolve(answer.split('\r\n')[0]!);
      }
    });
    socket.on('error', reject);
  });
}

describe('reference API: hostile requests', () => {
  it('answers a null body with 400 and no exception text, and stores nothing', async () => {
    const api = await start();
    const response = await fetch(`${api.url}/v1/entries:batch`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: 'null' });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/TypeError|Cannot read|undefined/);
    expect(await entries(api)).toEqual([]);
  });

  it('takes a batch only as application/json', async () => {
    const api = await start();
    const response = await fetch(`${api.url}/v1/entries:batch`, { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: '{"items":[]}' });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { en: 'A batch is sent as JSON (application/json).' } });
  });

  it('stores as a page image only an image, even when the bytes match their SHA-256', async () => {
    const api = await start();
    const bytes = new TextEncoder().encode('<script>alert(1)</script>');
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect((await fetch(`${api.url}/v1/pages/${sha}`, { method: 'PUT', headers: auth, body: bytes })).status).toBe(415);
    expect((await fetch(`${api.url}/v1/pages/${sha}`, { method: 'HEAD', headers: auth })).status).toBe(404);
  });

  it('refuses a token that differs from a known one in its last character, or is its prefix', async () => {
    const api = await start();
    for (const wrong of [`${token.slice(0, -1)}X`, token.slice(0, -1), `${token}x`]) {
      expect((await fetch(`${api.url}/v1/entries`, { headers: { authorization: `Bearer ${wrong}` } })).status).toBe(401);
    }
  });

  it('refuses at once a body declared larger than it takes, without waiting for it', async () => {
    const api = await start();
    const status = await rawStatus(api, `POST /v1/entries:batch HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 999999999999\r\n\r\n`);
    expect(status).toBe('HTTP/1.1 413 Payload Too Large');
    const page = await rawStatus(api, `PUT /v1/pages/${'a'.repeat(64)} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Length: 999999999999\r\n\r\n`);
    expect(page).toBe('HTTP/1.1 413 Payload Too Large');
  });
});
