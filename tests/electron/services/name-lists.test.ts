import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/app-error.ts';
import { correctField } from '../../../shared/ocr/post-correct.ts';
import { bundledNameListsDir, loadNameLists, nameListsOnce } from '../../../electron/services/name-lists.ts';

const dir = bundledNameListsDir();
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'sohoa-names-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the shipped name lists', () => {
  it('surnames.txt is one surname a line, NFC, with no duplicates and no eth for Đ', async () => {
    const text = await readFile(path.join(dir, 'surnames.txt'), 'utf8');
    const lines = text.split('\n').filter((line) => line !== '');
    expect(text.endsWith('\n')).toBe(true);
    expect(lines.length).toBeGreaterThanOrEqual(100);
    expect(lines.filter((line) => line !== line.normalize('NFC'))).toEqual([]);
    expect(lines.filter((line, i) => lines.indexOf(line) !== i)).toEqual([]);
    expect(lines.filter((line) => line !== line.trim() || /\s{2,}|\u00d0/.test(line))).toEqual([]);
    expect(lines.slice(0, 5)).toEqual(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng']);
  });

  it('loads as NFC entries with Đ: surnames, boys\' and girls\' given names, causes of death, relations', async () => {
    const lists = await loadNameLists();
    expect(lists.surnames).toContain('Tôn Thất');
    expect(lists.givenNames.male.length).toBe(1236);
    expect(lists.givenNames.female.length).toBe(1316);
    expect(lists.givenNames.male).toContain('Anh Đức');
    expect(lists.causesOfDeath).toContain('Đột quỵ');
    expect(lists.relations).toContain('bà ngoại');
    for (const entry of [...lists.surnames, ...lists.givenNames.male, ...lists.givenNames.female, ...lists.causesOfDeath, ...lists.relations]) {
      expect(entry).toBe(entry.normalize('NFC'));
      expect(entry).not.toMatch(/\u00d0/);
    }
  });

  it('lets post-correction fix common surnames and pass common names', async () => {
    const context = { names: await loadNameLists(), today: '2026-01-01' };
    const read = (raw: string) => correctField('name', raw, 95, context);
    expect(read('Nguyễn Thị Hồng')).toMatchObject({ value: 'Nguyễn Thị Hồng', flags: [] });
    expect(read('Tôn Thất Thuyết')).toMatchObject({ value: 'Tôn Thất Thuyết', flags: [] });
    for (const [raw, value] of [['Nguyến Văn An', 'Nguyễn Văn An'], ['Trân Thị Mai', 'Trần Thị Mai'], ['Ha Văn Minh', 'Hà Văn Minh'], ['Huynh Thanh Tâm', 'Huỳnh Thanh Tâm'], ['Nquyễn Văn Dũng', 'Nguyễn Văn Dũng']]) {
      expect(read(raw!).value).toBe(value);
    }
    // Đặng and Đàng are both surnames: without marks, neither is chosen.
    expect(read('Dang Văn Minh').value).toBe('Dang Văn Minh');
    // Xyzt is in no list, and no Vietnamese syllable is spelled so.
    expect(read('Lê Văn Xyzt').flags.map((f) => f.code)).toEqual(['unusual-given-name', 'impossible-spelling']);
  });
});

describe('where the lists are read from', () => {
  it('points at the shipped resources once packaged, as electron-builder.yml lays them out', () => {
    expect(bundledNameListsDir('/opt/SoHoa/resources')).toBe(path.join('/opt/SoHoa/resources', 'assets', 'names'));
  });

  it('reads the packaged layout', async () => {
    const resources = path.join(scratch, 'resources');
    await mkdir(path.join(resources, 'assets'), { recursive: true });
    await cp(dir, bundledNameListsDir(resources), { recursive: true });
    expect(await loadNameLists(bundledNameListsDir(resources))).toEqual(await loadNameLists());
  });
});

describe('lists that cannot be read', () => {
  /** A folder with these files; a file given as null is left out. */
  async function listsDir(name: string, files: Record<string, string | Uint8Array | null>): Promise<string> {
    const where = path.join(scratch, name);
    await mkdir(where, { recursive: true });
    for (const [file, content] of Object.entries(files)) if (content !== null) await writeFile(path.join(where, file), content);
    return where;
  }
  const complete: Record<string, string | Uint8Array | null> = {
    'surnames.txt': 'Nguyễn\n',
    'given-names-male.txt': 'Văn An\n',
    'given-names-female.txt': 'Thị Hồng\n',
    'causes-of-death.txt': '# causes\nGià yếu\n',
    'relations.txt': 'cha\n',
  };

  it('reads a complete folder', async () => {
    expect(await loadNameLists(await listsDir('complete', complete))).toEqual({
      surnames: ['Nguyễn'],
      givenNames: { male: ['Văn An'], female: ['Thị Hồng'] },
      causesOfDeath: ['Già yếu'],
      relations: ['cha'],
    });
  });

  it.each([
    ['a missing file', { ...complete, 'surnames.txt': null }, 'path-not-found', /surnames\.txt/],
    ['a file that is not UTF-8', { ...complete, 'given-names-male.txt': new Uint8Array([0x4e, 0xff, 0xfe, 0x0a]) }, 'internal', /given-names-male\.txt/],
    ['an empty list', { ...complete, 'given-names-female.txt': '# nothing\n\n' }, 'internal', /given-names-female\.txt/],
    ['a missing list of causes of death', { ...complete, 'causes-of-death.txt': null }, 'path-not-found', /causes-of-death\.txt/],
  ])('refuses %s with a message in both languages', async (name, files, code, detail) => {
    const error = await loadNameLists(await listsDir(name, files)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect((error as AppError).en).toMatch(detail);
    expect((error as AppError).vi).toMatch(detail);
  });

  it('are read once when they can be, and again after a failure once the files are there', async () => {
    const where = await listsDir('late', { ...complete, 'surnames.txt': null });
    const names = nameListsOnce(where);
    await expect(names()).rejects.toMatchObject({ code: 'path-not-found' });
    await writeFile(path.join(where, 'surnames.txt'), 'Trần\n');
    const first = names();
    expect(first).toBe(names());
    expect((await first).surnames).toEqual(['Trần']);
  });
});
