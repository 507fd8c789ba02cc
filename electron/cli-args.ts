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

/** `--name value` or `--name=value` among the process's arguments (Electron passes its own through). */
export function startOption(argv: readonly string[], name: string): string | undefined {
  const flag = `--${name}`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
    if (arg === flag) return argv[i + 1];
  }
  return undefined;
}
