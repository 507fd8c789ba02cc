// A batch's work carried between PCs with no network between them (docs/work-package.md): a work package
// takes a batch's pages to the operator's PC, a result brings back what they keyed. One zip file, a
// manifest with the SHA-256 of every other file in it, so that a damaged or altered file is refused whole.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { AppError } from '../api/app-error.ts';
import type { AuditRow, Book, Entry, Page } from '../domain/entry.ts';
import { recordKinds } from '../domain/record-kinds.ts';
import type { PageExtraction } from '../ocr/ocr-types.ts';
import type { Batch } from './batches.ts';
import type { Keying } from './reconciliation.ts';
import { roles } from './roles.ts';

export const workPackageFormat = 'sohoa.work-package';
/** Raised when a reader of version 1 could no longer read a package right; a newer one is refused, never half read. */
export const workPackageFormatVersion = 1;
export const manifestPath = 'manifest.json';

export type Sha256 = (bytes: Uint8Array) => Promise<string>;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const recordId = z.string().regex(/^[0-9A-Za-z-]{1,128}$/);
const isoTime = z.iso.datetime();

const personSchema = z.object({
  id: recordId,
  fullName: z.string().min(1).max(200),
  role: z.enum(roles),
}).strict().describe('A person as their profile names them on the PC the package came from; ids are kept across PCs.');

export type PackagePerson = z.infer<typeof personSchema>;

const partSchema = z.object({
  path: z.string().regex(/^(?:[a-z]+\.json|images\/[0-9a-f]{64}\.(?:jpg|png|webp|tif))$/),
  sha256: sha256Hex,
  bytes: z.number().int().min(0),
}).strict();

export const packageManifestSchema = z.object({
  format: z.literal(workPackageFormat),
  formatVersion: z.literal(workPackageFormatVersion),
  kind: z.enum(['work', 'result']).describe('work: a batch sent to an operator; result: what they keyed, sent back'),
  packageId: recordId,
  answers: recordId.optional().describe('result only: the work package it answers'),
  createdAt: isoTime,
  createdBy: personSchema,
  app: z.object({ name: z.literal('SoHoa'), version: z.string().max(40) }).strict(),
  book: z.object({
    id: recordId,
    kind: z.enum(recordKinds),
    edition: z.string().min(1).max(64).describe("the register template the book's pages are read with"),
    communeAsWritten: z.string().max(200),
    volume: z.string().max(40),
    yearFrom: z.number().int(),
    yearTo: z.number().int(),
  }).strict(),
  placeTableVersion: z.string().max(40).describe('the place-name table the sender resolved places with'),
  batch: z.object({ id: recordId, number: z.number().int().min(1), pageIds: z.array(sha256Hex).min(1) }).strict(),
  pass: z.enum(['A', 'B']).describe('A: the entries are keyed in the workspace; B: key fields typed blind'),
  assignee: personSchema,
  profiles: z.array(personSchema).describe('everyone the records name'),
  parts: z.array(partSchema).describe('every other file of the zip, with its SHA-256 and size'),
}).strict();

export type PackageManifest = z.infer<typeof packageManifestSchema>;

/** The manifest's JSON Schema, for other tools (docs/work-package.schema.json is this, written out). */
export function manifestJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(packageManifestSchema),
    title: `SoHoa work package manifest, format ${workPackageFormatVersion}`,
  };
}
export type PackageKind = PackageManifest['kind'];

