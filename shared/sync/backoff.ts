// When to try again after the API failed or could not be reached: exponential backoff with full jitter
// (a uniform wait between zero and the exponential ceiling, so that a commune's PCs coming back online
// do not all retry in the same second), capped at 5 minutes, never sooner than the server's Retry-After.

export const backoffBaseMs = 2_000;
export const backoffCapMs = 5 * 60 * 1000;

/** The wait before attempt `attempt + 1` (attempt 0: the first failure); `random` draws in [0, 1). */
export function retryDelayMs(attempt: number, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(backoffCapMs, backoffBaseMs * 2 ** Math.min(attempt, 30));
  const jittered = Math.floor(random() * ceiling);
  return Math.min(backoffCapMs, Math.max(jittered, retryAfterMs ?? 0));
}

/** Retry-After as the server wrote it (seconds, or an HTTP date), in milliseconds from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
