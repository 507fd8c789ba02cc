import { describe, expect, it } from 'vitest';
import { droppedScans, scanSelection } from '../../../../renderer/features/pages/scan-files.ts';

function file(name: string, folder?: string): File {
  const f = new File([new Uint8Array([1])], name);
  return folder ? Object.defineProperty(f, 'webkitRelativePath', { value: `${folder}/${name}` }) : f;
}

const names = (files: File[]) => files.map((f) => f.webkitRelativePath || f.name);

describe('scanSelection', () => {
  it('orders picked files as pages are numbered, and tries every one of them', () => {
    const { files, skipped } = scanSelection([file('trang 10.jpg'), file('ghi-chu.txt'), file('trang 2.jpg'), file('Trang 1.TIF')], false);
    expect(names(files)).toEqual(['ghi-chu.txt', 'Trang 1.TIF', 'trang 2.jpg', 'trang 10.jpg']);
    expect(skipped).toBe(0);
  });

  it('takes only the scans of a folder, folder by folder in natural order, and counts what it left', () => {
    const { files, skipped } = scanSelection([
      file('p10.jpg', 'so/q2'), file('p2.jpg', 'so/q2'), file('Thumbs.db', 'so/q2'), file('.DS_Store', 'so'), file('p1.png', 'so/q10'), file('p1.tiff', 'so/q1'),
    ], true);
    expect(names(files)).toEqual(['so/q1/p1.tiff', 'so/q2/p2.jpg', 'so/q2/p10.jpg', 'so/q10/p1.png']);
    expect(skipped).toBe(2);
  });
});

/** The parts of Chromium's drag-and-drop entries a drop reads: files, and folders read in chunks. */
function fileEntry(f: File) {
  return { isFile: true, isDirectory: false, name: f.name, file: (ok: (f: File) => void) => ok(f) };
}

function folderEntry(name: string, children: object[]) {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      // Two chunks, then none: as Chromium answers a folder of more than 100 entries.
      const chunks = [children.slice(0, 1), children.slice(1), []];
      return { readEntries: (ok: (entries: object[]) => void) => ok(chunks.shift() ?? []) };
    },
  };
}

function dataTransfer(entries: object[], files: File[] = []): DataTransfer {
  return { items: entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry })), files } as unknown as DataTransfer;
}

describe('droppedScans', () => {
  it('walks a dropped folder and its sub-folders, keeping only the scans, in order', async () => {
    const drop = dataTransfer([folderEntry('so-06', [fileEntry(new File([], 'trang-10.jpg')), fileEntry(new File([], 'desktop.ini')), folderEntry('phu-luc', [fileEntry(new File([], 'a.png'))]), fileEntry(new File([], 'trang-9.jpg'))])]);
    const { files, skipped } = await droppedScans(drop);
    expect(names(files)).toEqual(['so-06/phu-luc/a.png', 'so-06/trang-9.jpg', 'so-06/trang-10.jpg']);
    expect(skipped).toBe(1);
  });

  it('takes dropped files as picked ones when no folder is in the drop', async () => {
    const files = [new File([], 'b.jpg'), new File([], 'a.txt')];
    const drop = dataTransfer(files.map(fileEntry), files);
    expect(names((await droppedScans(drop)).files)).toEqual(['a.txt', 'b.jpg']);
  });
});
