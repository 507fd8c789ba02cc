import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.ts';
import { fixturesDir } from '../../support/fixtures.ts';
import { useTempDir } from '../../support/temp-dir.ts';

interface Printed {
  entry: number;
  kind: string;
  edition?: string;
  findings: { field: string; code: string; severity: string; message: { vi: string; en: string } }[];
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sohoa validate', () => {
  const tempDir = useTempDir();
  const samples = path.join(fixturesDir, 'samples');

  it('finds no error in any sample register file', async () => {
    for (const file of readdirSync(samples).filter((f) => f.endsWith('.json'))) {
      const { code, out } = await run(['validate', path.join(samples, file), '--today', '2026-11-23']);
      expect(code).toBe(0);
      const results = JSON.parse(out) as Printed[];
      expect(results.length).toBeGreaterThan(0);
      expect(results.flatMap((r) => r.findings).filter((f) => f.severity === 'error'), file).toEqual([]);
      expect(results[0]!.edition).toBe(file.replace(/-\d+\.json$/, ''));
    }
  });

  it('checks the numbering of a register file across its entries: a number used twice in a year, numbers missing', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'register.json');
    const entry = (no: string, name: string, date: string) => ({ fields: { 'registration.number': no, 'child.fullName': name, 'registration.date': date } });
    await writeFile(file, JSON.stringify({ kind: 'birth', edition: 'birth-table', entries: [
      entry('1', 'Lê Văn An', '02/01/1998'), entry('2', 'Trần Thị Bình', '05/01/1998'), entry('2', 'Phạm Văn Chi', '06/01/1998'),
      entry('5', 'Võ Thị Dung', '09/01/1998'), entry('1', 'Ngô Văn Em', '03/01/1999'),
    ] }));
    const { code, out } = await run(['validate', file, '--today', '2026-11-23', '--years', '1998-1999']);
    expect(code).toBe(0);
    const numbering = (JSON.parse(out) as Printed[]).map((r) => r.findings.filter((f) => f.code.startsWith('registration.number')).map((f) => f.code));
    expect(numbering).toEqual([[], ['registration.numberDuplicate'], ['registration.numberDuplicate'], ['registration.numberGap'], []]);
    const duplicate = (JSON.parse(out) as Printed[])[2]!.findings.find((f) => f.code === 'registration.numberDuplicate')!;
    expect(duplicate.severity).toBe('error');
    expect(duplicate.message.vi).toContain('Trần Thị Bình');
  });

  it('prints the findings of an entry or of an array of entries, and exits 0', async () => {
    const dir = await tempDir();
    const one = path.join(dir, 'one.json');
    await writeFile(one, JSON.stringify({ kind: 'birth', fields: { 'child.fullName': 'An', 'child.birthDate': '31/02/2003' } }));
    const single = await run(['validate', one, '--today', '2026-11-23']);
    expect(single.code).toBe(0);
    const [result] = JSON.parse(single.out) as Printed[];
    expect(result!.findings.find((f) => f.field === 'child.birthDate')).toMatchObject({ code: 'date.impossible', severity: 'error' });
    expect(result!.findings.find((f) => f.field === 'child.birthDate')!.message.vi).toContain('không tồn tại');

    const many = path.join(dir, 'many.json');
    await writeFile(many, JSON.stringify([{ kind: 'death', fields: {} }, { kind: 'marriage', edition: 'marriage-form', fields: { 'registration.number': 7 } }]));
    const both = JSON.parse((await run(['validate', many])).out) as Printed[];
    expect(both.map((r) => [r.entry, r.kind])).toEqual([[0, 'death'], [1, 'marriage']]);
    expect(both[1]!.findings.some((f) => f.field === 'registration.number')).toBe(false);
  });

  it('resolves two-digit years by --years', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'e.json');
    await writeFile(file, JSON.stringify({ kind: 'birth', fields: { 'child.birthDate': '12.03.87' } }));
    const guessed = JSON.parse((await run(['validate', file])).out) as Printed[];
    expect(guessed[0]!.findings.map((f) => f.code)).toContain('date.twoDigitYear');
    const resolved = JSON.parse((await run(['validate', file, '--years', '1985-1987'])).out) as Printed[];
    expect(resolved[0]!.findings.map((f) => f.code)).not.toContain('date.twoDigitYear');
  });

  it.each([
    ['not JSON', '{ kind: birth', 'Không đọc được tệp JSON'],
    ['the wrong shape', JSON.stringify({ kind: 'adoption', fields: {} }), 'không có dạng'],
    ['fields that are not text', JSON.stringify({ kind: 'birth', fields: { 'child.fullName': { x: 1 } } }), 'không có dạng'],
  ])('explains a file with %s and exits 2', async (_name, content, message) => {
    const file = path.join(await tempDir(), 'bad.json');
    await writeFile(file, content);
    const result = await run(['validate', file]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.out).toBe('');
  });

  it('explains a missing file and wrong options', async () => {
    expect((await run(['validate', '/nonexistent/x.json'])).err).toContain('ENOENT');
    expect((await run(['validate'])).code).toBe(2);
    expect((await run(['validate', 'a.json', 'b.json'])).code).toBe(2);
    expect((await run(['validate', path.join(samples, 'birth-form-001.json'), '--years', '87-89'])).err).toContain('--years');
    expect((await run(['validate', path.join(samples, 'birth-form-001.json'), '--today', 'hôm nay'])).err).toContain('--today');
  });
});