// The records inside are checked for what the merge relies on (ids, links, revisions); the rest of a record
// is kept as it came, as the data folder's journal does.
const fieldValueSchema = z.looseObject({ value: z.string(), raw: z.string(), source: z.enum(['ocr', 'typed', 'corrected']) });
const entrySchema = z.looseObject({
  id: recordId,
  bookId: recordId,
  pageId: sha256Hex.nullable(),
  kind: z.enum(recordKinds),
  entryNo: z.string(),
  fields: z.record(z.string(), fieldValueSchema),
  status: z.enum(['draft', 'verified', 'queued', 'synced', 'attention']),
  revision: z.number().int().min(1),
  updatedAt: isoTime,
  updatedBy: z.string(),
});
const pageSchema = z.looseObject({ id: sha256Hex, bookId: recordId, sequence: z.number().int(), fileName: z.string(), width: z.number(), height: z.number() });
const bookSchema = z.looseObject({ id: recordId, kind: z.enum(recordKinds), templateId: z.string(), yearFrom: z.number().int(), yearTo: z.number().int() });
const batchSchema = z.looseObject({ id: recordId, bookId: recordId, number: z.number().int(), pageIds: z.array(sha256Hex) });
const extractionSchema = z.looseObject({ page: sha256Hex, extraction: z.looseObject({ page: sha256Hex, width: z.number(), height: z.number() }), draftIds: z.array(recordId.nullable()) });
const auditSchema = z.looseObject({ id: recordId, at: isoTime, actor: z.string(), action: z.string(), entity: z.literal('entry'), entityId: recordId });
const keyingSchema = z.looseObject({ id: z.string(), bookId: recordId, batchId: recordId, entryId: recordId, field: z.string(), value: z.string(), by: recordId, at: isoTime });

/** A page's reading as the workspace keeps it: the boxes fields were read in, and the draft each read entry became. */
export interface PackagedExtraction {
  page: string;
  extraction: PageExtraction;
  draftIds: (string | null)[];
}

export interface PackageImage {
  pageId: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** A work package as read, or as made to be written. */
export interface WorkPackage {
  manifest: PackageManifest;
  book: Book;
  batch: Batch;
  pages: Page[];
  extractions: PackagedExtraction[];
  entries: Entry[];
  images: PackageImage[];
}

export interface ResultPackage {
  manifest: PackageManifest;
  entries: Entry[];
  audit: AuditRow[];
  keyings: Keying[];
}

export type ReadPackage = { kind: 'work'; work: WorkPackage } | { kind: 'result'; result: ResultPackage };

const extensions: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/tiff': 'tif' };
const mimeTypes = Object.fromEntries(Object.entries(extensions).map(([mime, extension]) => [extension, mime]));

function imagePath(image: PackageImage): string {
  const extension = extensions[image.mimeType];
  if (!extension) throw new Error(`no package extension for ${image.mimeType}`);
  return `images/${image.pageId}.${extension}`;
}

export type ManifestFields = Omit<PackageManifest, 'format' | 'formatVersion' | 'parts'>;

/** The zip of a package: its JSON parts compressed, its images (compressed already) stored as they are. */
export async function writePackage(fields: ManifestFields, content: { json: Record<string, unknown>; images?: readonly PackageImage[] }, sha256: Sha256): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const [name, value] of Object.entries(content.json)) files[`${name}.json`] = strToU8(JSON.stringify(value));
  for (const image of content.images ?? []) files[imagePath(image)] = image.bytes;
  const parts = await Promise.all(Object.entries(files).map(async ([path, bytes]) => ({ path, sha256: await sha256(bytes), bytes: bytes.byteLength })));
  const manifest: PackageManifest = packageManifestSchema.parse({ format: workPackageFormat, formatVersion: workPackageFormatVersion, ...fields, parts });
  const zippable: Zippable = { [manifestPath]: strToU8(JSON.stringify(manifest, null, 2)) };
  for (const [path, bytes] of Object.entries(files)) zippable[path] = [bytes, { level: path.startsWith('images/') ? 0 : 6 }];
  return zipSync(zippable);
}

function unzipped(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes);
  } catch {
    throw AppError.of('package-not-sohoa');
  }
}

function parsedJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    return undefined;
  }
}

function invalid(detail: string): AppError {
  return AppError.of('package-invalid', { detail });
}

function part<T>(files: Record<string, Uint8Array>, name: string, schema: z.ZodType, what: string): T[] {
  const parsed = z.array(schema).safeParse(parsedJson(files[`${name}.json`] ?? new Uint8Array()));
  if (!parsed.success) throw invalid(`${name}.json: ${what}`);
  return parsed.data as T[];
}

function single<T>(files: Record<string, Uint8Array>, name: string, schema: z.ZodType): T {
  const parsed = schema.safeParse(parsedJson(files[`${name}.json`] ?? new Uint8Array()));
  if (!parsed.success) throw invalid(`${name}.json`);
  return parsed.data as T;
}

