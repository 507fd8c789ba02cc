import { describe, expect, it } from 'vitest';
import { backoffBaseMs, backoffCapMs, parseRetryAfter, retryDelayMs } from '../../../shared/sync/backoff.ts';

describe('retryDelayMs', () => {
  it('draws a wait between zero and an exponential ceiling, capped at 5 minutes', () => {
    expect(retryDelayMs(0, () => 0)).toBe(0);
    expect(retryDelayMs(0, () => 0.999_999)).toBe(backoffBaseMs - 1);
    expect(retryDelayMs(3, () => 0.5)).toBe(backoffBaseMs * 4);
    expect(retryDelayMs(40, () => 0.999_999)).toBeLessThanOrEqual(backoffCapMs);
    expect(retryDelayMs(40, () => 0.999_999)).toBeGreaterThan(backoffCapMs - 1000);
  });

  it('never retries sooner than the server asked, nor later than the cap', () => {
    expect(retryDelayMs(0, () => 0, 30_000)).toBe(30_000);
    expect(retryDelayMs(10, () => 0.9, 1_000)).toBeGreaterThan(1_000);
    expect(retryDelayMs(0, () => 0, 3_600_000)).toBe(backoffCapMs);
  });

  it('spreads the retries of many clients over the whole window', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const waits = Array.from({ length: 1000 }, () => retryDelayMs(4, random));
    const ceiling = backoffBaseMs * 16;
    expect(Math.min(...waits)).toBeLessThan(ceiling * 0.05);
    expect(Math.max(...waits)).toBeGreaterThan(ceiling * 0.95);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
  });
});
