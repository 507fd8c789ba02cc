import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, guardDownloads, guardWebContents } from '../../../electron/security/window-guards.ts';

type OpenHandler = (details: { url: string }) => { action: string };

function fakeContents() {
  const emitter = new EventEmitter() as EventEmitter & { openHandler?: OpenHandler; setWindowOpenHandler(h: OpenHandler): void };
  emitter.setWindowOpenHandler = (h) => {
    emitter.openHandler = h;
  };
  return emitter;
}

function navigationEvent() {
  return { preventDefault: vi.fn() };
}

describe('window guards', () => {
  it('keeps navigation inside app://sohoa and denies webviews', () => {
    const contents = fakeContents();
    guardWebContents(contents as unknown as WebContents, () => Promise.resolve());
    for (const [channel, url, blocked] of [
      ['will-navigate', 'https://example.com/', true],
      ['will-navigate', 'file:///etc/passwd', true],
      ['will-redirect', 'http://127.0.0.1:9/', true],
      ['will-navigate', 'app://sohoa/index.html#/books', false],
    ] as const) {
      const event = navigationEvent();
      contents.emit(channel, event, url);
      expect(event.preventDefault).toHaveBeenCalledTimes(blocked ? 1 : 0);
    }
    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('opens no new window, and hands only allow-listed links to the OS browser', () => {
    const contents = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    guardWebContents(contents as unknown as WebContents, openExternal);
    expect(contents.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'app://sohoa/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(contents.openHandler!({ url: 'https://github.com/sohoa' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://github.com/sohoa');
  });

  it('saves only files the app made itself, and cancels any other download', () => {
    const session = new EventEmitter();
    guardDownloads(session as unknown as Session);
    for (const [url, cancelled] of [
      ['blob:app://sohoa/6f1c2a9e-0000-4000-8000-000000000001', false],
      ['blob:https://evil.example/6f1c2a9e', true],
      ['https://evil.example/package.zip', true],
      ['app://sohoa/index.html', true],
    ] as const) {
      const event = navigationEvent();
      session.emit('will-download', event, { getURL: () => url });
      expect(event.preventDefault).toHaveBeenCalledTimes(cancelled ? 1 : 0);
    }
  });

  it('grants no permission', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: (...args: unknown[]) => unknown) => (handlers.request = h),
      setPermissionCheckHandler: (h: (...args: unknown[]) => unknown) => (handlers.check = h),
      setDevicePermissionHandler: (h: (...args: unknown[]) => unknown) => (handlers.device = h),
    };
    denyAllPermissions(session as unknown as Session);
    const callback = vi.fn();
    handlers.request!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(handlers.check!({}, 'geolocation')).toBe(false);
    expect(handlers.device!({})).toBe(false);
  });
});
