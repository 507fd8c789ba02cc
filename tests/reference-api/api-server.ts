// The reference civil-status API: a real HTTP server that implements docs/api/civil-status-v1.openapi.json,
// keeps what it acknowledged on disk (api-store.ts), checks bearer tokens and every payload, and injects
// the faults it is told to (api-faults.ts), so that sync is tested against what a slow, failing national
// system does. `npm run api -- --port P --data DIR [--faults SPEC] [--token T]` runs it.
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

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
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
    if (token === undefined || !options.tokens.includes(token)) {
      return send(response, 401, problem('Cần đăng nhập lại.', 'Sign-in required.'), { 'www-authenticate': 'Bearer' });
    }

    const page = new RegExp(`^/${apiVersion}/pages/([0-9a-f]{64})$`).exec(url.pathname);
    if (page && request.method === 'HEAD') return send(response, (await store.hasPage(page[1]!)) ? 200 : 404);
    if (page && request.method === 'PUT') {
      const bytes = await readBody(request, maxPageBytes);
      if (!(await store.putPage(page[1]!, bytes))) return send(response, 422, problem('Nội dung không khớp mã SHA-256.', 'The bytes do not match the SHA-256.'));
      return send(response, 204);
    }

    if (route === `GET /${apiVersion}/entries`) return send(response, 200, { entries: store.list() });

    if (route === `POST /${apiVersion}/entries:batch`) {
      const text = (await readBody(request, maxBatchBytes)).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return send(response, 400, problem('Nội dung không phải JSON.', 'The body is not JSON.'));
      }
      const items = (json as { items?: unknown }).items;
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
      else send(response, 500, problem('Lỗi máy chủ.', 'Server error.', { detail: error instanceof Error ? error.message : String(error) }));
    });
  });
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
