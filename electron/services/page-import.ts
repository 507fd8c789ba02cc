// Importing what the clerk points at: files, and folders walked for scans. Each file is imported on its
// own, so one bad file is reported and the rest of the batch still goes in.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PageInfo } from '../../shared/api/app-api.ts';
import { AppError, appErrorPayload, type AppErrorPayload } from '../../shared/api/app-error.ts';
import { comparePathsNatural, isHiddenName, isScanFileName } from '../../shared/pages/image-files.ts';
import { checkImageFile } from '../../shared/pages/image-policy.ts';
import type { PageStore } from './page-store.ts';

export interface ImportedPath {
  path: string;
  /** the pages stored from the file; with a multi-page TIFF, also when some of its pages failed */
  pages?: PageInfo[];
  /** why the file, or some pages of a multi-page TIFF, could not be imported */
  error?: AppErrorPayload;
}

export interface ImportReport {
  files: ImportedPath[];
}

export interface PathError {
  path: string;
  error: AppErrorPayload;
}

export interface ScanListing {
  files: string[];
  errors: PathError[];
}

function pathError(target: string, error: unknown): AppErrorPayload {
  if (error instanceof AppError) return error.toPayload();
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return appErrorPayload('path-not-found', { path: target });
  // A folder or file that is there but cannot be read (permissions, a dropped network share).
  if (code) return appErrorPayload('path-not-found', { path: `${target} (${code})` });
  return appErrorPayload('internal', { detail: error instanceof Error ? error.message : 'unknown' });
}

/**
 * The scans under a folder, as paths relative to it in natural order ("trang 2" before "trang 10"),
 * walking subfolders and skipping hidden files and folders. Folders that cannot be read are reported.
 */
export async function scanFilesIn(dir: string): Promise<ScanListing> {
  const files: string[] = [];
  const errors: PathError[] = [];
  const walk = async (relative: string): Promise<void> => {
    const folder = path.join(dir, relative);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      errors.push({ path: folder, error: pathError(folder, error) });
      return;
    }
    for (const entry of entries) {
      if (isHiddenName(entry.name)) continue;
      const child = path.join(relative, entry.name);
      // Links are not followed: a linked folder back up the tree would never end, and a linked file may
      // be anywhere on the machine (a watched folder would import it unasked).
      if (entry.isDirectory()) await walk(child);
      else if (isScanFileName(entry.name) && entry.isFile()) files.push(child);
    }
  };
  await walk('');
  return { files: files.sort(comparePathsNatural), errors };
}

type ListedPath = { file: string } | PathError;

async function listPath(target: string): Promise<ListedPath[]> {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    return [{ path: target, error: pathError(target, error) }];
  }
  // A file named on its own is taken whatever its name, so a wrong one is explained rather than skipped.
  if (!info.isDirectory()) return [{ file: target }];
  const { files, errors } = await scanFilesIn(target);
  if (files.length === 0 && errors.length === 0) return [{ path: target, error: appErrorPayload('folder-no-images', { path: target }) }];
  return [...errors, ...files.map((file) => ({ file: path.join(target, file) }))];
}

async function listPaths(targets: readonly string[]): Promise<ListedPath[]> {
  const listed: ListedPath[] = [];
  for (const target of targets) listed.push(...(await listPath(target)));
  return listed;
}

/** The scan files that importing these paths would import, and the paths that give none. */
export async function listScanFiles(targets: readonly string[]): Promise<ScanListing> {
  const listing: ScanListing = { files: [], errors: [] };
  for (const item of await listPaths(targets)) {
    if ('file' in item) listing.files.push(item.file);
    else listing.errors.push(item);
  }
  return listing;
}

/** Imports one scan file; never throws, the failure is in the answer. */
export async function importFile(store: PageStore, file: string): Promise<ImportedPath> {
  const fileName = path.basename(file);
  let bytes: Uint8Array;
  try {
    // The size is checked before reading, so a huge file is refused without being loaded.
    const sizeError = checkImageFile(fileName, (await stat(file)).size);
    if (sizeError) throw sizeError;
    bytes = await readFile(file);
  } catch (error) {
    return { path: file, error: pathError(file, error) };
  }
  try {
    const { pages, error } = await store.import(fileName, bytes);
    return error ? { path: file, pages, error } : { path: file, pages };
  } catch (error) {
    if (error instanceof AppError) return { path: file, error: error.toPayload() };
    // Writing to the data folder failed (a full disk, say): the scan itself is not at fault.
    return { path: file, error: appErrorPayload('internal', { detail: error instanceof Error ? error.message : 'unknown' }) };
  }
}

export interface ImportPathsOptions {
  /** after each file (or path that gave none), with how far the batch is */
  onFile?: (file: ImportedPath, progress: { done: number; total: number }) => void;
}

/** Imports files and folders, one file at a time, in the order given and each folder in natural order. */
export async function importPaths(store: PageStore, targets: readonly string[], options: ImportPathsOptions = {}): Promise<ImportReport> {
  const listed = await listPaths(targets);
  const files: ImportedPath[] = [];
  for (const item of listed) {
    const result = 'file' in item ? await importFile(store, item.file) : item;
    files.push(result);
    options.onFile?.(result, { done: files.length, total: listed.length });
  }
  return { files };
}
