// What the browser benchmarks share: a page script bundled from tests/bench/browser, served on loopback
// (IndexedDB needs an origin of its own), opened in Debian's Chromium with a profile on disk.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';

const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BenchPage {
  page: Page;
  close: () => Promise<void>;
}

/** Opens tests/bench/browser/<file> bundled for the browser (React's production build), once the page says `ready` is in window. */
export async function openBenchPage(file: string, ready: string): Promise<BenchPage> {
  const bundled = await build({
    entryPoints: [path.join(import.meta.dirname, 'browser', file)],
    bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent', jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' },
  });
  const script = bundled.outputFiles[0]!.text;
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><div id="root"></div><script type="module" src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const profile = await mkdtemp(path.join(tmpdir(), 'sohoa-bench-'));
  let context: BrowserContext | null = null;
  const close = async () => {
    await context?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(profile, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: process.env.SOHOA_CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(`${JSON.stringify(ready)} in window`);
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
