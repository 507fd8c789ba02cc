// The single entry from either transport into the services: validate, call, wrap.
import {
  isMethodChannel, methodInputSchemas,
  type MethodChannel, type MethodOutputs, type Result, type ValidMethodInput,
} from '../../shared/api/app-api.ts';
import { AppError, appErrorPayload } from '../../shared/api/app-error.ts';
import { errorResult, okResult } from '../../shared/api/transport.ts';

export type AppApiHandlers = {
  [C in MethodChannel]: (input: ValidMethodInput<C>) => Promise<MethodOutputs[C]>;
};

export async function dispatch(handlers: AppApiHandlers, channel: string, input: unknown): Promise<Result<unknown>> {
  if (!isMethodChannel(channel)) return errorResult(appErrorPayload('unknown-channel', { channel: channel.slice(0, 64) }));
  const parsed = methodInputSchemas[channel].safeParse(input);
  if (!parsed.success) {
    // Paths and messages only: a received value may be a citizen's personal data and is never echoed or logged.
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
    return errorResult(appErrorPayload('invalid-payload', { detail }));
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return okResult(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppError) return errorResult(error.toPayload());
    console.error(`[sohoa] ${channel} failed:`, error instanceof Error ? error.stack : error);
    return errorResult(appErrorPayload('internal', { detail: error instanceof Error ? error.message : 'unknown' }));
  }
}
