import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/api/app-error.ts';
import { checkApiUrl, SyncSettingsStore, type TokenProtection } from '../../../electron/services/sync-settings.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function dataDir() {
  const dir = await mkdtemp(path.join(tmpdir(), 'sohoa-sync-settings-'));
  dirs.push(dir);
  return dir;
}

// Stands in for the OS keystore: reversible, and never the token in clear.
const keystore: TokenProtection = {
  encrypt: (text) => Buffer.from([...Buffer.from(text)].map((b) => b ^ 0x5a)),
  decrypt: (bytes) => Buffer.from([...bytes].map((b) => b ^ 0x5a)).toString(),
};

describe('SyncSettingsStore', () => {
  it('saves settings given one right after another in the order given, the last one kept on disk', async () => {
    const dir = await dataDir();
    const store = new SyncSettingsStore(dir);
    const saving = ['https://a.example.vn', null, 'https://b.example.vn', 'https://c.example.vn'].map((apiUrl, i) => store.configure(apiUrl, `token-${i}`));
    expect((await Promise.all(saving)).map((s) => s.apiUrl)).toEqual(['https://a.example.vn', null, 'https://b.example.vn', 'https://c.example.vn']);
    expect(await new SyncSettingsStore(dir).current()).toEqual({ apiUrl: 'https://c.example.vn', token: 'token-3' });
  });

  it('starts with no address and nobody signed in', async () => {
    expect(await new SyncSettingsStore(await dataDir()).settings()).toEqual({ apiUrl: null, signedIn: false, tokenKept: 'none' });
  });

  it('keeps the address and the token encrypted by the keystore, never in clear, and reads them back after a restart', async () => {
    const dir = await dataDir();
    const store = new SyncSettingsStore(dir, { protection: keystore });
    expect(await store.configure('https://hotich.example.gov.vn/', 'bí-mật-123')).toEqual({ apiUrl: 'https://hotich.example.gov.vn', signedIn: true, tokenKept: 'os-keystore' });
    const file = await readFile(path.join(dir, 'sync-settings.json'), 'utf8');
    expect(file).not.toContain('bí-mật-123');
    expect(((await stat(path.join(dir, 'sync-settings.json'))).mode & 0o777).toString(8)).toBe('600');
    const again = new SyncSettingsStore(dir, { protection: keystore });
    expect(await again.current()).toEqual({ apiUrl: 'https://hotich.example.gov.vn', token: 'bí-mật-123' });
    expect(await again.configure('https://hotich.example.gov.vn', null)).toMatchObject({ signedIn: false });
    expect((await again.current()).token).toBeNull();
  });

  it('keeps the token in a file only this user can read where there is no keystore, and says so', async () => {
    const store = new SyncSettingsStore(await dataDir());
    expect(await store.configure('http://127.0.0.1:8787', 't')).toMatchObject({ tokenKept: 'user-file', signedIn: true });
  });

  it('uses an address and a token given at start, before those saved', async () => {
    const dir = await dataDir();
    await new SyncSettingsStore(dir).configure('https://saved.example', 'saved');
    const started = new SyncSettingsStore(dir, { startApiUrl: 'http://127.0.0.1:9000', startToken: 'given' });
    expect(await started.current()).toEqual({ apiUrl: 'http://127.0.0.1:9000', token: 'given' });
    expect(await started.settings()).toEqual({ apiUrl: 'http://127.0.0.1:9000', signedIn: true, tokenKept: 'none' });
  });

  it.each(['hotich.gov.vn', 'ftp://hotich.gov.vn', 'javascript:alert(1)', ''])('refuses the address %j with a message in both languages, and keeps what was saved', async (address) => {
    const store = new SyncSettingsStore(await dataDir());
    await store.configure('https://saved.example', 't');
    const error = await store.configure(address).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('sync-bad-address');
    expect((error as AppError).vi).toContain('cần dạng https://');
    expect((await store.settings()).apiUrl).toBe('https://saved.example');
    expect(() => checkApiUrl(address)).toThrow(AppError);
  });

  it('refuses plain http to another machine, saying citizens\' data goes only over https, and keeps what was saved', async () => {
    const store = new SyncSettingsStore(await dataDir());
    await store.configure('https://saved.example', 't');
    const error = (await store.configure('http://hotich.example.gov.vn').catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('sync-insecure-address');
    expect(error.vi).toContain('chỉ được gửi qua https://');
    expect(error.en).toContain('only over https://');
    expect((await store.settings()).apiUrl).toBe('https://saved.example');
    await expect(new SyncSettingsStore(tmpdir(), { startApiUrl: 'http://10.0.0.5:8080' }).current()).rejects.toMatchObject({ code: 'sync-insecure-address' });
  });

  it('never sends the encrypted bytes as a token when the keystore that encrypted them is gone', async () => {
    const dir = await dataDir();
    await new SyncSettingsStore(dir, { protection: keystore }).configure('https://hotich.example.gov.vn', 'bí mật');
    const withoutKeystore = new SyncSettingsStore(dir);
    expect(await withoutKeystore.current()).toEqual({ apiUrl: 'https://hotich.example.gov.vn', token: null });
    expect(await withoutKeystore.settings()).toMatchObject({ signedIn: false, tokenKept: 'none' });
    const broken: TokenProtection = { encrypt: keystore.encrypt, decrypt: () => { throw new Error('no key'); } };
    expect((await new SyncSettingsStore(dir, { protection: broken }).current()).token).toBeNull();
  });

  it('treats settings a crash cut short as none, and saves new ones over them', async () => {
    const dir = await dataDir();
    await new SyncSettingsStore(dir).configure('https://hotich.example.gov.vn', 't');
    await writeFile(path.join(dir, 'sync-settings.json'), '{"apiUrl":"https://hot');
    const store = new SyncSettingsStore(dir);
    expect(await store.settings()).toEqual({ apiUrl: null, signedIn: false, tokenKept: 'none' });
    await store.configure('https://hotich.example.gov.vn', 't2');
    expect(await new SyncSettingsStore(dir).current()).toEqual({ apiUrl: 'https://hotich.example.gov.vn', token: 't2' });
  });

  it('does not use an http address to another machine that an older version saved, and says so once, not at every sync call', async () => {
    const dir = await dataDir();
    await writeFile(path.join(dir, 'sync-settings.json'), JSON.stringify({ apiUrl: 'http://hotich.example.gov.vn', token: 't', kept: 'user-file' }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const store = new SyncSettingsStore(dir);
      expect(await store.current()).toEqual({ apiUrl: null, token: 't' });
      await store.current();
      await store.settings();
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });
});
