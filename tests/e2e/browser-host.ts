// The built browser-mode host (as `npm run start:web` runs it) on a free port, for one data folder: the
// global setup's, or a second PC's.
import { spawn } from 'node:child_process';

export interface BrowserHost {
  /** the launch URL, with its token */
  url: string;
  stop: () => Promise<void>;
}

export async function startBrowserHost(dataDir: string): Promise<BrowserHost> {
  const host = spawn(process.execPath, ['dist/node/web.js', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
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
  return {
    url,
    stop: async () => {
      host.kill('SIGTERM');
      await new Promise((resolve) => host.once('exit', resolve));
    },
  };
}
