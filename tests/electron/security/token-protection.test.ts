import { describe, expect, it } from 'vitest';
import { tokenProtection, type SafeStorageLike } from '../../../electron/security/token-protection.ts';

const storage = (available: boolean, backend?: string): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  encryptString: (text) => Buffer.from([...Buffer.from(text)].map((b) => b ^ 0x5a)),
  decryptString: (bytes) => Buffer.from([...bytes].map((b) => b ^ 0x5a)).toString(),
  ...(backend === undefined ? {} : { getSelectedStorageBackend: () => backend }),
});

describe('the token\'s protection', () => {
  it('uses the OS keystore where it really protects: DPAPI, the keychain, a Linux keyring', () => {
    for (const [platform, backend] of [['win32', undefined], ['darwin', undefined], ['linux', 'gnome_libsecret'], ['linux', 'kwallet5']] as const) {
      const protection = tokenProtection(storage(true, backend), platform);
      expect(protection).toBeDefined();
      expect(protection!.decrypt(protection!.encrypt('bí mật'))).toBe('bí mật');
    }
  });

  it('takes none where encryption is not available, or on Linux with no keyring (basic_text, a key anyone has)', () => {
    expect(tokenProtection(storage(false), 'win32')).toBeUndefined();
    expect(tokenProtection(storage(true, 'basic_text'), 'linux')).toBeUndefined();
    expect(tokenProtection(storage(true, 'unknown'), 'linux')).toBeUndefined();
    expect(tokenProtection(storage(true), 'linux')).toBeUndefined();
  });
});
