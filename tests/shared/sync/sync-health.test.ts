import { describe, expect, it } from 'vitest';
import { clockSkewWarning, storageWarning } from '../../../shared/sync/sync-health.ts';

describe('clockSkewWarning', () => {
  it('warns past five minutes either way, saying which way our clock is off', () => {
    expect(clockSkewWarning(null)).toBeNull();
    expect(clockSkewWarning(4 * 60_000)).toBeNull();
    expect(clockSkewWarning(-5 * 60_000)).toBeNull();
    expect(clockSkewWarning(12 * 60_000)).toEqual({ minutes: 12, ahead: false });
    expect(clockSkewWarning(-3_600_000)).toEqual({ minutes: 60, ahead: true });
  });
});

describe('storageWarning', () => {
  const gb = 1024 ** 3;
  it('warns under 500 MB free or under a tenth of the quota, and not without an estimate', () => {
    expect(storageWarning(null)).toBeNull();
    expect(storageWarning({})).toBeNull();
    expect(storageWarning({ usage: 1 * gb, quota: 100 * gb })).toBeNull();
    expect(storageWarning({ usage: 95 * gb, quota: 100 * gb })).toEqual({ freeBytes: 5 * gb });
    const mb = 1024 ** 2;
    expect(storageWarning({ usage: 700 * mb, quota: 1000 * mb })).toEqual({ freeBytes: 300 * mb });
    expect(storageWarning({ usage: 200, quota: 100 })).toEqual({ freeBytes: 0 });
  });
});
