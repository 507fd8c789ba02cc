import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { methodChannels } from '../../shared/api/app-api.ts';
import { registerIpcHandlers } from '../../electron/ipc.ts';
import type { AppApiHandlers } from '../../electron/services/dispatch.ts';

type Listener = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, input: unknown) => Promise<unknown>;

function setup() {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
  const getInfo = vi.fn(() => Promise.resolve({ version: '1', host: 'electron' as const, dataDir: '/d', runtime: 'Node 22' }));
  const handlers = { 'app:getInfo': getInfo } as unknown as AppApiHandlers;
  registerIpcHandlers(ipcMain as unknown as IpcMain, handlers);
  const call = (channel: string, frame: unknown, input?: unknown) =>
    listeners.get(channel)!({ senderFrame: frame } as Pick<IpcMainInvokeEvent, 'senderFrame'>, input);
  return { listeners, getInfo, call };
}

const appFrame = { url: 'app://sohoa/index.html', parent: null };

describe('IPC handlers', () => {
  it('registers every channel of the contract', () => {
    expect([...setup().listeners.keys()].sort()).toEqual([...methodChannels].sort());
  });

  it('answers the app page', async () => {
    const { call, getInfo } = setup();
    expect(await call('app:getInfo', appFrame)).toEqual({ ok: true, value: { version: '1', host: 'electron', dataDir: '/d', runtime: 'Node 22' } });
    expect(getInfo).toHaveBeenCalledOnce();
  });

  it.each([
    ['a remote page', { url: 'https://evil.example/', parent: null }],
    ['a file: page', { url: 'file:///tmp/x.html', parent: null }],
    ['a subframe of the app', { url: 'app://sohoa/index.html', parent: appFrame }],
    ['a destroyed frame', null],
  ])('refuses %s', async (_name, frame) => {
    const { call, getInfo } = setup();
    expect(await call('app:getInfo', frame)).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(getInfo).not.toHaveBeenCalled();
  });

  it('validates the payload of a trusted sender too', async () => {
    const { call } = setup();
    expect(await call('pages:getImage', appFrame, { sha256: '../x' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
