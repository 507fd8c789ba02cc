// A browser-mode host on a fresh data folder, with a stand-in renderer, for tests that talk to it over HTTP.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createAppServices } from '../../electron/services/app-services.ts';
import { EventHub } from '../../electron/services/event-hub.ts';
import { startWebHost, type WebHost } from '../../electron/web/web-host.ts';
import { wireBody } from '../../renderer/platform/wire-http.ts';
import { useTempDir } from './temp-dir.ts';

export const rendererMarker = 'renderer-marker';

export function useWebHosts(): () => Promise<WebHost> {
  const tempDir = useTempDir();
  const hosts: WebHost[] = [];
  afterEach(async () => {
    await Promise.all(hosts.splice(0).map((h) => h.close()));
  });
  return async () => {
    const dir = await tempDir();
    const rendererDir = path.join(dir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(path.join(rendererDir, 'index.html'), `<!doctype html><title>SoHoa</title><main>${rendererMarker}</main>`);
    await writeFile(path.join(dir, 'secret.txt'), 'outside the renderer');
    const events = new EventHub();
    const services = createAppServices({ dataDir: path.join(dir, 'data'), host: 'web', version: 'test', events });
    const host = await startWebHost({ rendererDir, handlers: services.handlers, events });
    hosts.push(host);
    return host;
  };
}

export function auth(host: WebHost): Record<string, string> {
  return { Authorization: `Bearer ${host.token}` };
}

/** An AppApi call as the renderer makes it (renderer/platform/wire-http.ts), with headers of the test's own. */
export function invoke(host: WebHost, channel: string, input: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const { body, headers: wireHeaders } = wireBody(input);
  return fetch(`${host.url}api/invoke/${channel}`, { method: 'POST', body, headers: { ...wireHeaders, ...headers } });
}
