// Browser mode's host doing its job: its address and token, the app's files, the event stream, calls with
// bytes both ways. The hostile requests it refuses are in web-host-hostile.test.ts.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ImportedFile, PlacePackInstalled, Result } from '../../../shared/api/app-api.ts';
import { bundledPlacePackPath, placePackHash } from '../../../electron/services/place-pack-store.ts';
import { canonicalPackBody, type PlacePack } from '../../../shared/places/place-pack.ts';
import { badImages, birthFormBytes } from '../../support/fixtures.ts';
import { auth, invoke, rendererMarker, useWebHosts } from '../../support/web-host.ts';
import { readWire, wireBody } from '../../../renderer/platform/wire-http.ts';

describe('browser-mode web host', () => {
  const start = useWebHosts();

  it('listens on 127.0.0.1 only, with a fresh token at every launch', async () => {
    const [a, b] = [await start(), await start()];
    expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(a.token).not.toBe(b.token);
    expect(a.token.length).toBeGreaterThanOrEqual(40);
  });

  it('serves the app\'s own files, which hold no data, to anyone on this machine, and sets no cookie', async () => {
    const host = await start();
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(rendererMarker);
    expect(page.headers.get('set-cookie')).toBeNull();
  });

  it('prints a launch URL that carries the token in its fragment only, which browsers never send', async () => {
    const host = await start();
    const launch = new URL(host.launchUrl);
    expect(launch.search).toBe('');
    expect(launch.hash).toBe(`#token=${host.token}`);
  });

  it('opens the event stream with a ticket got with the token, good once', async () => {
    const host = await start();
    expect((await fetch(`${host.url}api/events/ticket`, { method: 'POST' })).status).toBe(401);
    const { ticket } = (await (await fetch(`${host.url}api/events/ticket`, { method: 'POST', headers: auth(host) })).json()) as { ticket: string };
    expect((await fetch(`${host.url}api/events`)).status).toBe(401);
    const controller = new AbortController();
    const stream = await fetch(`${host.url}api/events?ticket=${ticket}`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    controller.abort();
    expect((await fetch(`${host.url}api/events?ticket=${ticket}`)).status).toBe(401);
  });

  it('takes calls from a page it served under either of its names, 127.0.0.1 or localhost', async () => {
    const host = await start();
    for (const name of ['127.0.0.1', 'localhost']) {
      const response = await invoke(host, 'app:getInfo', undefined, { ...auth(host), Origin: `http://${name}:${host.port}` });
      expect(response.status).toBe(200);
    }
    expect((await invoke(host, 'app:getInfo', undefined, { ...auth(host), Origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(403);
  });

  it('sends the CSP header on pages, API answers and refusals alike', async () => {
    const host = await start();
    const responses = [
      await fetch(host.url, { headers: auth(host) }),
      await invoke(host, 'app:getInfo', undefined, auth(host)),
      await fetch(host.url),
    ];
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy');
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
    }
  });

  it('imports a real scan over HTTP and refuses each bad file with a clear message', async () => {
    const host = await start();
    const ok = await readWire(await invoke(host, 'pages:import', { fileName: 'p1.jpg', bytes: birthFormBytes() }, auth(host))) as Result<ImportedFile>;
    expect(ok).toMatchObject({ ok: true, value: { fileName: 'p1.jpg', pages: [{ fileName: 'p1.jpg', width: 2533, height: 3546 }] } });
    for (const bad of badImages()) {
      const body = await readWire(await invoke(host, 'pages:import', { fileName: bad.name, bytes: bad.bytes }, auth(host))) as Result<ImportedFile>;
      expect(body).toMatchObject({ ok: false, error: { code: bad.code } });
    }
    const image = await readWire(await invoke(host, 'pages:getImage', { sha256: (ok as { value: ImportedFile }).value.pages[0]!.sha256 }, auth(host))) as Result<{ bytes: Uint8Array }>;
    expect(image.ok && image.value.bytes.byteLength).toBe(birthFormBytes().byteLength);
  });

  it('carries a scan as bytes beside the JSON both ways, never base64 in it', async () => {
    const host = await start();
    const scan = birthFormBytes();
    const request = wireBody({ fileName: 'p1.jpg', bytes: scan });
    expect(request.body).toBeInstanceOf(FormData);
    const imported = await invoke(host, 'pages:import', { fileName: 'p1.jpg', bytes: scan }, auth(host));
    expect(imported.headers.get('Content-Type')).toMatch(/^application\/json/);
    const { value } = (await readWire(imported)) as { value: ImportedFile };
    const reply = await invoke(host, 'pages:getImage', { sha256: value.pages[0]!.sha256 }, auth(host));
    expect(reply.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const image = (await readWire(reply)) as { ok: true; value: { bytes: Uint8Array } };
    expect(Buffer.from(image.value.bytes).equals(Buffer.from(scan))).toBe(true);
  });

  it('serves the place-name pack in use and installs a newer one over HTTP (a 1.7 MB pack fits the body limit)', async () => {
    const host = await start();
    const bundled = JSON.parse(await readFile(bundledPlacePackPath(), 'utf8')) as PlacePack;
    const first = await readWire(await invoke(host, 'places:getPack', {}, auth(host))) as Result<{ pack: PlacePack }>;
    expect(first.ok && first.value.pack.version).toBe(bundled.version);
    expect(first.ok && first.value.pack.contentHash).toBe(bundled.contentHash);

    const newer = { ...bundled, version: `${bundled.version}-1` };
    newer.contentHash = placePackHash(canonicalPackBody(newer));
    const bytes = new TextEncoder().encode(JSON.stringify(newer));
    const installed = await readWire(await invoke(host, 'places:installPack', { bytes }, auth(host))) as Result<PlacePackInstalled>;
    expect(installed).toEqual({ ok: true, value: { version: newer.version, contentHash: newer.contentHash, previousVersion: bundled.version } });
    const after = await readWire(await invoke(host, 'places:getPack', {}, auth(host))) as Result<{ pack: PlacePack }>;
    expect(after.ok && after.value.pack.version).toBe(newer.version);

    const again = await readWire(await invoke(host, 'places:installPack', { bytes, allowOlder: 'yes' }, auth(host))) as Result<unknown>;
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
