// `npm run start:web [-- --port N --data DIR --api URL --token T]`: builds what is missing or older than
// its sources, then starts the browser-mode host (which reads the arguments).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const sources = ['renderer', 'shared', 'electron', 'package-lock.json', 'vite.config.ts'];
const outputs = ['dist/renderer/index.html', 'dist/node/web.js'];

function newestMtime(entry) {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function isStale() {
  const built = outputs.map((o) => path.join(root, o));
  if (built.some((o) => !existsSync(o))) return true;
  const oldestOutput = Math.min(...built.map((o) => statSync(o).mtimeMs));
  return sources.some((s) => existsSync(path.join(root, s)) && newestMtime(path.join(root, s)) > oldestOutput);
}

if (isStale()) {
  console.log('Đang build / building…');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await import(new URL('../dist/node/web.js', import.meta.url).href);
