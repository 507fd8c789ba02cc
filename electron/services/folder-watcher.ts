// Watches the folder a scanner writes into and imports each new scan once it has stopped changing.
// It polls (readdir + stat) rather than using fs.watch: scanner folders are often network shares, where
// fs.watch misses events or reports none at all.
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { WatchedFileImported } from '../../shared/api/app-api.ts';
import { pollWatchedFiles, type FileStamp, type WatchedFile } from '../../shared/pages/image-files.ts';
import { importFile, scanFilesIn } from './page-import.ts';
import type { PageStore } from './page-store.ts';

export interface WatchFolderOptions {
  store: PageStore;
  /**
   * Each file imported or refused, named by its path inside the folder, and once per outage each folder
   * that cannot be read (named by its full path), e.g. a network share that dropped.
   */
  onImported: (file: WatchedFileImported) => void;
  intervalMs?: number;
  /** polls a file's size and modification time must stay the same before it is read */
  stableChecks?: number;
}

export interface FolderWatcher {
  /** Resolves once no poll or import is running; nothing is reported after that. */
  stop: () => Promise<void>;
}

/** Stats at a time: a network share answers each one after a round trip, so they overlap. */
const parallelStats = 16;

async function stampFiles(dir: string, files: readonly string[]): Promise<Map<string, FileStamp>> {
  const stamps = new Map<string, FileStamp>();
  for (let i = 0; i < files.length; i += parallelStats) {
    await Promise.all(files.slice(i, i + parallelStats).map(async (file) => {
      try {
        // lstat: a file replaced by a link since the listing is not read through it.
        const info = await lstat(path.join(dir, file));
        if (info.isFile()) stamps.set(file, { size: info.size, mtimeMs: info.mtimeMs });
      } catch {
        // Gone between the listing and now (renamed by the scanner): the next poll sees what is there.
      }
    }));
  }
  return stamps;
}

/** Files already in the folder are imported too; those imported before come back with alreadyImported. */
export function watchFolder(dir: string, options: WatchFolderOptions): FolderWatcher {
  const { store, onImported, intervalMs = 1000, stableChecks = 2 } = options;
  let files = new Map<string, WatchedFile>();
  let reportedFolderErrors = new Set<string>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const poll = async (): Promise<void> => {
    const listing = await scanFilesIn(dir);
    if (stopped) return;
    const folderErrors = new Set<string>();
    for (const { path: folder, error } of listing.errors) {
      folderErrors.add(folder);
      if (!reportedFolderErrors.has(folder)) onImported({ fileName: folder, error });
    }
    reportedFolderErrors = folderErrors;
    const next = pollWatchedFiles(files, await stampFiles(dir, listing.files), stableChecks);
    files = next.files;
    for (const file of next.ready) {
      if (stopped) return;
      const { path: _, ...result } = await importFile(store, path.join(dir, file));
      if (!stopped) onImported({ fileName: file, ...result });
    }
  };

  const run = async (): Promise<void> => {
    try {
      await poll();
    } catch (error) {
      // Only onImported can throw here; the watch goes on, as a crash would stop all scanning.
      console.error('[sohoa] folder watch: reporting an import failed:', error instanceof Error ? error.stack : error);
    } finally {
      if (!stopped) timer = setTimeout(() => void (running = run()), intervalMs);
    }
  };
  let running = run();

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
