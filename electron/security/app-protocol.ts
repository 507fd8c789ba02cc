// The renderer is served from app://sohoa/ rather than file://, so it has a real origin, a CSP header and
// no access to the rest of the disk.
import { readStaticFile } from './static-files.ts';
import { securityHeaders } from './content-security-policy.ts';

export const appScheme = 'app';
export const appHost = 'sohoa';
export const appOrigin = `${appScheme}://${appHost}`;

export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${appScheme}:` && u.host === appHost;
  } catch {
    return false;
  }
}

export async function handleAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  if (!isAppUrl(requestUrl)) return new Response('Not found', { status: 404, headers: securityHeaders });
  const { status, contentType, body } = await readStaticFile(rendererDir, new URL(requestUrl).pathname);
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    status,
    headers: { ...securityHeaders, 'Content-Type': contentType },
  });
}
