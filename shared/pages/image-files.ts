// Which files are scans, the order a clerk expects them in, and when a file that a scanner is still
// writing has settled enough to import.

export const scanExtensions: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp', '.tif', '.tiff', '.pdf'];

/** Dot-files and dot-folders: system and sync-tool files, or a scanner's file before it is renamed. */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.');
}

export function isScanFileName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return !isHiddenName(name) && dot > 0 && scanExtensions.includes(name.slice(dot).toLowerCase());
}

function compareNumbers(a: string, b: string): number {
  // Compared as digit strings, so a 30-digit run cannot overflow.
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Natural order: runs of digits compare by value ("trang 2" before "trang 10"), letters without case.
 * Names equal by that rule ("p02", "p2", "P2") still get a fixed order, so a batch is always sorted the same.
 */
export function compareNatural(a: string, b: string): number {
  const left = a.normalize('NFC').match(/\d+|\D+/g) ?? [];
  const right = b.normalize('NFC').match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    const bothNumbers = /^\d/.test(x) && /^\d/.test(y);
    const order = bothNumbers ? compareNumbers(x, y) : compareCodeUnits(x.toLowerCase(), y.toLowerCase());
    if (order !== 0) return order;
  }
  return left.length - right.length || compareCodeUnits(a, b);
}

/** Natural order of relative paths, folder by folder, whichever separator the OS uses. */
export function comparePathsNatural(a: string, b: string): number {
  const left = a.split(/[\\/]/);
  const right = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareNatural(left[i]!, right[i]!);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface WatchedFile extends FileStamp {
  /** consecutive polls that found the same size and modification time */
  unchangedPolls: number;
  /** imported or reported since it last changed: it is not taken again until it changes */
  handled: boolean;
}

export interface WatchPoll {
  files: Map<string, WatchedFile>;
  /** files to import now, in natural order; `files` already counts them as handled */
  ready: string[];
}

/**
 * One poll of a watched folder. A file is ready once its size and modification time have stayed the same
 * over `stableChecks` consecutive polls after it was first seen or last changed, so a scan still being
 * written is never read half-way. An empty file is never ready: scanners create the file before writing it.
 * A file already imported or reported is taken again only after it changes.
 */
export function pollWatchedFiles(
  previous: ReadonlyMap<string, WatchedFile>,
  seen: ReadonlyMap<string, FileStamp>,
  stableChecks: number,
): WatchPoll {
  const files = new Map<string, WatchedFile>();
  const ready: string[] = [];
  for (const [name, stamp] of seen) {
    const before = previous.get(name);
    const unchanged = before !== undefined && before.size === stamp.size && before.mtimeMs === stamp.mtimeMs;
    const file: WatchedFile = unchanged
      ? { ...before, unchangedPolls: before.unchangedPolls + 1 }
      : { ...stamp, unchangedPolls: 0, handled: false };
    if (!file.handled && file.size > 0 && file.unchangedPolls >= stableChecks) {
      file.handled = true;
      ready.push(name);
    }
    files.set(name, file);
  }
  return { files, ready: ready.sort(comparePathsNatural) };
}
