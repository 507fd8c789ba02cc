// The preload runs sandboxed in Electron; here `electron` is a recording fake, and the test checks what
// the page gets: one `sohoa` object that forwards to IPC and filters pushed events by name.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppApi } from '../../shared/api/app-api.ts';
import { eventChannel } from '../../shared/api/transport.ts';

type Handler = (event: unknown, name: string, payload: unknown) => void;

describe('preload', () => {
  afterEach(() => {
    vi.doUnmock('electron');
    vi.resetModules();
  });

  async function load() {
    const exposed: Record<string, unknown> = {};
    const handlers = new Set<Handler>();
    const invoke = vi.fn((_channel: string, _input: unknown) => Promise.resolve({ ok: true, value: 'answer' }));
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: {
        invoke,
        on: (channel: string, handler: Handler) => channel === eventChannel && handlers.add(handler),
        removeListener: (_channel: string, handler: Handler) => handlers.delete(handler),
      },
    }));
    await import('../../electron/preload.ts');
    return { api: exposed.sohoa as AppApi, exposedKeys: Object.keys(exposed), invoke, handlers };
  }

  it('exposes only the AppApi, forwarding calls to IPC with their channel', async () => {
    const { api, exposedKeys, invoke } = await load();
    expect(exposedKeys).toEqual(['sohoa']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(await api.invoke('pages:getImage', { sha256: 'a'.repeat(64) })).toEqual({ ok: true, value: 'answer' });
    expect(invoke).toHaveBeenCalledWith('pages:getImage', { sha256: 'a'.repeat(64) });
  });

  it('delivers only the events a listener asked for, until it unsubscribes', async () => {
    const { api, handlers } = await load();
    const listener = vi.fn();
    const unsubscribe = api.on('ocr:progress', listener);
    for (const handler of handlers) {
      handler({}, 'ocr:progress', { sha256: 'x', status: 'recognizing text', progress: 0.5 });
      handler({}, 'sync:state', { state: 'online' });
    }
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ sha256: 'x', status: 'recognizing text', progress: 0.5 });
    unsubscribe();
    expect(handlers.size).toBe(0);
  });
});
