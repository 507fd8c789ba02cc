// The Node side's calls to the civil-status API (docs/api/civil-status-v1.openapi.json), to the address
// configured and nowhere else. Each answers with what came of it (SendOutcome) rather than throwing: no
// answer, a status to retry, a sign-in needed, a batch too large, a refusal. A call that hangs is given up
// after a timeout and counts as no answer.
import type { HealthCheck, PageUploadOutcome, SignIn } from '../../shared/api/app-api.ts';
import { AppError } from '../../shared/api/app-error.ts';
import { parseRetryAfter } from '../../shared/sync/backoff.ts';
import type { LocalizedText } from '../../shared/domain/record-kinds.ts';
import { outcomeOfStatus, type SendOutcome } from '../../shared/sync/outbox.ts';
import { apiVersion, healthSchema, type BatchItem, type ItemResult } from '../../shared/sync/protocol.ts';
import type { PageStore } from './page-store.ts';
import type { SyncSettingsStore } from './sync-settings.ts';

export interface SyncClientOptions {
  healthTimeoutMs?: number;
  batchTimeoutMs?: number;
  pageTimeoutMs?: number;
}

export interface SyncClient {
  health(): Promise<HealthCheck>;
  uploadPage(sha256: string): Promise<PageUploadOutcome>;
  sendBatch(items: BatchItem[]): Promise<SendOutcome>;
}

const noAnswer = { kind: 'transient', status: null } as const;

/**
 * Every request to the API refuses a redirect (it fails, and counts as no answer): a server answering 307
 * to another address would otherwise have the batch, citizens' names in it, posted there.
 */
function apiFetch(url: string, init: RequestInit): Promise<Response> {
  return fetch(url, { ...init, redirect: 'error' });
}

async function messageOf(response: Response): Promise<LocalizedText> {
  try {
    const body = (await response.json()) as { error?: Partial<LocalizedText> };
    if (typeof body.error?.vi === 'string' && typeof body.error.en === 'string') return { vi: body.error.vi, en: body.error.en };
  } catch {
    // no JSON body: say the status
  }
  return { vi: `Máy chủ từ chối (${response.status}).`, en: `The server refused (${response.status}).` };
}

async function failure(response: Response): Promise<Exclude<SendOutcome, { kind: 'answered' }>> {
  return outcomeOfStatus(response.status, await messageOf(response), parseRetryAfter(response.headers.get('retry-after'), Date.now()));
}

/** The results of a batch, if the answer is one result per item in order; else null (an answer not to trust). */
function resultsFor(items: readonly BatchItem[], body: unknown): ItemResult[] | null {
  const results = (body as { results?: unknown } | null)?.results;
  if (!Array.isArray(results) || results.length !== items.length) return null;
  const statuses = ['accepted', 'duplicate', 'conflict', 'invalid'];
  const sound = results.every((r: { opId?: unknown; status?: unknown }, i) => r.opId === items[i]!.opId && statuses.includes(String(r.status)));
  return sound ? (results as ItemResult[]) : null;
}

// A page no scan has: asking for it answers 404 to a token the API takes and 401 to one it does not,
// and stores nothing.
const noPage = '0'.repeat(64);

/** Whether the API takes the token, asked with a request that changes nothing. */
async function signInOf(base: string, token: string | null, timeoutMs: number): Promise<SignIn> {
  if (token === null) return 'none';
  const response = await apiFetch(`${base}/pages/${noPage}`, { method: 'HEAD', headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(timeoutMs) });
  return response.status === 401 || response.status === 403 ? 'refused' : 'accepted';
}

export function createSyncClient(settings: SyncSettingsStore, pages: PageStore, options: SyncClientOptions = {}): SyncClient {
  const { healthTimeoutMs = 10_000, batchTimeoutMs = 60_000, pageTimeoutMs = 120_000 } = options;

  async function target(): Promise<{ base: string; token: string | null }> {
    const { apiUrl, token } = await settings.current();
    if (apiUrl === null) throw AppError.of('sync-not-configured');
    return { base: `${apiUrl}/${apiVersion}`, token };
  }

  return {
    async health() {
      const { base, token } = await target();
      const started = performance.now();
      // Asked beside the health check, so that a slow API answers both in one round trip.
      const signIn = signInOf(base, token, healthTimeoutMs).catch(() => null);
      try {
        const response = await apiFetch(`${base}/health`, { signal: AbortSignal.timeout(healthTimeoutMs) });
        const parsed = response.ok ? healthSchema.safeParse(await response.json()) : null;
        if (!parsed?.success) return { reachable: false, status: response.status };
        const roundTripMs = Math.round(performance.now() - started);
        const answered = await signIn;
        if (answered === null) return { reachable: false, status: null };
        return { reachable: true, serverTime: parsed.data.time, version: parsed.data.version, roundTripMs, signIn: answered };
      } catch {
        return { reachable: false, status: null };
      }
    },

    async uploadPage(sha256) {
      const { base, token } = await target();
      if (token === null) return { kind: 'unauthorized' };
      const headers = { authorization: `Bearer ${token}` };
      try {
        const known = await apiFetch(`${base}/pages/${sha256}`, { method: 'HEAD', headers, signal: AbortSignal.timeout(healthTimeoutMs) });
        if (known.status === 200) return { kind: 'stored' };
        if (known.status !== 404) return await failure(known);
        // Read through the page store, which sends nothing that no longer has the SHA-256 it is kept under.
        const { bytes } = await pages.readImage(sha256);
        const put = await apiFetch(`${base}/pages/${sha256}`, { method: 'PUT', headers: { ...headers, 'content-type': 'application/octet-stream' }, body: bytes as Uint8Array<ArrayBuffer>, signal: AbortSignal.timeout(pageTimeoutMs) });
        return put.ok ? { kind: 'stored' } : await failure(put);
      } catch (error) {
        if (error instanceof AppError) throw error;
        return noAnswer;
      }
    },

    async sendBatch(items) {
      const { base, token } = await target();
      if (token === null) return { kind: 'unauthorized' };
      try {
        const response = await apiFetch(`${base}/entries:batch`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ items }),
          signal: AbortSignal.timeout(batchTimeoutMs),
        });
        if (!response.ok) return await failure(response);
        const results = resultsFor(items, await response.json());
        // An answer that does not account for each item is no answer: the items are sent again, same opIds.
        return results ? { kind: 'answered', results } : { kind: 'transient', status: response.status };
      } catch {
        return noAnswer;
      }
    },
  };
}
