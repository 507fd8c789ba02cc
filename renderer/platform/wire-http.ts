// The calls of browser mode over HTTP, in what both the browser and Node have (fetch, FormData), so
// scripts and tests call the host as the renderer does.
import type { MethodChannel, MethodInput, MethodOutputs, Result } from '../../shared/api/app-api.ts';
import { appErrorPayload } from '../../shared/api/app-error.ts';
import { errorResult } from '../../shared/api/transport.ts';
import { packWire, unpackWire, wireJsonField, type WireMessage } from '../../shared/api/wire-codec.ts';

/** A payload as a request body: JSON alone, or with its byte arrays as a multipart form (shared/api/wire-codec.ts). */
export function wireBody(input: unknown): { body: string | FormData; headers: Record<string, string> } {
  const { json, parts } = packWire(input);
  if (parts.length === 0) return { body: json, headers: { 'Content-Type': 'application/json' } };
  const form = new FormData();
  form.set(wireJsonField, json);
  parts.forEach((part, index) => form.set(String(index), new Blob([part as Uint8Array<ArrayBuffer>])));
  // fetch sets the multipart type with its boundary itself.
  return { body: form, headers: {} };
}

export async function readWire(response: Response): Promise<unknown> {
  if (!(response.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')) return unpackWire({ json: await response.text(), parts: [] });
  const form = await response.formData();
  const json = form.get(wireJsonField);
  const message: WireMessage = { json: typeof json === 'string' ? json : '', parts: [] };
  for (let index = 0; form.has(String(index)); index++) {
    message.parts.push(new Uint8Array(await (form.get(String(index)) as Blob).arrayBuffer()));
  }
  return unpackWire(message);
}

/** One call of the host's API; `init` adds what the caller needs (the renderer its cookie, scripts a Bearer header). */
export async function invokeOverHttp<C extends MethodChannel>(url: URL | string, input: MethodInput<C>, init: RequestInit = {}): Promise<Result<MethodOutputs[C]>> {
  const { body, headers } = wireBody(input);
  const response = await fetch(url, { ...init, method: 'POST', headers: { ...headers, ...(init.headers as Record<string, string> | undefined) }, body });
  try {
    return (await readWire(response)) as Result<MethodOutputs[C]>;
  } catch {
    return errorResult(appErrorPayload('network', { detail: `HTTP ${response.status}` }));
  }
}
