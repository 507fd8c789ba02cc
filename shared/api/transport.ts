// What both transports (IPC and HTTP) share. Kept apart from app-api.ts so that the sandboxed preload
// bundles no validation library.
import { AppError, isAppErrorPayload, type AppErrorPayload } from './app-error.ts';
import type { Result } from './app-api.ts';

/** IPC channel on which the Node side pushes events to the renderer. */
export const eventChannel = 'app:event';

export function okResult<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function errorResult(error: AppErrorPayload): Result<never> {
  return { ok: false, error };
}

/** Turns a transport's answer back into a value or a thrown AppError. */
export function unwrapResult<T>(result: unknown): T {
  if (typeof result === 'object' && result !== null && 'ok' in result) {
    const r = result as Result<T>;
    if (r.ok) return r.value;
    if (isAppErrorPayload(r.error)) throw new AppError(r.error);
  }
  throw AppError.of('internal', { detail: 'malformed response' });
}
