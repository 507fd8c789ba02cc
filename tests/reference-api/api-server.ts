// The reference civil-status API: a real HTTP server that implements docs/api/civil-status-v1.openapi.json,
// keeps what it acknowledged on disk (api-store.ts), checks bearer tokens and every payload, and injects
// the faults it is told to (api-faults.ts), so that sync is tested against what a slow, failing national
// system does. `npm run api -- --port P --data DIR [--faults SPEC] [--token T]` runs it.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { apiVersion, batchRequestSchema, maxBatchItems, type BatchResponse, type Health } from '../../shared/sync/protocol.ts';
import { ApiStore } from './api-store.ts';
import { faultDrawer, noFaults, type FaultSpec } from './api-faults.ts';

const maxBatchBytes = 32 * 1024 * 1024;
const maxPageBytes = 200 * 1024 * 1024;

export interface ReferenceApiOptions {
  dataDir: string;
  /** bearer tokens it accepts */
  tokens: readonly string[];
  faults?: FaultSpec;
}

export interface ReferenceApi {
  url: string;
  close: () => Promise<void>;
}

class TooLarge extends Error {}

/** A body stalled mid-way is given up after this long (Node answers 408 and closes the connection). */
const requestTimeoutMs = 30_000;

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  // A length declared over the limit is refused before anything is read (or waited for).
  if (Number(request.headers['content-length'] ?? 0) > limit) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined) {
    response.writeHead(status, headers).end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}

const problem = (vi: string, en: string, extra: Record<string, unknown> = {}) => ({ error: { vi, en, ...extra } });

/** Compared in constant time, so that the time of an answer tells nothing of a token. */
function knownToken(token: string | undefined, tokens: readonly string[]): boolean {
  if (token === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return tokens.map((known) => timingSafeEqual(digest(known), digest(token))).includes(true);
}

/** A page image is one of the formats scans come in (JPEG, PNG, WebP, TIFF), told by its first bytes. */
function isImage(bytes: Buffer): boolean {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  return starts(0xff, 0xd8, 0xff) || starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) || starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)
    || (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP');
}

export async function startReferenceApi(options: ReferenceApiOptions, port = 0): Promise<ReferenceApi> {
  const store = await ApiStore.open(options.dataDir);
  const faults = options.faults ?? noFaults;
  const draw = faultDrawer(faults);
  const sockets = new Set<Socket>();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const fault = draw.next();
    if (fault === 'hang') return;
    if (fault === 'dropBefore') {
      request.socket.destroy();
      return;
    }
    const latency = draw.latency();
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    if (fault === 'status500') return send(response, 500, problem('Lỗi máy chủ.', 'Server error.'));
    if (fault === 'status503') return send(response, 503, problem('Máy chủ đang bận.', 'Service unavailable.'));
    if (fault === 'status429') return send(response, 429, problem('Quá nhiều yêu cầu.', 'Too many requests.'), { 'retry-after': String(faults.retryAfterSeconds) });

    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = `${request.method ?? ''} ${url.pathname}`;
    if (route === `GET /${apiVersion}/health`) {
      const health: Health = { status: 'ok', time: new Date(Date.now() + faults.clockOffsetSeconds * 1000).toISOString(), version: `reference-${apiVersion}` };
      return send(response, 200, health);
    }

    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!knownToken(token, options.tokens)) {
      return send(response, 401, problem('Cần đăng nhập lại.', 'Sign-in required.'), { 'www-authenticate': 'Bearer' });
    }

    const page = new RegExp(`^/${apiVersion}/pages/([0-9a-f]{64})$`).exec(url.pathname);
    if (page && request.method === 'HEAD') return send(response, (await store.hasPage(page[1]!)) ? 200 : 404);
    if (page && request.method === 'PUT') {
      const bytes = await readBody(request, maxPageBytes);
      if (!isImage(bytes)) return send(response, 415, problem('Nội dung không phải ảnh trang (JPEG, PNG, WebP hoặc TIFF).', 'The body is not a page image (JPEG, PNG, WebP or TIFF).'));
      if (!(await store.putPage(page[1]!, bytes))) return send(response, 422, problem('Nội dung không khớp mã SHA-256.', 'The bytes do not match the SHA-256.'));
      return send(response, 204);
    }

    if (route === `GET /${apiVersion}/entries`) return send(response, 200, { entries: store.list() });

    if (route === `POST /${apiVersion}/entries:batch`) {
      if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
        return send(response, 415, problem('Lô phải gửi dạng JSON (application/json).', 'A batch is sent as JSON (application/json).'));
      }
      const text = (await readBody(request, maxBatchBytes)).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return send(response, 400, problem('Nội dung không phải JSON.', 'The body is not JSON.'));
      }
      const items = typeof json === 'object' && json !== null ? (json as { items?: unknown }).items : undefined;
      if (Array.isArray(items) && items.length > (faults.maxBatch ?? maxBatchItems)) {
        return send(response, 413, problem('Lô quá lớn.', 'The batch is too large.', { maxItems: faults.maxBatch ?? maxBatchItems }));
      }
      const parsed = batchRequestSchema.safeParse(json);
      if (!parsed.success) {
        return send(response, 400, problem('Lô không đúng định dạng.', 'The batch is malformed.', { issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }));
      }
      const results = await store.applyBatch(parsed.data.items);
      if (fault === 'dropAfter') {
        request.socket.destroy();
        return;
      }
      const body: BatchResponse = { results };
      return send(response, 200, body);
    }
    return send(response, 404, problem('Không có địa chỉ này.', 'No such resource.'));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return;
      if (error instanceof TooLarge) send(response, 413, problem('Nội dung quá lớn.', 'The body is too large.'));
      else {
        // What went wrong stays in the server's log: an exception's text may quote what was sent.
        console.error(`[reference-api] ${request.method ?? ''} ${request.url ?? ''} failed: ${error instanceof Error ? error.name : typeof error}`);
        send(response, 500, problem('Lỗi máy chủ.', 'Server error.'));
      }
    });
  });
  server.requestTimeout = requestTimeoutMs;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // hung requests hold their sockets open: a stop cuts them
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
