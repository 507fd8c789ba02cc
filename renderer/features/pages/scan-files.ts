// What a clerk hands the app (picked files, a whole folder, or a drop of both) as the scans to import, in
// the order the pages were scanned: natural order of the path, so "trang 2" comes before "trang 10".
import { comparePathsNatural, isScanFileName } from '../../../shared/pages/image-files.ts';

export interface ScanSelection {
  files: File[];
  /** files of a folder that are not scans (notes, thumbnails caches): left out, and counted */
  skipped: number;
}

function pathOf(file: File): string {
  return file.webkitRelativePath || file.name;
}

/**
 * Files picked one by one are all tried (a wrong one is then reported by name); from a folder, only the
 * scans are taken, since a scanner folder also holds other files.
 */
export function scanSelection(files: readonly File[], fromFolder: boolean): ScanSelection {
  const taken = fromFolder ? files.filter((f) => isScanFileName(f.name)) : [...files];
  return { files: taken.sort((a, b) => comparePathsNatural(pathOf(a), pathOf(b))), skipped: files.length - taken.length };
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function filesOf(entry: FileSystemEntry, path: string): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    // The folder path orders the pages as a folder picked with the file dialog would.
    return [Object.defineProperty(file, 'webkitRelativePath', { value: `${path}${file.name}` })];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const files: File[] = [];
  // readEntries answers in chunks (100 at a time in Chromium) until it answers with none.
  for (let chunk = await readEntries(reader); chunk.length > 0; chunk = await readEntries(reader)) {
    for (const child of chunk) files.push(...(await filesOf(child, `${path}${entry.name}/`)));
  }
  return files;
}

/** The scans of a drop. Dropped files are all tried, as picked ones are; a dropped folder is walked like a picked one. */
export async function droppedScans(data: DataTransfer): Promise<ScanSelection> {
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null));
  if (entries.length === 0 || entries.some((e) => e === null) || !entries.some((e) => e!.isDirectory)) {
    return scanSelection([...data.files], false);
  }
  const files: File[] = [];
  for (const entry of entries) files.push(...(await filesOf(entry!, '')));
  return scanSelection(files, true);
}
