// Files in the data folder that must survive a crash or a power cut: written whole under a temporary
// name, flushed, renamed, and the rename flushed with its folder; owner-only (0600, folders 0700).
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';

export async function makePrivateFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
}

/** A rename or a new file is durable only once the folder's entry is flushed (Windows cannot open a folder to flush it). */
export async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** A crash leaves the old file or the new one, never half of one. */
export async function writeFileDurably(dir: string, file: string, data: string | Uint8Array): Promise<void> {
  await makePrivateFolder(dir);
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dir);
}
