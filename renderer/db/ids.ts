import { v7 } from 'uuid';

/** Time-ordered UUIDs (v7): made on the client, never auto-incremented, safe to merge across PCs. */
export function newId(): string {
  return v7();
}
