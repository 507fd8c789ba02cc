// Options shared by the headless entry points (browser-mode host and CLI).
import path from 'node:path';
import { defaultDataDir } from './services/data-dir.ts';

export function resolveDataDir(option: string | undefined): string {
  return option ? path.resolve(option) : defaultDataDir();
}

export function parsePort(option: string | undefined): number {
  if (option === undefined) return 0;
  const port = Number(option);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port: cổng không hợp lệ / invalid port "${option}" (0–65535)`);
  }
  return port;
}