/**
 * Reads a package file, or refuses it whole: not a SoHoa package, from a newer SoHoa, a file whose SHA-256
 * is not the manifest's (or that the manifest does not list, or lists and is missing), records that name
 * another book or batch than the manifest, pages without their image.
 */
export async function readPackage(bytes: Uint8Array, sha256: Sha256): Promise<ReadPackage> {
  const files = unzipped(bytes);
  const raw = parsedJson(files[manifestPath] ?? new Uint8Array());
  const head = z.looseObject({ format: z.literal(workPackageFormat), formatVersion: z.number().int().min(1) }).safeParse(raw);
  if (!head.success) throw AppError.of('package-not-sohoa');
  if (head.data.formatVersion > workPackageFormatVersion) throw AppError.of('package-newer', { version: head.data.formatVersion });
  const checked = packageManifestSchema.safeParse(raw);
  if (!checked.success) throw invalid(`${manifestPath}: ${checked.error.issues.map((issue) => issue.path.join('.')).join(', ')}`);
  const manifest = checked.data;

  const listed = new Set(manifest.parts.map((p) => p.path));
  for (const path of Object.keys(files)) {
    if (path !== manifestPath && !path.endsWith('/') && !listed.has(path)) throw AppError.of('package-hash-mismatch', { path });
  }
  for (const { path, sha256: expected } of manifest.parts) {
    const content = files[path];
    if (!content || (await sha256(content)) !== expected) throw AppError.of('package-hash-mismatch', { path });
  }

  const { book: bookInfo, batch: batchInfo } = manifest;
  const inBatch = new Set(batchInfo.pageIds);
  const entries = part<Entry>(files, 'entries', entrySchema, 'entries');
  if (entries.some((entry) => entry.bookId !== bookInfo.id || entry.pageId === null || !inBatch.has(entry.pageId))) throw invalid('entries.json: an entry of another book or batch');

  if (manifest.kind === 'result') {
    const audit = part<AuditRow>(files, 'audit', auditSchema, 'audit rows');
    const keyings = part<Keying>(files, 'keyings', keyingSchema, 'keyings');
    if (keyings.some((keying) => keying.bookId !== bookInfo.id || keying.batchId !== batchInfo.id)) throw invalid('keyings.json: a keying of another book or batch');
    return { kind: 'result', result: { manifest, entries, audit, keyings } };
  }

  const book = single<Book>(files, 'book', bookSchema);
  const batch = single<Batch>(files, 'batch', batchSchema);
  if (book.id !== bookInfo.id || batch.id !== batchInfo.id || batch.bookId !== book.id) throw invalid('book.json, batch.json: not the manifest\'s book and batch');
  const pages = part<Page>(files, 'pages', pageSchema, 'pages');
  if (pages.some((page) => page.bookId !== book.id || !inBatch.has(page.id)) || pages.length !== inBatch.size) throw invalid('pages.json: not the batch\'s pages');
  const extractions = part<PackagedExtraction>(files, 'extractions', extractionSchema, 'readings');
  if (extractions.some((stored) => !inBatch.has(stored.page))) throw invalid('extractions.json: a reading of another page');
  const images: PackageImage[] = [];
  for (const page of pages) {
    const path = manifest.parts.map((p) => p.path).find((p) => p.startsWith(`images/${page.id}.`));
    const mimeType = path && mimeTypes[path.slice(path.lastIndexOf('.') + 1)];
    if (!path || !mimeType) throw invalid(`images/${page.id}: missing`);
    images.push({ pageId: page.id, mimeType, bytes: files[path]! });
  }
  return { kind: 'work', work: { manifest, book, batch, pages, extractions, entries, images } };
}

/** A name for the file that says what it holds, in ASCII so that any USB stick and OS keeps it. */
export function packageFileName(manifest: Pick<PackageManifest, 'kind' | 'book' | 'batch' | 'pass'>): string {
  // marks dropped, letters kept as written (searchKey would also fold y into i)
  const ascii = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').replace(/[^0-9A-Za-z]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  const what = manifest.kind === 'work' ? 'goi-cong-viec' : 'ket-qua';
  return `sohoa-${what}-${ascii(manifest.book.communeAsWritten)}-q${ascii(manifest.book.volume)}-lo${manifest.batch.number}-luot${manifest.pass}.zip`;
}
