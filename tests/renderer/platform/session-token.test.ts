import { afterEach, describe, expect, it } from 'vitest';
import { sessionToken } from '../../../renderer/platform/session-token.ts';

describe('browser mode\'s token', () => {
  afterEach(() => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('is taken from the address\'s fragment, kept for the tab, and taken out of the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc_DEF-123');
    expect(sessionToken()).toBe('abc_DEF-123');
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('abc_DEF');
    // a reload finds it again
    expect(sessionToken()).toBe('abc_DEF-123');
    expect(document.cookie).toBe('');
  });

  it('is none when the page was opened without it, and a fragment that is not a token is left alone', () => {
    window.history.replaceState(null, '', '/#books');
    expect(sessionToken()).toBeNull();
    expect(window.location.hash).toBe('#books');
  });
});
