import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleAppRequest, isAppUrl } from '../../../electron/security/app-protocol.ts';
import { useTempDir } from '../../support/temp-dir.ts';

describe('app:// protocol', () => {
  const tempDir = useTempDir();

  it('serves the renderer with a strict CSP header', async () => {
    const root = await tempDir();
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>SoHoa</title>');
    const response = await handleAppRequest(root, 'app://sohoa/index.html');
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('SoHoa');
  });

  it('answers other hosts and traversal attempts without reading the disk', async () => {
    const root = await tempDir();
    expect((await handleAppRequest(root, 'app://evil/index.html')).status).toBe(404);
    // The URL parser already folds dot segments: this one arrives as /etc/passwd inside the root.
    const folded = await handleAppRequest(root, 'app://sohoa/%2e%2e/%2e%2e/etc/passwd');
    expect(folded.status).toBe(404);
    expect(await folded.text()).not.toContain('root:');
    // An encoded slash survives parsing and is caught by the path check.
    const encoded = await handleAppRequest(root, 'app://sohoa/..%2f..%2fetc%2fpasswd');
    expect(encoded.status).toBe(400);
    expect(encoded.headers.get('content-security-policy')).toBeTruthy();
  });

  it('recognizes only its own origin', () => {
    expect(isAppUrl('app://sohoa/index.html')).toBe(true);
    expect(isAppUrl('app://sohoa.evil.com/')).toBe(false);
    expect(isAppUrl('https://sohoa/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
