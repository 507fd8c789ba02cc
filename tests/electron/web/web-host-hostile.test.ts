// Browser mode's host against hostile requests: another local server's page or script, a DNS-rebinding page,
// a stolen or replayed event ticket, paths out of the renderer's folder, malformed and oversized bodies.
// Each is refused with a reason, and what was saved before is still there and served after.
import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportedFile, Result } from '../../../shared/api/app-api.ts';
import type { WebHost } from '../../../electron/web/web-host.ts';
import { readWire } from '../../../renderer/platform/wire-http.ts';
import { birthFormBytes } from '../../support/fixtures.ts';
import { auth, invoke, rendererMarker, useWebHosts } from '../../support/web-host.ts';

interface RawReply {
  status: number;
  head: string;
  body: string;
  /** the host closed the connection */
  closed: boolean;
}

/** A request written byte for byte (fetch would mend paths, Host headers and lengths), read until the host answers and, if it does, closes. */
function raw(host: WebHost, request: string, body?: Buffer): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(host.port, '127.0.0.1');
    let received = '';
    let settled = false;
    const finish = (closed: boolean) => {
      if (settled) return;
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = received.slice(0, end);
      const length = /content-length: (\d+)/i.exec(head);
      const bodyText = received.slice(end + 4);
      if (!closed && length && Buffer.byteLength(bodyText) < Number(length[1])) return;
      settled = true;
      resolve({ status: Number(head.split(' ')[1]), head, body: bodyText, closed });
      if (!closed) {
        // give the host a moment to close what it means to close
        socket.setTimeout(300, () => socket.destroy());
      }
    };
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      finish(false);
    });
    socket.on('close', () => finish(true));
    socket.on('error', (error) => (settled ? undefined : reject(error)));
    socket.write(request);
    if (body) socket.write(body);
  });
}

function closedAfter(host: WebHost, request: string): Promise<{ status: number; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(host.port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('close', () => resolve({ status: Number(received.split(' ')[1]), closed: true }));
    socket.on('error', reject);
    socket.write(request);
  });
}

