// @vitest-environment node
// The browser-mode client against the real host over HTTP.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/app-error.ts';
import { createHttpAppApi } from '../../../renderer/platform/http-app-api.ts';
import { createAppClient } from '../../../renderer/platform/app-client.ts';
import { createAppServices } from '../../../electron/services/app-services.ts';
import { EventHub } from '../../../electron/services/event-hub.ts';
import { startWebHost, type WebHost } from '../../../electron/web/web-host.ts';
import { birthFormBytes } from '../../support/fixtures.ts';

describe('HTTP AppApi client', () => {
  let host: WebHost;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'sohoa-http-'));
    const events = new EventHub();
    const services = createAppServices({ dataDir, host: 'web', version: 'test', events });
    host = await startWebHost({ rendererDir: dataDir, handlers: services.handlers, events });
  });

  afterAll(async () => {
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('calls the services with the token as a Bearer header and carries bytes both ways', async () => {
    const client = createAppClient(createHttpAppApi(new URL('api/', host.url), host.token));
    expect(await client.call('app:getInfo', undefined)).toMatchObject({ host: 'web', version: 'test' });
    const imported = await client.call('pages:import', { fileName: 'p.jpg', bytes: birthFormBytes() });
    const image = await client.call('pages:getImage', { sha256: imported.pages[0]!.sha256, variant: 'original' });
    expect(image.bytes.byteLength).toBe(birthFormBytes().byteLength);
    const refused = await client.call('pages:import', { fileName: 'x.jpg', bytes: new Uint8Array(0) }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).vi).toBe('Tệp "x.jpg" rỗng (0 byte).');
  });

  it('turns a refusal without the token into the unauthorized message', async () => {
    const client = createAppClient(createHttpAppApi(new URL('api/', host.url), null));
    await expect(client.call('app:getInfo', undefined)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('turns an unreachable host into a network error', async () => {
    const client = createAppClient(createHttpAppApi(new URL('http://127.0.0.1:9/api/'), 'a-token'));
    await expect(client.call('app:getInfo', undefined)).rejects.toMatchObject({ code: 'network' });
  });
});
