// `sohoa place resolve|successors|install`: the place-name table from the command line, with the pack the
// app uses (the one installed in the data folder, else the one shipped). Lookups print what the resolver
// found; they exit 0 whatever it says, 1 when a code names nothing, and 2 on a wrong command line.
import { readFile } from 'node:fs/promises';
import { AppError } from '../../shared/api/app-error.ts';
import type { PlaceView } from '../../shared/places/place-index.ts';
import { spanOfDate } from '../../shared/places/place-dates.ts';
import type { PlaceResolution, PlaceResolver, PlaceStatus, SuccessorView, Successors } from '../../shared/places/place-resolver.ts';
import { createPlacePackStore, type PlacePackStore } from '../services/place-pack-store.ts';
import type { CliIo } from './cli-io.ts';

export const placeUsage = `Cách dùng / usage:
  sohoa place resolve "ĐỊA DANH/PLACE" --date NGÀY/DATE [--within KHÓA/VERSION_KEY] [--json]
  sohoa place successors MÃ/CODE --date NGÀY/DATE [--json]
  sohoa place install TỆP/FILE [--allow-older] [--json]
NGÀY/DATE: YYYY-MM-DD, YYYY-MM hoặc/or YYYY`;

export interface PlaceCommandOptions {
  dataDir: string;
  date?: string;
  within?: string;
  json: boolean;
  allowOlder: boolean;
  /** for tests; defaults to the pack shipped in the repository's assets/ */
  bundledPackPath?: string;
}

class UsageError extends Error {}

const statusLabel: Record<PlaceStatus, string> = {
  resolved: 'đã xác định / resolved',
  ambiguous: 'nhiều đơn vị trùng tên / ambiguous',
  unresolved: 'chưa xác định / unresolved',
};

function checkDate(date: string | undefined): string {
  if (date === undefined) throw new UsageError('Thiếu --date: cần ngày dạng YYYY-MM-DD, YYYY-MM hoặc YYYY / --date is missing: expected YYYY-MM-DD, YYYY-MM or YYYY');
  if (spanOfDate(date) === null) {
    throw new UsageError(`--date "${date}" không hợp lệ: cần dạng YYYY-MM-DD, YYYY-MM hoặc YYYY / --date "${date}" is not a date: expected YYYY-MM-DD, YYYY-MM or YYYY`);
  }
  return date.trim();
}

function validity(place: PlaceView): string {
  return `${place.validFrom ?? '…'} → ${place.validTo ?? 'nay/now'}`;
}

function successorLines(found: Successors, indent: string): string[] {
  if (found.successors.length === 0) return [`${indent}(không có / none)`];
  const lines = found.successors.map(
    (s: SuccessorView) => `${indent}- ${s.place.path} (${s.share === 'whole' ? 'toàn bộ / whole' : 'một phần / partial'}${s.via.length > 0 ? `; ${s.via.join(' → ')}` : ''})`,
  );
  if (found.needsChoice) lines.push(`${indent}cần chọn / needs a choice: chỉ một phần đơn vị cũ thuộc mỗi đơn vị trên / only part of the old unit lies in each`);
  return lines;
}

function printResolution(result: PlaceResolution, io: CliIo): void {
  const lines = [`Trạng thái / status: ${statusLabel[result.status]}`];
  if (result.issues.length > 0) {
    lines.push('Vấn đề / issues:');
    for (const issue of result.issues) lines.push(`  - ${issue.vi}`, `    ${issue.en}`);
  }
  lines.push('Ứng viên / candidates:');
  if (result.candidates.length === 0) lines.push('  (không có / none)');
  result.candidates.forEach((c, i) => {
    lines.push(`  ${i + 1}. ${c.place.path} [${c.place.key}] (điểm / score ${c.score})`);
    for (const reason of c.reasons) lines.push(`     · ${reason.vi} / ${reason.en}`);
  });
  if (result.status === 'resolved') {
    lines.push('Đơn vị ngày nay / successors today:', ...successorLines(result, '  '));
  }
  lines.push(`Bảng địa danh / place pack: ${result.packVersion}`);
  io.stdout(lines.join('\n'));
}