describe('browser-mode web host, hostile requests', () => {
  const start = useWebHosts();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses the API to anyone without the token as a Bearer header: none, a wrong one, in a cookie, in the URL, as Basic', async () => {
    const host = await start();
    const attempts: { headers: Record<string, string>; query?: string }[] = [
      { headers: {} },
      { headers: { Authorization: 'Bearer wrong' } },
      { headers: { Authorization: `Bearer ${host.token}x` } },
      { headers: { Authorization: `Bearer ${host.token.slice(0, -1)}` } },
      // cookies go to every server on 127.0.0.1, whatever its port; a URL ends up in logs and history
      { headers: { Cookie: `sohoa_token=${host.token}` } },
      { headers: {}, query: `?token=${host.token}` },
      { headers: { Authorization: `Basic ${Buffer.from(`sohoa:${host.token}`).toString('base64')}` } },
    ];
    for (const { headers, query = '' } of attempts) {
      const response = await fetch(`${host.url}api/invoke/app:getInfo${query}`, { method: 'POST', headers, body: 'null' });
      expect(response.status).toBe(401);
      expect(await readWire(response)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect((await fetch(`${host.url}api/events/ticket`, { method: 'POST' })).status).toBe(401);
  });

  it('answers nothing but 421 to a request for another Host, as a DNS-rebinding page sends, even with the token', async () => {
    const host = await start();
    for (const name of ['attacker.example', `attacker.example:${host.port}`, `127.0.0.1:${host.port + 1}`, `[::1]:${host.port}`, '']) {
      const api = await raw(host, `POST /api/invoke/app:getInfo HTTP/1.1\r\nHost: ${name}\r\nAuthorization: Bearer ${host.token}\r\nContent-Length: 4\r\n\r\nnull`);
      expect(api.status, name).toBe(421);
      const page = await raw(host, `GET / HTTP/1.1\r\nHost: ${name}\r\n\r\n`);
      expect(page.status, name).toBe(421);
      expect(page.body).not.toContain(rendererMarker);
    }
  });

  it('refuses calls from pages it did not serve: another site, another local port, a sandboxed or file:// page', async () => {
    const host = await start();
    for (const origin of ['https://attacker.example', `http://127.0.0.1:${host.port + 1}`, `http://localhost:${host.port + 1}`, `https://127.0.0.1:${host.port}`, 'null']) {
      const response = await invoke(host, 'app:getInfo', undefined, { ...auth(host), Origin: origin });
      expect(response.status, origin).toBe(403);
      expect(await readWire(response)).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    }
  });

  it('opens the event stream only with a ticket it issued, once, within 30 s: not with none, a forged one, the token, or a used one', async () => {
    const host = await start();
    const ticket = async () => ((await (await fetch(`${host.url}api/events/ticket`, { method: 'POST', headers: auth(host) })).json()) as { ticket: string }).ticket;
    for (const offered of ['', '?ticket=', '?ticket=forged', `?ticket=${host.token}`]) {
      expect((await fetch(`${host.url}api/events${offered}`)).status, offered).toBe(401);
    }
    const used = await ticket();
    const controller = new AbortController();
    expect((await fetch(`${host.url}api/events?ticket=${used}`, { signal: controller.signal })).status).toBe(200);
    controller.abort();
    expect((await fetch(`${host.url}api/events?ticket=${used}`)).status).toBe(401);

    const late = await ticket();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 31_000);
    expect((await fetch(`${host.url}api/events?ticket=${late}`)).status).toBe(401);
  });

  it('serves nothing outside the renderer\'s folder, however the path is spelled, and takes no writes there', async () => {
    const host = await start();
    for (const target of ['/../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/%2E%2E/%2E%2E/etc/passwd', '//../secret.txt', '/index.html%00.png']) {
      const reply = await raw(host, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`);
      expect(reply.body, target).not.toContain('outside the renderer');
      expect(reply.body, target).not.toContain('root:');
      expect([400, 404], target).toContain(reply.status);
    }
    for (const method of ['PUT', 'DELETE', 'POST']) {
      const reply = await raw(host, `${method} /index.html HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nContent-Length: 4\r\n\r\nevil`);
      expect(reply.status, method).toBe(405);
    }
    expect(await (await fetch(host.url)).text()).toContain(rendererMarker);
  });

  it('answers malformed and unknown calls with a reason, and keeps what was saved', async () => {
    const host = await start();
    const saved = (await readWire(await invoke(host, 'pages:import', { fileName: 'p1.jpg', bytes: birthFormBytes() }, auth(host)))) as Result<ImportedFile>;
    const sha256 = saved.ok ? saved.value.pages[0]!.sha256 : '';

    const notJson = await fetch(`${host.url}api/invoke/app:getInfo`, { method: 'POST', headers: auth(host), body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(await readWire(notJson)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    // a form whose JSON refers to bytes it does not carry
    const form = new FormData();
    form.set('json', JSON.stringify({ fileName: 'p1.jpg', bytes: { $part: 0 } }));
    const missingPart = await fetch(`${host.url}api/invoke/pages:import`, { method: 'POST', headers: auth(host), body: form });
    expect(missingPart.status).toBe(400);
    expect(await readWire(missingPart)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const brokenForm = await fetch(`${host.url}api/invoke/pages:import`, { method: 'POST', headers: { ...auth(host), 'Content-Type': 'multipart/form-data; boundary=x' }, body: '--x\r\nbroken' });
    expect(brokenForm.status).toBe(400);
    // a payload of the wrong shape, a path where a page's hash goes
    expect(await readWire(await invoke(host, 'pages:getImage', { sha256: '../../etc/passwd' }, auth(host)))).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await readWire(await invoke(host, 'fs:read', { path: '/etc/passwd' }, auth(host)))).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect((await fetch(`${host.url}api/invoke/app:getInfo`, { headers: auth(host) })).status).toBe(404);
    // a dot-segment out of the API lands on the static files, which take no POST
    const escaped = await raw(host, `POST /api/invoke/../../secret.txt HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer ${host.token}\r\nContent-Length: 4\r\n\r\nnull`);
    expect(escaped.status).toBe(405);
    expect(escaped.body).not.toContain('outside the renderer');

    const image = (await readWire(await invoke(host, 'pages:getImage', { sha256 }, auth(host)))) as Result<{ bytes: Uint8Array }>;
    expect(image.ok && Buffer.from(image.value.bytes).equals(birthFormBytes())).toBe(true);
  });

  it('answers 413 to a body declared too large before any of it arrives, and closes the connection', async () => {
    const host = await start();
    const reply = await closedAfter(host, `POST /api/invoke/pages:import HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer ${host.token}\r\nContent-Type: application/json\r\nContent-Length: ${400 * 1024 * 1024}\r\n\r\n`);
    expect(reply).toEqual({ status: 413, closed: true });
    expect(await readWire(await invoke(host, 'app:getInfo', undefined, auth(host)))).toMatchObject({ ok: true, value: { host: 'web' } });
  });

  it('stops reading a body sent without a length once it passes the limit, and answers 413', { timeout: 60_000 }, async () => {
    const host = await start();
    const chunk = Buffer.alloc(4 * 1024 * 1024, 0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // far past the limit (200 MB and the envelope's room): the host must stop first
        if (sent > 600 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
        sent += chunk.length;
      },
    });
    const response = await fetch(`${host.url}api/invoke/app:getInfo`, { method: 'POST', headers: { ...auth(host), 'Content-Type': 'application/json' }, body, duplex: 'half' } as RequestInit).catch(() => null);
    // Depending on when the closed connection is noticed, the client sees the 413 or a reset; either way it was not all read.
    if (response) expect(response.status).toBe(413);
    expect(sent).toBeLessThan(600 * 1024 * 1024);
    expect(await readWire(await invoke(host, 'app:getInfo', undefined, auth(host)))).toMatchObject({ ok: true });
  });

  it('refuses oversized headers', async () => {
    const host = await start();
    const reply = await raw(host, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Filler: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    expect(reply.status).toBe(431);
  });
});
