// Where the civil-status API is and the token to sign in with, kept by the Node side only (the renderer
// never holds the token). The token is encrypted with the OS keystore where there is one (Electron's
// safeStorage: DPAPI on Windows, the keyring on Linux); otherwise it is kept in a file only this user may
// read. An address and a token given at start (--api, --token, SOHOA_API_URL, SOHOA_API_TOKEN) are used
// for that run, before anything saved.
import path from 'node:path';
import { AppError } from '../../shared/api/app-error.ts';
import type { SyncSettings } from '../../shared/api/app-api.ts';
import { apiAddressProblem } from '../../shared/sync/api-address.ts';
import { readFileIfPresent, writeFileDurably } from './durable-file.ts';

/** The OS keystore, where the host has one (Electron's safeStorage). */
export interface TokenProtection {
  encrypt: (text: string) => Buffer;
  decrypt: (bytes: Buffer) => string;
}

interface Saved {
  apiUrl: string | null;
  /** base64 of the encrypted token, or the token itself when kept in a user file */
  token: string | null;
  kept: 'os-keystore' | 'user-file';
}

/** The address as the client will use it (no trailing slash); refused unless https, or http to this machine. */
export function checkApiUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw AppError.of('sync-bad-address', { address });
  }
  const problem = apiAddressProblem(url);
  if (problem === 'insecure') throw AppError.of('sync-insecure-address', { address });
  if (problem !== null) throw AppError.of('sync-bad-address', { address });
  return url.href.replace(/\/+$/, '');
}

/**
 * The settings a file holds, as far as this run can use them; each part it cannot use is said once, when
 * the file is read. A file cut short or damaged (a crash, a full disk) holds none.
 */
function savedOf(text: string, protection: TokenProtection | undefined): Saved {
  let saved: Partial<Saved> | null = null;
  try {
    saved = JSON.parse(text) as Partial<Saved> | null;
  } catch {
    // as below
  }
  if (!(saved && (saved.apiUrl === null || typeof saved.apiUrl === 'string') && (saved.token === null || typeof saved.token === 'string') && (saved.kept === 'os-keystore' || saved.kept === 'user-file'))) {
    console.warn('[sohoa] sync-settings.json cannot be read and is not used: enter the server address and token again');
    return { apiUrl: null, token: null, kept: 'user-file' };
  }
  return { apiUrl: usableAddress(saved.apiUrl), token: saved.kept === 'os-keystore' ? readableToken(saved.token, protection) : saved.token, kept: saved.kept };
}

/** A saved address the checks of this version refuse (an older one took plain http anywhere) is not used. */
function usableAddress(saved: string | null): string | null {
  if (saved === null) return null;
  try {
    return checkApiUrl(saved);
  } catch {
    console.warn('[sohoa] the saved API address is not https and is not used: enter it again as https://');
    return null;
  }
}

/**
 * A token the keystore encrypted, kept while the keystore can read it. Without it (the keyring is gone, or
 * another user's) the encrypted bytes are no token: nobody is signed in until someone signs in again.
 */
function readableToken(token: string | null, protection: TokenProtection | undefined): string | null {
  if (token === null) return null;
  try {
    if (protection) {
      protection.decrypt(Buffer.from(token, 'base64'));
      return token;
    }
  } catch {
    // as below
  }
  console.warn('[sohoa] the saved sign-in token cannot be read without the OS keystore it was encrypted with: sign in again');
  return null;
}

export class SyncSettingsStore {
  private saved: Saved = { apiUrl: null, token: null, kept: 'user-file' };
  private loaded: Promise<void> | null = null;
  /** saves one after another: two at once wrote the same temporary file, and the second rename failed */
  private saving: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly options: { protection?: TokenProtection; startApiUrl?: string; startToken?: string } = {},
  ) {}

  private get file(): string {
    return path.join(this.dataDir, 'sync-settings.json');
  }

  private load(): Promise<void> {
    this.loaded ??= readFileIfPresent(this.file).then((bytes) => {
      if (bytes !== null) this.saved = savedOf(bytes.toString('utf8'), this.options.protection);
    });
    return this.loaded;
  }

  private async save(next: Saved): Promise<void> {
    await writeFileDurably(this.dataDir, this.file, JSON.stringify(next));
    this.saved = next;
  }

  /** The address and token to use now: those given at start, else those saved. */
  async current(): Promise<{ apiUrl: string | null; token: string | null }> {
    await this.load();
    const apiUrl = this.options.startApiUrl !== undefined ? checkApiUrl(this.options.startApiUrl) : this.saved.apiUrl;
    if (this.options.startToken !== undefined) return { apiUrl, token: this.options.startToken };
    const { token, kept } = this.saved;
    if (token === null || kept === 'user-file') return { apiUrl, token };
    // savedOf kept an encrypted token only where this run's keystore reads it
    const { protection } = this.options;
    return { apiUrl, token: protection ? protection.decrypt(Buffer.from(token, 'base64')) : null };
  }

  async settings(): Promise<SyncSettings> {
    const { apiUrl, token } = await this.current();
    const kept = this.options.startToken !== undefined || token === null ? 'none' : this.saved.kept;
    return { apiUrl, signedIn: token !== null, tokenKept: kept };
  }

  /** Saves the address, and the token when one is given (null signs out). */
  configure(apiUrl: string | null, token?: string | null): Promise<SyncSettings> {
    const run = this.saving.then(() => this.configureNow(apiUrl, token));
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async configureNow(apiUrl: string | null, token?: string | null): Promise<SyncSettings> {
    await this.load();
    const next: Saved = { ...this.saved, apiUrl: apiUrl === null ? null : checkApiUrl(apiUrl) };
    if (token === null) next.token = null;
    if (typeof token === 'string') {
      const protection = this.options.protection;
      next.token = protection ? protection.encrypt(token).toString('base64') : token;
      next.kept = protection ? 'os-keystore' : 'user-file';
    }
    await this.save(next);
    return this.settings();
  }
}
