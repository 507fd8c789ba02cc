// `sohoa validate FILE.json [--today YYYY-MM-DD] [--years FROM-TO]`: the findings of each entry as JSON.
// Takes an entry {kind, edition?, fields}, an array of them, or a register file {kind, edition, entries}:
// the entries of a register file are also checked together (numbers used twice in a year, or missing).
// Findings are the output, not a failure: it exits 0 whatever they say, and 2 only when it cannot read.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { todayIso, type YearRange } from '../../shared/domain/dates.ts';
import { recordKinds } from '../../shared/domain/record-kinds.ts';
import { registerNumberingFindings } from '../../shared/domain/register-numbering.ts';
import { validateEntry, type EntryToValidate } from '../../shared/domain/validate-entry.ts';
import { errorDetail } from '../../shared/api/app-error.ts';
import type { CliIo } from './cli-io.ts';

const kind = z.enum(recordKinds as [string, ...string[]]).transform((k) => k as EntryToValidate['kind']);
const fields = z.record(z.string(), z.union([z.string(), z.number().transform(String), z.null().transform(() => '')]));
const entry = z.object({ kind, edition: z.string().optional(), fields });
const registerFile = z.object({ kind, edition: z.string().optional(), entries: z.array(z.object({ fields })) });
const input = z.union([z.array(entry), registerFile, entry]);

export interface ValidateOptions {
  today?: string;
  years?: string;
}

function parseYears(text: string | undefined): YearRange | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d{4})-(\d{4})$/.exec(text);
  if (!match) throw new Error(`--years: cần dạng NĂM-NĂM / expected FROM-TO, e.g. 1985-1987 ("${text}")`);
  return { from: Number(match[1]), to: Number(match[2]) };
}

function toEntries(parsed: z.infer<typeof input>): EntryToValidate[] {
  if (Array.isArray(parsed)) return parsed;
  if ('entries' in parsed) return parsed.entries.map((e) => ({ kind: parsed.kind, edition: parsed.edition, fields: e.fields }));
  return [parsed];
}

export async function validateCommand(files: string[], options: ValidateOptions, io: CliIo): Promise<number> {
  const [file] = files;
  if (file === undefined || files.length > 1) {
    io.stderr('Cách dùng / usage: sohoa validate <tệp/file.json> [--today YYYY-MM-DD] [--years FROM-TO]');
    return 2;
  }
  let entries: EntryToValidate[];
  let register: boolean;
  let registerYears: YearRange | undefined;
  try {
    registerYears = parseYears(options.years);
    if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error(`--today: cần dạng / expected YYYY-MM-DD ("${options.today}")`);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? errorDetail(error);
      throw new Error(`Không đọc được tệp JSON "${file}" / cannot read the JSON file "${file}": ${reason}`, { cause: error });
    }
    const parsed = input.safeParse(json);
    if (!parsed.success) {
      throw new Error(`Tệp "${file}" không có dạng {kind, edition?, fields}, mảng các mục, hoặc {kind, edition, entries} / "${file}" is not an entry, an array of entries or a register file`);
    }
    entries = toEntries(parsed.data);
    register = !Array.isArray(parsed.data) && 'entries' in parsed.data;
  } catch (error) {
    io.stderr(errorDetail(error));
    return 2;
  }

  const context = { today: options.today ?? todayIso(), ...(registerYears ? { registerYears } : {}) };
  const text = (e: EntryToValidate) => Object.fromEntries(Object.entries(e.fields).map(([key, value]) => [key, typeof value === 'string' ? value : value.value]));
  const numbering = register ? registerNumberingFindings(entries.map((e) => ({ kind: e.kind, fields: text(e) })), context.today, registerYears) : [];
  const results = entries.map((e, index) => ({
    entry: index,
    kind: e.kind,
    ...(e.edition ? { edition: e.edition } : {}),
    findings: [...validateEntry(e, context), ...(numbering[index] ?? [])],
  }));
  io.stdout(JSON.stringify(results, null, 2));
  return 0;
}
