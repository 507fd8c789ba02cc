import { describe, expect, it } from 'vitest';
import {
  compareNatural, comparePathsNatural, isScanFileName, pollWatchedFiles,
  type FileStamp, type WatchedFile,
} from '../../../shared/pages/image-files.ts';

describe('isScanFileName', () => {
  it('takes the scan extensions (PDF too) in any case', () => {
    for (const name of ['a.jpg', 'B.JPEG', 'trang 1.png', 'x.WebP', 'so.tif', 'quyen.TIFF', 'scan.pdf', 'QUYEN 2.PDF']) expect(isScanFileName(name)).toBe(true);
  });

  it('leaves out other files, hidden files and names that are only an extension', () => {
    for (const name of ['notes.txt', 'scan.pdf.part', 'scan.jpg.part', 'scan.tmp', '.scan.jpg', '.jpg', 'jpg', 'Thumbs.db']) {
      expect(isScanFileName(name)).toBe(false);
    }
  });
});

describe('natural order', () => {
  it('sorts numbers by value, letters without case', () => {
    const names = ['page10.jpg', 'Page2.jpg', 'page1.jpg', 'trang 3-1.jpg', 'page20.jpg', 'trang 3-10.jpg', 'trang 3-9.jpg', 'a.jpg'];
    expect([...names].sort(compareNatural))
      .toEqual(['a.jpg', 'page1.jpg', 'Page2.jpg', 'page10.jpg', 'page20.jpg', 'trang 3-1.jpg', 'trang 3-9.jpg', 'trang 3-10.jpg']);
  });

  it('gives names equal by value a fixed order, and copes with numbers beyond any integer', () => {
    expect(['p2', 'p02', 'P2'].sort(compareNatural)).toEqual(['P2', 'p02', 'p2']);
    expect(['p2', 'P2', 'p02'].sort(compareNatural)).toEqual(['P2', 'p02', 'p2']);
    expect(compareNatural('x123456789012345678901234567890', 'x99999999999999999999999999999')).toBeGreaterThan(0);
  });

  it('orders paths folder by folder, with either separator', () => {
    const paths = ['quyen10/trang1.jpg', 'quyen2/trang10.jpg', 'quyen2/trang9.jpg', 'quyen2\\trang11.jpg', 'bia.jpg'];
    expect([...paths].sort(comparePathsNatural)).toEqual(['bia.jpg', 'quyen2/trang9.jpg', 'quyen2/trang10.jpg', 'quyen2\\trang11.jpg', 'quyen10/trang1.jpg']);
  });
});

describe('pollWatchedFiles', () => {
  const stamps = (entries: Record<string, FileStamp>) => new Map(Object.entries(entries));

  /** Runs polls over a sequence of folder states, and returns what each poll made ready. */
  function run(states: Record<string, FileStamp>[], stableChecks = 2): string[][] {
    let files = new Map<string, WatchedFile>();
    return states.map((state) => {
      const poll = pollWatchedFiles(files, stamps(state), stableChecks);
      files = poll.files;
      return poll.ready;
    });
  }

  const a1 = { size: 100, mtimeMs: 1 };
  const a2 = { size: 200, mtimeMs: 2 };

  it('takes a file once it has stayed the same over the given number of polls after it was first seen', () => {
    expect(run([{ 'a.jpg': a1 }, { 'a.jpg': a1 }, { 'a.jpg': a1 }, { 'a.jpg': a1 }])).toEqual([[], [], ['a.jpg'], []]);
    expect(run([{ 'a.jpg': a1 }, { 'a.jpg': a1 }, { 'a.jpg': a1 }, { 'a.jpg': a1 }], 3)).toEqual([[], [], [], ['a.jpg']]);
  });

  it('waits while a file grows, and counts again from its last change', () => {
    expect(run([{ 'a.jpg': a1 }, { 'a.jpg': a2 }, { 'a.jpg': a2 }, { 'a.jpg': a2 }])).toEqual([[], [], [], ['a.jpg']]);
  });

  it('counts a change of modification time alone as a change', () => {
    const touched = { size: 100, mtimeMs: 5 };
    expect(run([{ 'a.jpg': a1 }, { 'a.jpg': a1 }, { 'a.jpg': touched }, { 'a.jpg': touched }, { 'a.jpg': touched }])).toEqual([[], [], [], [], ['a.jpg']]);
  });

  it('never takes an empty file, which a scanner creates before writing it', () => {
    const empty = { size: 0, mtimeMs: 1 };
    expect(run([{ 'a.jpg': empty }, { 'a.jpg': empty }, { 'a.jpg': empty }, { 'a.jpg': empty }])).toEqual([[], [], [], []]);
  });

  it('takes a file again only after it changes, whatever came of the first import', () => {
    expect(run([{ 'a.jpg': a1 }, { 'a.jpg': a1 }, { 'a.jpg': a1 }, { 'a.jpg': a1 }, { 'a.jpg': a2 }, { 'a.jpg': a2 }, { 'a.jpg': a2 }, { 'a.jpg': a2 }]))
      .toEqual([[], [], ['a.jpg'], [], [], [], ['a.jpg'], []]);
  });

  it('forgets a file that went away, and takes it as new when it comes back', () => {
    expect(run([{ 'a.jpg': a1 }, { 'a.jpg': a1 }, { 'a.jpg': a1 }, {}, { 'a.jpg': a1 }, { 'a.jpg': a1 }, { 'a.jpg': a1 }]))
      .toEqual([[], [], ['a.jpg'], [], [], [], ['a.jpg']]);
  });

  it('gives the files ready together in natural order', () => {
    const state = { 'trang10.jpg': a1, 'trang2.jpg': a1, 'trang1.jpg': a1 };
    expect(run([state, state, state])[2]).toEqual(['trang1.jpg', 'trang2.jpg', 'trang10.jpg']);
  });

  it('does not change the state it is given', () => {
    const first = pollWatchedFiles(new Map(), stamps({ 'a.jpg': a1 }), 1);
    const snapshot = structuredClone(first.files);
    pollWatchedFiles(first.files, stamps({ 'a.jpg': a1 }), 1);
    expect(first.files).toEqual(snapshot);
  });
});
