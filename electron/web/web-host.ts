// Browser mode: the same services as Electron, over HTTP on 127.0.0.1, for machines where Electron cannot
// run and for end-to-end tests in Chromium. Every API call needs the per-launch token as a Bearer header.
// The printed URL carries it in its fragment (`/#token=…`), which browsers never send, and the page keeps it
// for its tab (renderer/platform/session-token.ts): a cookie would go to every server on 127.0.0.1,
// whatever its port. The event stream, which cannot send a header, opens with a ticket good once, for
// 30 s. The app's own files hold no data and are served to anyone who may reach 127.0.0.1. The Host and
// Origin checks stop DNS-rebinding and cross-site requests.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appErrorPayload, formatBytes, type AppErrorPayload } from '../../shared/api/app-error.ts';
import { packWire, unpackWire, wireJsonField, type WireMessage } from '../../shared/api/wire-codec.ts';
import { errorResult } from '../../shared/api/transport.ts';
import { maxImageFileBytes } from '../../shared/pages/image-policy.ts';
import { securityHeaders } from '../security/content-security-policy.ts';
import { readStaticFile } from '../security/static-files.ts';
import { dispatch, type AppApiHandlers } from '../services/dispatch.ts';
import type { EventHub } from '../services/event-hub.ts';

// A scan travels as bytes beside its JSON (shared/api/wire-codec.ts); the rest is room for the envelope and
// for a journal batch or a place pack, which travel as JSON.
const maxBodyBytes = maxImageFileBytes + 16 * 1024 * 1024;

export interface WebHostOptions {
  rendererDir: string;
  handlers: AppApiHandlers;
  events: EventHub;
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  /** the URL to open once: it carries the token */
  launchUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
  return match?.[1] ?? null;
}

function sendJson(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, error: AppErrorPayload): void {
  sendJson(res, status, JSON.stringify(errorResult(error)));
}

/** A result as JSON alone, or with its byte arrays as a multipart form, which the platform's Response writes. */
async function sendWire(res: ServerResponse, value: unknown): Promise<void> {
  const { json, parts } = packWire(value);
  if (parts.length === 0) {
    sendJson(res, 200, json);
    return;
  }
  const form = new FormData();
  form.set(wireJsonField, json);
  parts.forEach((part, index) => form.set(String(index), new Blob([part as Uint8Array<ArrayBuffer>])));
  const encoded = new Response(form);
  res.writeHead(200, { ...securityHeaders, 'Content-Type': encoded.headers.get('Content-Type')!, 'Cache-Control': 'no-store' });
  res.end(new Uint8Array(await encoded.arrayBuffer()));
}

/** A request body back into its payload; the platform's Request reads a multipart form. */
async function readWire(req: IncomingMessage, body: Buffer): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return unpackWire({ json: body.toString('utf8'), parts: [] });
  const form = await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'Content-Type': type }, body: body as Uint8Array<ArrayBuffer> }).formData();
  const json = form.get(wireJsonField);
  const message: WireMessage = { json: typeof json === 'string' ? json : '', parts: [] };
  for (let index = 0; form.has(String(index)); index++) {
    message.parts.push(new Uint8Array(await (form.get(String(index)) as Blob).arrayBuffer()));
  }
  return unpackWire(message);
}

class BodyTooLarge extends Error {}

const ticketLifetimeMs = 30_000;
const requestTimeoutMs = 120_000;
const headersTimeoutMs = 20_000;

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newToken();
  let origin = '';
  let allowedHosts: string[] = [];

  /** event-stream tickets and when each stops being good */
  const tickets = new Map<string, number>();

  const isAuthorized = (req: IncomingMessage): boolean => {
    const presented = bearerToken(req);
    return presented !== null && sameSecret(presented, token);
  };

  /** A call from a page of this host, under either name it answers to (127.0.0.1 or localhost), or from a script (no Origin). */
  const fromThisHost = (req: IncomingMessage): boolean => req.headers.origin === undefined || allowedHosts.some((host) => req.headers.origin === `http://${host}`);

  function issueTicket(res: ServerResponse): void {
    const now = Date.now();
    for (const [ticket, until] of tickets) if (until <= now) tickets.delete(ticket);
    const ticket = newToken();
    tickets.set(ticket, now + ticketLifetimeMs);
    sendJson(res, 200, JSON.stringify({ ticket }));
  }

  /** A ticket is good once, within its lifetime. */
  function takeTicket(offered: string | null): boolean {
    if (offered === null) return false;
    const until = tickets.get(offered);
    tickets.delete(offered);
    return until !== undefined && until > Date.now();
  }

  async function handleInvoke(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    let input: unknown;
    try {
      input = await readWire(req, await readBody(req, maxBodyBytes));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        // answered before the body is read, and the connection closed: reading it would only feed the sender
        res.setHeader('Connection', 'close');
        sendError(res, 413, appErrorPayload('payload-too-large', { limit: formatBytes(maxBodyBytes) }));
        return;
      }
      sendError(res, 400, appErrorPayload('invalid-payload', { detail: 'body is neither JSON nor a form of JSON and bytes' }));
      return;
    }
    await sendWire(res, await dispatch(options.handlers, channel, input));
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = options.events.subscribe((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    req.on('close', unsubscribe);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      res.writeHead(421, { ...securityHeaders, 'Content-Type': 'text/plain' });
      res.end('Misdirected request');
      return;
    }
    const url = new URL(req.url ?? '/', origin);

    if (url.pathname.startsWith('/api/')) {
      if (!fromThisHost(req)) {
        sendError(res, 403, appErrorPayload('untrusted-sender'));
        return;
      }
      if (url.pathname === '/api/events' && req.method === 'GET') {
        if (takeTicket(url.searchParams.get('ticket'))) handleEvents(req, res);
        else sendError(res, 401, appErrorPayload('unauthorized'));
        return;
      }
      if (!isAuthorized(req)) {
        sendError(res, 401, appErrorPayload('unauthorized'));
        return;
      }
      if (url.pathname === '/api/events/ticket' && req.method === 'POST') return issueTicket(res);
      const invoke = /^\/api\/invoke\/([a-z]+:[a-zA-Z]+)$/.exec(url.pathname);
      if (invoke && req.method === 'POST') return handleInvoke(req, res, invoke[1]!);
      sendError(res, 404, appErrorPayload('unknown-channel', { channel: url.pathname.slice(0, 64) }));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...securityHeaders, Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    res.writeHead(file.status, { ...securityHeaders, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[sohoa] web host error:', error instanceof Error ? error.stack : error);
      if (!res.headersSent) sendError(res, 500, appErrorPayload('internal', { detail: 'web host' }));
      else res.end();
    });
  });

  // A whole scan crosses loopback in well under a second; a request still arriving after this is stalled.
  server.requestTimeout = requestTimeoutMs;
  server.headersTimeout = headersTimeoutMs;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];

  return {
    url: `${origin}/`,
    launchUrl: `${origin}/#token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
