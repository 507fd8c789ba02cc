// Starts the built browser-mode host with an empty data folder, and hands its launch URL to the tests.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startBrowserHost } from './browser-host.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sohoa-e2e-'));
  const host = await startBrowserHost(dataDir);
  process.env.SOHOA_E2E_URL = host.url;
  return async () => {
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
