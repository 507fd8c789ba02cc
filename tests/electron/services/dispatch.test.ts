import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/api/app-error.ts';
import { dispatch, type AppApiHandlers } from '../../../electron/services/dispatch.ts';

function handlers(overrides: Partial<AppApiHandlers> = {}): AppApiHandlers {
  const unused = () => Promise.reject(new Error('not used'));
  return {
    'app:getInfo': () => Promise.resolve({ version: '1', host: 'web', dataDir: '/d', runtime: 'Node 22' }),
    'pages:import': unused,
    'pages:getImage': unused,
    'pages:watchFolder': unused,
    'ocr:extractPage': unused,
    'ocr:cancel': unused,
    'places:getPack': unused,
    'names:getSurnames': unused,
    'sync:getSettings': unused,
    'sync:configure': unused,
    'sync:health': unused,
    'sync:uploadPage': unused,
    'sync:sendBatch': unused,
    'places:installPack': unused,
    'journal:append': unused,
    'journal:books': unused,
    'journal:readBook': unused,
    'team:getProfiles': unused,
    'team:saveProfile': unused,
    'team:retireProfile': unused,
    'team:adoptProfiles': unused,
    'team:checkPin': unused,
    ...overrides,
  };
}

describe('dispatch', () => {
  it('calls the handler with the validated input', async () => {
    const getImage = vi.fn(() => Promise.resolve({ mimeType: 'image/png', bytes: new Uint8Array([1]) }));
    const result = await dispatch(handlers({ 'pages:getImage': getImage }), 'pages:getImage', { sha256: 'a'.repeat(64) });
    expect(result).toEqual({ ok: true, value: { mimeType: 'image/png', bytes: new Uint8Array([1]) } });
    expect(getImage).toHaveBeenCalledWith({ sha256: 'a'.repeat(64) });
  });

  it('refuses a channel outside the contract', async () => {
    const result = await dispatch(handlers(), 'fs:readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch(handlers(), '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it.each([
    ['a wrong type', { sha256: 42 }],
    ['a path instead of a hash', { sha256: '../../etc/passwd' }],
    ['an extra property', { sha256: 'a'.repeat(64), path: '/etc' }],
    ['no input', undefined],
  ])('refuses %s before any handler runs, without echoing the value', async (_name, input) => {
    const getImage = vi.fn();
    const result = await dispatch(handlers({ 'pages:getImage': getImage }), 'pages:getImage', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(getImage).not.toHaveBeenCalled();
    expect(JSON.stringify(result)).not.toContain('/etc');
  });

  it('carries an AppError through as data and hides other failures behind "internal"', async () => {
    const appFailure = handlers({ 'app:getInfo': () => Promise.reject(AppError.of('ocr-failed', { detail: 'x' })) });
    expect(await dispatch(appFailure, 'app:getInfo', undefined)).toMatchObject({ ok: false, error: { code: 'ocr-failed' } });
    const crash = handlers({ 'app:getInfo': () => Promise.reject(new TypeError('boom')) });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await dispatch(crash, 'app:getInfo', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
