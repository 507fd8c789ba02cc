import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const main = path.join(import.meta.dirname, 'api-main.ts');

function run(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited, out: () => out, err: () => err };
}

describe('npm run api', () => {
  it('starts on the port given, with the token given, and serves the API', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sohoa-api-main-'));
    const api = run(['--port', '0', '--data', dir, '--token', 'secret', '--faults', 'latency=1']);
    try {
      await expect.poll(() => /at (http:\/\/127\.0\.0\.1:\d+)\/v1/.exec(api.out())?.[1], { timeout: 20_000 }).toBeTruthy();
      const url = /at (http:\/\/127\.0\.0\.1:\d+)\/v1/.exec(api.out())![1]!;
      // the lines may come in chunks of their own
      await expect.poll(() => api.out(), { timeout: 20_000 }).toContain('Token: secret');
      expect((await fetch(`${url}/v1/entries`, { headers: { authorization: 'Bearer secret' } })).status).toBe(200);
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['--port', 'x', '--data', '/tmp'], '--port: not a port number'],
    [['--port', '0'], '--data: a folder'],
    [['--port', '0', '--data', '/tmp', '--faults', 'hang=3'], 'fault hang: expected a share'],
  ])('refuses %j with a message in both languages and exit code 2', async (args, message) => {
    const api = run(args);
    expect(await api.exited).toBe(2);
    expect(api.err()).toContain('Lỗi / error:');
    expect(api.err()).toContain(message);
  });
});
