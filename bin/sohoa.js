#!/usr/bin/env node
// The `sohoa` command, from the bundle that `npm run build` writes (`npm link` or a global install runs it).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/node/cli.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('SoHoa chưa được build. Hãy chạy: npm run build / SoHoa is not built yet. Run: npm run build');
  process.exit(1);
}
await import(entry.href);
