// Browser mode: the same services as Electron, over HTTP on 127.0.0.1, for machines where Electron cannot
// run and for end-to-end tests in Chromium. Every request needs the per-launch token: the printed URL
// carries it once (`/?token=…`), after which an HttpOnly, SameSite=Strict cookie does; scripts may send it
// as a Bearer header. The Host and Origin checks stop DNS-rebinding and cross-site requests.
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

export const tokenCookie = 'sohoa_token';
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

function cookieToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === tokenCookie) return rest.join('=');
  }
  return null;
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

function sendUnauthorizedPage(res: ServerResponse): void {
  const { vi, en } = appErrorPayload('unauthorized');
  res.writeHead(401, { ...securityHeaders, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`<!doctype html><html lang="vi"><meta charset="utf-8"><title>SoHoa</title><h1>SoHoa</h1><p>${vi}</p><p lang="en">${en}</p></html>`);
}

class BodyTooLarge extends Error {}

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

  const isAuthorized = (req: IncomingMessage): boolean => {
    const presented = bearerToken(req) ?? cookieToken(req);
    return presented !== null && sameSecret(presented, token);
  };

  async function handleInvoke(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      sendError(res, 403, appErrorPayload('untrusted-sender'));
      return;
    }
    let input: unknown;
    try {
      input = await readWire(req, await readBody(req, maxBodyBytes));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendError(res, 413, appErrorPayload('payload-too-large', { limit: formatBytes(maxBodyBytes) }));
        req.resume();
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

    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && url.pathname === '/' && offered !== null) {
      if (!sameSecret(offered, token)) {
        sendUnauthorizedPage(res);
        return;
      }
      res.writeHead(303, {
        ...securityHeaders,
        'Set-Cookie': `${tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }

    const isApi = url.pathname.startsWith('/api/');
    if (!isAuthorized(req)) {
      if (isApi) sendError(res, 401, appErrorPayload('unauthorized'));
      else sendUnauthorizedPage(res);
      return;
    }

    if (isApi) {
      const invoke = /^\/api\/invoke\/([a-z]+:[a-zA-Z]+)$/.exec(url.pathname);
      if (invoke && req.method === 'POST') return handleInvoke(req, res, invoke[1]!);
      if (url.pathname === '/api/events' && req.method === 'GET') return handleEvents(req, res);
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

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];

  return {
    url: `${origin}/`,
    launchUrl: `${origin}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
