// Browser mode and the CLI use the same per-user folder as Electron's userData for "SoHoa", so a clerk's
// pages are in one place whichever way the app was started.
import { chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makePrivateFolder } from './durable-file.ts';

export const productName = 'SoHoa';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SOHOA_DATA_DIR) return path.resolve(env.SOHOA_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', productName);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), productName);
}

/**
 * The data folder holds citizens' data: owner-only. Folders made now are created so (durable-file.ts); one
 * made by a version before that, or by Electron, is closed here, which closes all below it to other users.
 */
export async function makeDataDirPrivate(dir: string): Promise<void> {
  await makePrivateFolder(dir);
  if (process.platform !== 'win32') await chmod(dir, 0o700);
}
