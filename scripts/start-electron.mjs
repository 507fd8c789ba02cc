// `npm start [-- --data DIR …]`: finds Electron's binary (the `electron` package downloads it on first
// use), builds, then opens the desktop app. Where the binary cannot be had (no internet, a locked-down PC,
// CI) it ends with a message that points to browser mode instead of the downloader's stack trace. The
// binary is looked for before building, so a clerk without it is not kept waiting for a build first.
// ELECTRON_OVERRIDE_DIST_PATH (Electron's own variable) points at a binary elsewhere.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function fail(reason) {
  console.error(
    [
      `Không mở được ứng dụng desktop: ${reason.vi}`,
      'Hãy dùng chế độ trình duyệt, cùng ứng dụng và cùng thư mục dữ liệu:  npm run start:web',
      '',
      `The desktop app cannot start: ${reason.en}`,
      'Use browser mode instead, the same app with the same data folder:  npm run start:web',
    ].join('\n'),
  );
  process.exit(1);
}

/** Where Electron's binary is, as the `electron` package itself decides, but without its download. */
function binaryPath(electronDir) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return path.join(override, relative ?? 'electron');
  return relative === null ? null : path.join(electronDir, 'dist', relative);
}

/** The downloader's last words name the cause (an address not found, a refused connection) without its stack. */
function downloadFailure(output) {
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at '));
  return line ?? 'no output';
}

function resolveElectron() {
  let electronDir;
  try {
    electronDir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    fail({ vi: 'chưa cài gói electron (chạy npm install).', en: 'the electron package is not installed (run npm install).' });
  }
  let binary = binaryPath(electronDir);
  if (binary !== null && existsSync(binary)) return binary;
  if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    console.log('Đang tải Electron / downloading Electron…');
    const download = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (download.status !== 0) {
      const cause = downloadFailure(`${download.stderr ?? ''}\n${download.stdout ?? ''}`);
      fail({ vi: `không tải được Electron (${cause}).`, en: `Electron could not be downloaded (${cause}).` });
    }
    binary = binaryPath(electronDir);
  }
  if (binary === null || !existsSync(binary)) {
    fail({ vi: `không có tệp chạy của Electron (${binary ?? 'path.txt'}).`, en: `Electron's binary is missing (${binary ?? 'path.txt'}).` });
  }
  return binary;
}

const binary = resolveElectron();

const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const app = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', windowsHide: false });
app.once('error', (error) => fail({ vi: `Electron không chạy được (${error.message}).`, en: `Electron failed to run (${error.message}).` }));
app.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
