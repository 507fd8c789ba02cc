// Starts the built browser-mode host (as `npm run start:web` does) on a free port with an empty data
// folder, and hands its launch URL to the tests.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sohoa-e2e-'));
  const host = spawn(process.execPath, ['dist/node/web.js', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const launchUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 30_000);
    host.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    host.once('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}`)));
  });
  process.env.SOHOA_E2E_URL = launchUrl;
  return async () => {
    host.kill('SIGTERM');
    await new Promise((resolve) => host.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  };
}
