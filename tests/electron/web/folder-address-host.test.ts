import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressRecordName, recordPort } from '../../../electron/web/address-record.ts';
import { useTempDir } from '../../support/temp-dir.ts';

// Real starts of the browser-mode host (electron/web/web-main.ts, as `npm run start:web` runs it) on one
// data folder, one after the other.
interface Run {
  port: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

function startHost(dataDir: string, args: string[] = []): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/web-main.ts', '--data', dataDir, '--renderer', dataDir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no start:\n${stdout}\n${stderr}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/#token=/.exec(stdout);
      if (match) {
        child.once('exit', (code) => {
          clearTimeout(timer);
          resolve({ port: Number(match[1]), code, stdout, stderr });
        });
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) => {
      if (/#token=/.test(stdout)) return;
      clearTimeout(timer);
      resolve({ port: null, code, stdout, stderr });
    });
  });
}

function holdPort(port = 0): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function freePort(): Promise<number> {
  const server = await holdPort();
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const recorded = async (dataDir: string) => JSON.parse(await readFile(path.join(dataDir, addressRecordName), 'utf8')) as { port: number };

describe('a data folder keeps its browser-mode address', () => {
  const tempDir = useTempDir();

  it('is served at the same port at a second start, recorded owner-only at the first', async () => {
    const dataDir = path.join(await tempDir(), 'data');
    const first = await startHost(dataDir);
    expect(first.port).not.toBeNull();
    expect(first.stdout).toContain(`Thư mục dữ liệu này từ nay luôn dùng cổng ${first.port}.`);
    expect(await recorded(dataDir)).toEqual({ port: first.port });
    if (process.platform !== 'win32') {
      expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
      expect((await stat(path.join(dataDir, addressRecordName))).mode & 0o777).toBe(0o600);
    }
    expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const second = await startHost(dataDir);
    expect(second.port).toBe(first.port);
    expect(second.stdout).not.toContain('từ nay luôn dùng cổng');
  });

  it('refuses to start elsewhere when the folder port is taken, and says how to free or move it', async () => {
    const dataDir = await tempDir();
    const holder = await holdPort();
    const { port } = holder.address() as net.AddressInfo;
    try {
      await recordPort(dataDir, port);
      const run = await startHost(dataDir);
      expect(run.port).toBeNull();
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Cổng ${port} là địa chỉ của thư mục dữ liệu ${dataDir}`);
      expect(run.stderr).toContain('Đóng chương trình đó rồi chạy lại');
      expect(run.stderr).toContain('--port N');
      expect(run.stderr).toContain(`Port ${port} is the address of the data folder`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(await recorded(dataDir)).toEqual({ port });
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('moves to an explicit --port, records it and warns that books in the browser stay at the old address', async () => {
    const dataDir = await tempDir();
    const old = await freePort();
    await recordPort(dataDir, old);
    const port = await freePort();
    const moved = await startHost(dataDir, ['--port', String(port)]);
    expect(moved.port).toBe(port);
    expect(moved.stdout).toContain(`đã chuyển từ cổng ${old} sang cổng ${port}`);
    expect(moved.stdout).toContain(`Sách lưu trong trình duyệt ở http://127.0.0.1:${old} không tự sang địa chỉ mới`);
    expect(moved.stdout).toContain('back them up at the old address');
    expect(await recorded(dataDir)).toEqual({ port });

    const later = await startHost(dataDir);
    expect(later.port).toBe(port);
    expect(later.stdout).not.toContain('đã chuyển');
  });

  it('keeps the record when an explicit --port is taken', async () => {
    const dataDir = await tempDir();
    await recordPort(dataDir, 23999);
    const holder = await holdPort();
    const { port } = holder.address() as net.AddressInfo;
    try {
      const run = await startHost(dataDir, ['--port', String(port)]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Cổng ${port} đang được chương trình khác dùng`);
      expect(run.stderr).toContain(`Port ${port} is in use by another program`);
      expect(await recorded(dataDir)).toEqual({ port: 23999 });
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('serves --port 0 at any free port without recording or changing the address', async () => {
    const fresh = await tempDir();
    expect((await startHost(fresh, ['--port', '0'])).port).not.toBeNull();
    await expect(readFile(path.join(fresh, addressRecordName))).rejects.toMatchObject({ code: 'ENOENT' });

    const kept = await tempDir();
    await recordPort(kept, 23998);
    expect((await startHost(kept, ['--port', '0'])).port).not.toBe(23998);
    expect(await recorded(kept)).toEqual({ port: 23998 });
  });

  it('stops with a clear message when the record is damaged', async () => {
    const dataDir = await tempDir();
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, addressRecordName), '{"port":');
    const run = await startHost(dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bị hỏng nên không biết cổng của thư mục dữ liệu');
    expect(run.stderr).toContain("data folder's port is unknown");
    expect(await readFile(path.join(dataDir, addressRecordName), 'utf8')).toBe('{"port":');
  });
});
