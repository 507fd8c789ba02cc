// What the clerk is warned of about sync and storage: a clock far from the server's (dates typed today
// and the audit's times would be wrong), and a disk or browser quota about to run out (entries could no
// longer be saved).

/** A clock more than this far from the server's is worth a warning (DESIGN: 5 minutes). */
export const clockSkewLimitMs = 5 * 60 * 1000;

export function clockSkewWarning(skewMs: number | null): { minutes: number; ahead: boolean } | null {
  if (skewMs === null || Math.abs(skewMs) <= clockSkewLimitMs) return null;
  // the server ahead of us means our clock is behind
  return { minutes: Math.round(Math.abs(skewMs) / 60_000), ahead: skewMs < 0 };
}

/** Less free room than this, or less than this share of the quota, is worth a warning. */
export const storageFloorBytes = 500 * 1024 * 1024;
export const storageFloorShare = 0.1;

export function storageWarning(estimate: { usage?: number; quota?: number } | null): { freeBytes: number } | null {
  if (!estimate?.quota) return null;
  const free = Math.max(0, estimate.quota - (estimate.usage ?? 0));
  return free < storageFloorBytes || free < estimate.quota * storageFloorShare ? { freeBytes: free } : null;
}
