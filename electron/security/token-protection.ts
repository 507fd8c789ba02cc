// Whether Electron's safeStorage really protects the sign-in token. On Linux without a keyring (no GNOME
// Keyring or KWallet running) safeStorage still "encrypts", with a key written in Chromium's own code
// (the `basic_text` backend): that is no protection, and the token is then kept in a file only this user
// may read, and said so, rather than pretending.
import type { TokenProtection } from '../services/sync-settings.ts';

/** The part of Electron's safeStorage this needs (a fake in tests: requiring Electron would download it). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(bytes: Buffer): string;
  /** Linux only */
  getSelectedStorageBackend?(): string;
}

export function tokenProtection(storage: SafeStorageLike, platform: NodeJS.Platform = process.platform): TokenProtection | undefined {
  if (!storage.isEncryptionAvailable()) return undefined;
  if (platform === 'linux') {
    const backend = storage.getSelectedStorageBackend?.() ?? 'unknown';
    if (backend === 'basic_text' || backend === 'unknown') return undefined;
  }
  return { encrypt: (text) => storage.encryptString(text), decrypt: (bytes) => storage.decryptString(bytes) };
}
