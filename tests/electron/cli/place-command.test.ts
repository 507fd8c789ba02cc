import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.ts';
import { bundledPlacePackPath, placePackHash } from '../../../electron/services/place-pack-store.ts';
import { canonicalPackBody, type PlacePack } from '../../../shared/places/place-pack.ts';
import type { PlaceView } from '../../../shared/places/place-index.ts';
import type { PlaceResolution, Successors } from '../../../shared/places/place-resolver.ts';
import { useTempDir } from '../../support/temp-dir.ts';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

const bundled = JSON.parse(readFileSync(bundledPlacePackPath(), 'utf8')) as PlacePack;

describe('sohoa place', () => {
  const tempDir = useTempDir();

  /** Runs `sohoa place …` against an empty data folder of its own, so the shipped pack is the one in use. */
  async function place(args: string[]) {
    const captured = captureIo();
    const code = await runCli(['place', ...args, '--data', await tempDir()], captured.io);
    return { code, out: captured.out.join('\n'), err: captured.err.join('\n') };
  }

  it('resolves a place written with its district and province to its unit then and today', async () => {
    const { code, out } = await place(['resolve', 'xã Bình Chánh, huyện Bình Chánh, TP Hồ Chí Minh', '--date', '1990-05-01', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as PlaceResolution;
    expect(result.status).toBe('resolved');
    expect(result.packVersion).toBe(bundled.version);
    expect(result.candidates[0]!.place.path).toBe('Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh');
    expect(result.successors.map((s) => s.place.path)).toEqual([expect.stringContaining('Xã Bình Chánh, Thành phố Hồ Chí Minh')]);
  });

  it('prints the resolution for a person: status, candidates with reasons, successors today', async () => {
    const { code, out } = await place(['resolve', 'xã Bình Chánh, huyện Bình Chánh, TP Hồ Chí Minh', '--date', '1990-05-01']);
    expect(code).toBe(0);
    expect(out).toContain('status: đã xác định / resolved');
    expect(out).toMatch(/1\. Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh \[[^\]]+\] \(điểm \/ score \d+\)/);
    expect(out).toContain('Name matches: Xã Bình Chánh');
    expect(out).toMatch(/successors today:\n {2}- Xã Bình Chánh, Thành phố Hồ Chí Minh \((toàn bộ \/ whole|một phần \/ partial)/);
    expect(out).toContain(`place pack: ${bundled.version}`);
  });

  it('reports a commune name alone as ambiguous, with each unit of that name, and the issue in both languages', async () => {
    const { code, out } = await place(['resolve', 'xã Bình Chánh', '--date', '1990']);
    expect(code).toBe(0);
    expect(out).toContain('status: nhiều đơn vị trùng tên / ambiguous');
    expect(out).toContain('Xã Bình Chánh, Huyện Bình Chánh, Thành phố Hồ Chí Minh');
    expect(out).toContain('Xã Bình Chánh, Huyện Châu Phú, Tỉnh An Giang');
    expect(out).toMatch(/đơn vị tên "Bình Chánh".*\n.*units are named "Bình Chánh"/);
    const json = await place(['resolve', 'xã Bình Chánh', '--date', '1990', '--json']);
    const result = JSON.parse(json.out) as PlaceResolution;
    expect(result.status).toBe('ambiguous');
    expect(result.candidates.length).toBeGreaterThan(1);
    expect(result.successors).toEqual([]);
  });

  it('narrows a name to the unit of the book with --within', async () => {
    const all = JSON.parse((await place(['resolve', 'xã Bình Chánh', '--date', '1990', '--json'])).out) as PlaceResolution;
    const inHcmc = all.candidates.find((c) => c.place.path.endsWith('Thành phố Hồ Chí Minh'))!;
    const { out } = await place(['resolve', 'xã Bình Chánh', '--date', '1990', '--within', inHcmc.place.key, '--json']);
    const result = JSON.parse(out) as PlaceResolution;
    expect(result.status).toBe('resolved');
    expect(result.candidates[0]!.place.key).toBe(inHcmc.place.key);
    const unknown = await place(['resolve', 'xã Bình Chánh', '--date', '1990', '--within', 'no-such-key']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no unit version with key "no-such-key"');
  });

  it('follows an official code of a date to its units today: Phường Cống Vị, split in 2025, needs a choice', async () => {
    const { code, out } = await place(['successors', '00007', '--date', '2020-01-01', '--json']);
    expect(code).toBe(0);
    const found = JSON.parse(out) as ({ place: PlaceView } & Successors)[];
    expect(found.map((f) => f.place.fullName)).toEqual(['Phường Cống Vị']);
    const [congVi] = found;
    expect(congVi!.successors).toHaveLength(2);
    expect(congVi!.successors.every((s) => s.share === 'partial')).toBe(true);
    expect(congVi!.needsChoice).toBe(true);

    const text = await place(['successors', '00007', '--date', '2020-01-01']);
    expect(text.out).toContain('Phường Cống Vị, Quận Ba Đình, Thành phố Hà Nội');
    expect(text.out).toMatch(/- Phường \S+( \S+)?, Thành phố Hà Nội \(một phần \/ partial; split_into\)/);
    expect(text.out).toContain('cần chọn / needs a choice');
  });

  it('says so when a code names no unit on the date', async () => {
    const { code, err } = await place(['successors', '99999999', '--date', '2020-01-01']);
    expect(code).toBe(1);
    expect(err).toContain('no unit has code "99999999" on 2020-01-01');
  });

  it.each([
    [['resolve', 'xã Bình Chánh']],
    [['resolve', 'xã Bình Chánh', '--date', '1990-13-01']],
    [['resolve', 'xã Bình Chánh', '--date', '1990-02-30']],
    [['resolve', 'xã Bình Chánh', '--date', 'năm 1990']],
    [['successors', '00007']],
    [['successors', '00007', '--date', '20-01-2020']],
  ])('refuses a missing or invalid --date with exit code 2: %j', async (args) => {
    const { code, err, out } = await place(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/YYYY-MM-DD, YYYY-MM hoặc YYYY \/ .*expected YYYY-MM-DD, YYYY-MM or YYYY/);
  });

  it('accepts a year, a month or a day as the date', async () => {
    for (const date of ['1990', '1990-05', '1990-05-01']) {
      const { code, out } = await place(['resolve', 'xã Bình Chánh, huyện Bình Chánh, TP Hồ Chí Minh', '--date', date, '--json']);
      expect(code).toBe(0);
      expect((JSON.parse(out) as PlaceResolution).status).toBe('resolved');
    }
  });

  it('shows its usage on an unknown or incomplete place command, with exit code 2', async () => {
    for (const args of [['frobnicate'], [], ['resolve', '--date', '1990'], ['install']]) {
      const { code, err } = await place(args);
      expect(code).toBe(2);
      expect(err).toContain('sohoa place resolve');
    }
    expect((await place(['frobnicate'])).err).toContain('unknown place command: frobnicate');
    const help = captureIo();
    expect(await runCli(['help'], help.io)).toBe(0);
    expect(help.out.join()).toContain('place resolve');
  });

  it('installs a newer pack into the data folder, which the place commands then use', async () => {
    const dataDir = await tempDir();
    const newer = { ...bundled, version: `${bundled.version}-7` };
    newer.contentHash = placePackHash(canonicalPackBody(newer));
    const file = path.join(dataDir, 'newer-pack.json');
    await writeFile(file, JSON.stringify(newer));

    const install = captureIo();
    expect(await runCli(['place', 'install', file, '--data', dataDir, '--json'], install.io)).toBe(0);
    expect(JSON.parse(install.out.join('\n'))).toEqual({ version: newer.version, contentHash: newer.contentHash, previousVersion: bundled.version });

    const resolve = captureIo();
    expect(await runCli(['place', 'resolve', 'xã Bình Chánh', '--date', '1990', '--data', dataDir, '--json'], resolve.io)).toBe(0);
    expect((JSON.parse(resolve.out.join('\n')) as PlaceResolution).packVersion).toBe(newer.version);

    // Going back needs --allow-older.
    const older = { ...bundled, version: `${bundled.version}-3` };
    older.contentHash = placePackHash(canonicalPackBody(older));
    await writeFile(file, JSON.stringify(older));
    const refused = captureIo();
    expect(await runCli(['place', 'install', file, '--data', dataDir], refused.io)).toBe(1);
    expect(refused.err.join('\n')).toContain('older than the pack in use');
    const allowed = captureIo();
    expect(await runCli(['place', 'install', file, '--data', dataDir, '--allow-older'], allowed.io)).toBe(0);
    expect(allowed.out.join('\n')).toContain(`place-name pack installed: ${older.version} (trước đó / previously ${newer.version})`);
  });

  it('refuses a tampered pack with exit code 1 and the reason in Vietnamese and English', async () => {
    const dataDir = await tempDir();
    const tampered = structuredClone(bundled);
    tampered.versions[0]![4] = 'Tên bị sửa';
    const file = path.join(dataDir, 'tampered.json');
    await writeFile(file, JSON.stringify(tampered));
    const { io, out, err } = captureIo();
    expect(await runCli(['place', 'install', file, '--data', dataDir], io)).toBe(1);
    expect(out).toEqual([]);
    const message = err.join('\n');
    expect(message).toContain(`Không cài bảng địa danh ${bundled.version}: mã kiểm tra (contentHash) không khớp`);
    expect(message).toContain(`The place-name pack ${bundled.version} was not installed: its content hash does not match`);

    const missing = captureIo();
    expect(await runCli(['place', 'install', path.join(dataDir, 'missing.json'), '--data', dataDir], missing.io)).toBe(1);
    expect(missing.err.join()).toContain('cannot read the file');
  });
});