function checkWithin(resolver: PlaceResolver, within: string | undefined): void {
  if (within !== undefined && resolver.index.versionByKey(within) === undefined) {
    throw new UsageError(`--within: không có đơn vị khóa "${within}" trong bảng địa danh / no unit version with key "${within}" in the place pack`);
  }
}

async function resolveCommand(args: string[], options: PlaceCommandOptions, store: PlacePackStore, io: CliIo): Promise<number> {
  // Unquoted words are taken together: `place resolve xã Bình Chánh` is one place.
  const text = args.join(' ').trim();
  if (text === '') throw new UsageError(placeUsage);
  const date = checkDate(options.date);
  const resolver = await store.resolver();
  checkWithin(resolver, options.within);
  const result = resolver.resolve(text, { date, ...(options.within === undefined ? {} : { within: options.within }) });
  if (options.json) io.stdout(JSON.stringify(result, null, 2));
  else printResolution(result, io);
  return 0;
}

async function successorsCommand(args: string[], options: PlaceCommandOptions, store: PlacePackStore, io: CliIo): Promise<number> {
  const [code] = args;
  if (code === undefined || args.length > 1) throw new UsageError(placeUsage);
  const date = checkDate(options.date);
  const resolver = await store.resolver();
  // Official codes are reused, so a code may name several versions on one date: each is shown.
  const found = resolver.byCode(code, date).map((place) => ({ place, ...(resolver.successorsToday(place.key) ?? { successors: [], needsChoice: false }) }));
  if (options.json) {
    io.stdout(JSON.stringify(found, null, 2));
  } else if (found.length > 0) {
    const lines = found.flatMap((f) => [`${f.place.path} [${f.place.key}] (mã / code ${code}, ${validity(f.place)})`, '  Đơn vị ngày nay / successors today:', ...successorLines(f, '    ')]);
    io.stdout([...lines, `Bảng địa danh / place pack: ${resolver.packVersion}`].join('\n'));
  }
  if (found.length === 0) {
    io.stderr(`Không có đơn vị nào mã "${code}" vào ngày ${date} / no unit has code "${code}" on ${date}`);
    return 1;
  }
  return 0;
}

async function installCommand(args: string[], options: PlaceCommandOptions, store: PlacePackStore, io: CliIo): Promise<number> {
  const [file] = args;
  if (file === undefined || args.length > 1) throw new UsageError(placeUsage);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    io.stderr(`Không đọc được tệp "${file}" / cannot read the file "${file}": ${reason}`);
    return 1;
  }
  const installed = await store.install(bytes, { allowOlder: options.allowOlder });
  if (options.json) {
    io.stdout(JSON.stringify(installed, null, 2));
  } else {
    io.stdout([
      `Đã cài bảng địa danh / place-name pack installed: ${installed.version} (trước đó / previously ${installed.previousVersion})`,
      `${installed.contentHash}`,
      `Thư mục dữ liệu / data folder: ${options.dataDir}`,
    ].join('\n'));
  }
  return 0;
}

export async function placeCommand(args: string[], options: PlaceCommandOptions, io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const store = createPlacePackStore({ dataDir: options.dataDir, ...(options.bundledPackPath ? { bundledPackPath: options.bundledPackPath } : {}) });
  try {
    switch (sub) {
      case 'resolve':
        return await resolveCommand(rest, options, store, io);
      case 'successors':
        return await successorsCommand(rest, options, store, io);
      case 'install':
        return await installCommand(rest, options, store, io);
      default:
        io.stderr(`${sub === undefined ? '' : `Lệnh place không tồn tại / unknown place command: ${sub}\n\n`}${placeUsage}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(error.message);
      return 2;
    }
    if (error instanceof AppError) {
      io.stderr(`${error.vi}\n${error.en}`);
      return 1;
    }
    throw error;
  }
}
