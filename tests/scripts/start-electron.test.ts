import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir.ts';

// `npm start` (scripts/start-electron.mjs) where Electron's binary cannot be had: it must end with a
// message naming browser mode, before building anything. No test reaches GitHub: the binary is pointed
// at an empty folder, or the download at a local port where nothing listens.
function runLauncher(env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_(config|package_config)_electron_/i.test(name)));
  return spawnSync(process.execPath, ['scripts/start-electron.mjs'], { encoding: 'utf8', env: { ...clean, ...env }, timeout: 60_000 });
}

function expectBrowserModeMessage(run: ReturnType<typeof runLauncher>): void {
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('Không mở được ứng dụng desktop');
  expect(run.stderr).toContain('Hãy dùng chế độ trình duyệt, cùng ứng dụng và cùng thư mục dữ liệu:  npm run start:web');
  expect(run.stderr).toContain('Use browser mode instead, the same app with the same data folder:  npm run start:web');
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const rendererBuild = 'dist/renderer/index.html';
const builtAt = () => (existsSync(rendererBuild) ? statSync(rendererBuild).mtimeMs : null);

describe('npm start without Electron’s binary', () => {
  const tempDir = useTempDir();

  it('names npm run start:web when the binary is missing, and builds nothing', async () => {
    const before = builtAt();
    const run = runLauncher({ ELECTRON_OVERRIDE_DIST_PATH: await tempDir() });
    expectBrowserModeMessage(run);
    expect(run.stderr).toContain('không có tệp chạy của Electron');
    expect(run.stderr).toContain("Electron's binary is missing");
    expect(builtAt()).toBe(before);
  });

  const installed = existsSync('node_modules/electron/path.txt');
  it.skipIf(installed)('names npm run start:web when the download fails, with its cause and not its stack trace', async () => {
    const run = runLauncher({ ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`, electron_config_cache: await tempDir() });
    expectBrowserModeMessage(run);
    expect(run.stdout).toContain('Đang tải Electron / downloading Electron');
    expect(run.stderr).toContain('không tải được Electron (TypeError: fetch failed)');
    expect(run.stderr).toContain('Electron could not be downloaded (TypeError: fetch failed)');
  });
});
