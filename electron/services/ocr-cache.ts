// Extraction results on disk, so that a page read once is not read again until something that shapes the
// result changes: the scan, the engine, the model, the template or the pipeline's version. Each value is
// one JSON file, written durably (durable-file.ts), so a crash never leaves half a file behind;
// whatever cannot be read back is a miss, and the page is simply read again.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/api/app-error.ts';
import { writeFileDurably } from './durable-file.ts';

export interface OcrCacheKeyParts {
  /** the page's SHA-256 */
  page: string;
  /** e.g. 'tesseract.js 7.0.0' */
  engine: string;
  /** e.g. 'vie/fast' */
  model: string;
  template: string;
  /** bumped by the caller whenever extraction changes */
  pipeline: string;
}

interface Stored {
  key: string;
  value: unknown;
}

const keyPattern = /^[0-9a-f]{64}$/;
const shardPattern = /^[0-9a-f]{2}$/;

/** Values must survive JSON (PageExtraction objects do). */
export class OcrCache<T> {
  constructor(private readonly dir: string) {}

  key(parts: OcrCacheKeyParts): string {
    // An array, not a joined string: no choice of separator could then make two different keys collide.
    const canonical = JSON.stringify([parts.page, parts.engine, parts.model, parts.template, parts.pipeline]);
    return createHash('sha256').update(canonical).digest('hex');
  }

  async get(key: string): Promise<T | null> {
    const file = this.file(key);
    let stored: Partial<Stored> | null;
    try {
      stored = JSON.parse(await readFile(file, 'utf8')) as Partial<Stored> | null;
    } catch {
      return null;
    }
    if (typeof stored !== 'object' || stored === null || stored.key !== key || !('value' in stored)) return null;
    return stored.value as T;
  }

  async set(key: string, value: T): Promise<void> {
    const file = this.file(key);
    const body = JSON.stringify({ key, value } satisfies Stored);
    // Owner-only (it holds names as read), flushed like every file of the data folder.
    await writeFileDurably(path.dirname(file), file, body);
  }

  /** Removes every cached value, and only those: the folder may sit beside other data. */
  async clear(): Promise<void> {
    let entries;
    try {
      entries = await readdir(this.dir, { withFileTypes: true });
    } catch {
      return;
    }
    await Promise.all(entries
      .filter((entry) => entry.isDirectory() && shardPattern.test(entry.name))
      .map((entry) => rm(path.join(this.dir, entry.name), { recursive: true, force: true })));
  }

  /** Keys are key()'s hashes; anything else could name a path outside the cache. */
  private file(key: string): string {
    if (!keyPattern.test(key)) throw AppError.of('invalid-payload', { detail: 'not an OCR cache key' });
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
