// The installed files that run outside the integrity-checked asar: sharp's native code and libvips,
// tesseract.js and its WebAssembly core, the canvas for PDFs (app.asar.unpacked), and the OCR models
// (tessdata). Packaging writes their SHA-256 hashes beside them (scripts/after-pack.ts); the app checks
// them before the OCR process loads any of it, so a changed or damaged install never runs.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, lstat, readdir, readlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError, errorDetail } from '../../shared/api/app-error.ts';
import { readFileIfPresent } from '../services/durable-file.ts';

export const integrityManifestName = 'install-integrity.json';

/** Folders of the resources folder that the manifest covers, all of what is in them. */
export const checkedFolders = ['app.asar.unpacked', 'tessdata', 'assets'] as const;

interface IntegrityManifest {
  version: 1;
  algorithm: 'sha256';
  /** path relative to the resources folder, with '/' → hex hash; a link is hashed as its target */
  files: Record<string, string>;
}

export type InstallProblem = 'changed' | 'missing' | 'unexpected';

export interface InstallDamage {
  /** relative to the resources folder, with '/' */
  file: string;
  problem: InstallProblem;
}

function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** A link is not followed (it could point anywhere): what it points at is what is recorded. */
async function hashEntry(file: string): Promise<string | null> {
  const stats = await lstat(file);
  if (stats.isSymbolicLink()) return `link:${createHash('sha256').update(await readlink(file)).digest('hex')}`;
  if (stats.isFile()) return hashFile(file);
  return null;
}

/** Every file under the checked folders, with its hash. */
export async function hashInstalledFiles(resourcesDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const folder of checkedFolders) {
    let names: string[];
    try {
      names = await readdir(path.join(resourcesDir, folder), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const name of names.sort()) {
      const hash = await hashEntry(path.join(resourcesDir, folder, name));
      if (hash !== null) files.set(`${folder}/${name.split(path.sep).join('/')}`, hash);
    }
  }
  return files;
}

export async function writeIntegrityManifest(resourcesDir: string): Promise<number> {
  const files = await hashInstalledFiles(resourcesDir);
  const manifest: IntegrityManifest = { version: 1, algorithm: 'sha256', files: Object.fromEntries(files) };
  // readable by everyone: an install belongs to root or an administrator, the app runs as a user
  const file = path.join(resourcesDir, integrityManifestName);
  await writeFile(file, `${JSON.stringify(manifest, null, 1)}\n`);
  await chmod(file, 0o644);
  return files.size;
}

function parseManifest(text: string): Map<string, string> | null {
  try {
    const manifest = JSON.parse(text) as Partial<IntegrityManifest> | null;
    if (manifest?.version !== 1 || manifest.algorithm !== 'sha256' || typeof manifest.files !== 'object' || manifest.files === null) return null;
    const files = Object.entries(manifest.files);
    return files.every(([, hash]) => typeof hash === 'string') ? new Map(files) : null;
  } catch {
    return null;
  }
}

/**
 * What differs between the install and the hashes written at packaging: nothing when it is whole. A missing or
 * unreadable manifest is damage too (deleting it must not turn the check off), and so is a file that cannot be read.
 */
export async function installDamage(resourcesDir: string): Promise<InstallDamage[]> {
  let expected: Map<string, string> | null;
  let found: Map<string, string>;
  try {
    const text = await readFileIfPresent(path.join(resourcesDir, integrityManifestName));
    if (text === null) return [{ file: integrityManifestName, problem: 'missing' }];
    expected = parseManifest(text.toString('utf8'));
    if (expected === null) return [{ file: integrityManifestName, problem: 'changed' }];
    found = await hashInstalledFiles(resourcesDir);
  } catch (error) {
    console.error(`[sohoa] the installed files could not be checked (${errorDetail(error)})`);
    return [{ file: checkedFolders.join(', '), problem: 'changed' }];
  }
  const damage: InstallDamage[] = [];
  for (const [file, hash] of expected) {
    const actual = found.get(file);
    if (actual === undefined) damage.push({ file, problem: 'missing' });
    else if (actual !== hash) damage.push({ file, problem: 'changed' });
  }
  for (const file of found.keys()) {
    if (!expected.has(file)) damage.push({ file, problem: 'unexpected' });
  }
  return damage;
}

export function installDamagedError(damage: readonly InstallDamage[]): AppError {
  return AppError.of('install-damaged', { count: damage.length, file: damage[0]?.file ?? integrityManifestName });
}
