// The one contract between the renderer and the Node side. The preload implements it over IPC, the
// browser-mode client over HTTP; the Node side registers one handler per channel for both.
// Channel names are `domain:verb`. Inputs are validated at runtime on the Node side with these schemas.
import { z } from 'zod';
import type { PageExtraction } from '../ocr/ocr-types.ts';
import type { PlacePack } from '../places/place-pack.ts';
import type { SendOutcome } from '../sync/outbox.ts';
import { batchItemSchema, maxBatchItems } from '../sync/protocol.ts';
import { journalId, journalRecordSchema, maxJournalBatch, maxJournalRead, type JournalBook, type JournalRecord } from '../journal/journal-record.ts';
import type { AppErrorPayload } from './app-error.ts';
import type { Profile } from '../team/profile.ts';
import { roles } from '../team/roles.ts';

const maxPlacePackBytes = 64 * 1024 * 1024;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256');

export const methodInputSchemas = {
  'app:getInfo': z.undefined(),
  'pages:import': z.object({
    fileName: z.string().min(1).max(255),
    bytes: z.instanceof(Uint8Array),
  }).strict(),
  'pages:getImage': z.object({ sha256, variant: z.enum(['original', 'display', 'thumbnail']).optional() }).strict(),
  /** null stops watching; the Node side imports each new scan once it stops growing */
  'pages:watchFolder': z.object({ path: z.string().min(1).max(4096).nullable() }).strict(),
  'ocr:extractPage': z.object({
    sha256,
    templateId: z.string().min(1).max(64),
    /** `visible`: the page on screen, ahead of everything; `batch`: a book's background OCR */
    priority: z.enum(['visible', 'batch']),
    /** ISO date places are read at when an entry gives none of its own (the register's first year) */
    placeDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  }).strict(),
  'ocr:cancel': z.object({ sha256 }).strict(),
  'places:getPack': z.object({}).strict(),
  'names:getSurnames': z.object({}).strict(),
  'places:installPack': z.object({
    // The shipped pack is under 2 MB; the bound only keeps a wrong file from being read into memory.
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= maxPlacePackBytes, `at most ${maxPlacePackBytes / (1024 * 1024)} MB`),
    allowOlder: z.boolean().optional(),
  }).strict(),
  'sync:getSettings': z.object({}).strict(),
  /** the API address (null: none) and, when given, the sign-in token (null: sign out) */
  'sync:configure': z.object({ apiUrl: z.string().max(2048).nullable(), token: z.string().min(1).max(4096).nullable().optional() }).strict(),
  'sync:health': z.object({}).strict(),
  /** uploads the page image (from the data folder) unless the server has it */
  'sync:uploadPage': z.object({ sha256 }).strict(),
  'sync:sendBatch': z.object({ items: z.array(batchItemSchema).min(1).max(maxBatchItems) }).strict(),
  /** saved changes for the data folder's journal; answered once they are on disk, and a resend changes nothing */
  'journal:append': z.object({ records: z.array(journalRecordSchema).min(1).max(maxJournalBatch) }).strict(),
  'journal:books': z.object({}).strict(),
  /** a book's records as the data folder holds them, `limit` at a time from `from` (books, pages, entries, audit) */
  'journal:readBook': z.object({ bookId: journalId, from: z.number().int().min(0), limit: z.number().int().min(1).max(maxJournalRead) }).strict(),
  'team:getProfiles': z.object({}).strict(),
  /** a new person (no id, a role) or a change; `role` and `pin` absent keep them, `pin` null removes it */
  'team:saveProfile': z.object({
    id: journalId.optional(),
    fullName: z.string().max(200),
    role: z.enum(roles).optional(),
    pin: z.string().max(16).nullable().optional(),
  }).strict(),
  'team:retireProfile': z.object({ id: journalId }).strict(),
  /** the people a work package or result names, under their ids: those unknown here are added, without a PIN */
  'team:adoptProfiles': z.object({
    people: z.array(z.object({ id: journalId, fullName: z.string().min(1).max(200), role: z.enum(roles) }).strict()).max(500),
  }).strict(),
  /** fails with profile-pin-wrong unless the PIN is the person's (or they have none) */
  'team:checkPin': z.object({ id: journalId, pin: z.string().max(16) }).strict(),
} as const;

export type MethodChannel = keyof typeof methodInputSchemas;
export type MethodInput<C extends MethodChannel> = z.input<(typeof methodInputSchemas)[C]>;
export type ValidMethodInput<C extends MethodChannel> = z.output<(typeof methodInputSchemas)[C]>;

export const methodChannels = Object.keys(methodInputSchemas) as MethodChannel[];

export function isMethodChannel(channel: string): channel is MethodChannel {
  return Object.hasOwn(methodInputSchemas, channel);
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  dataDir: string;
  /** "Electron 45.4.1 · Chromium … · Node …": what the Node side runs on, to check against security advisories */
  runtime: string;
}

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'tiff';

export interface PageInfo {
  sha256: string;
  fileName: string;
  /** for a page of a multi-page TIFF: which page of the file it is (1-based) and of how many */
  sourcePage?: { index: number; count: number };
  format: ImageFormat;
  width: number;
  height: number;
  byteLength: number;
  /** true when the same scan (same SHA-256) was already in the data folder */
  alreadyImported: boolean;
}

export interface PageImage {
  mimeType: string;
  bytes: Uint8Array;
}

/** One imported file: a multi-page TIFF gives several pages, any other scan one. */
export interface ImportedFile {
  fileName: string;
  pages: PageInfo[];
  /** pages of a multi-page TIFF or a PDF that could not be read, while its other pages were imported */
  error?: AppErrorPayload;
}

export interface FolderWatch {
  /** the folder being watched, or null when none is */
  path: string | null;
}

/** What the watched folder did with one new file. */
export interface WatchedFileImported {
  fileName: string;
  pages?: PageInfo[];
  error?: AppErrorPayload;
}

export interface SyncSettings {
  apiUrl: string | null;
  signedIn: boolean;
  /** how the token is kept on this PC: by the OS keystore, or in a file only this user can read */
  tokenKept: 'os-keystore' | 'user-file' | 'none';
}

/** The API's health as seen from here: its clock (to compare with ours) and how long the round trip took. */
/** Whether the API takes the sign-in token held: asked at each health check, so every screen says the same. */
export type SignIn = 'accepted' | 'refused' | 'none';

export type HealthCheck =
  | { reachable: true; serverTime: string; version: string; roundTripMs: number; signIn: SignIn }
  | { reachable: false; status: number | null };

export type PageUploadOutcome = { kind: 'stored' } | Exclude<SendOutcome, { kind: 'answered' }>;

/** The result of installing a place-name pack: the version now in use and the one it replaced. */
export interface PlacePackInstalled {
  version: string;
  contentHash: string;
  previousVersion: string;
}

export interface MethodOutputs {
  'app:getInfo': AppInfo;
  'pages:import': ImportedFile;
  'pages:getImage': PageImage;
  'pages:watchFolder': FolderWatch;
  'ocr:extractPage': PageExtraction;
  /** false when the page was neither queued nor running */
  'ocr:cancel': { cancelled: boolean };
  /** the pack in use (installed or shipped): the renderer builds its own resolver from it */
  'places:getPack': { pack: PlacePack };
  'places:installPack': PlacePackInstalled;
  /** the surname list the app ships, most common first: the forms suggest from it */
  'names:getSurnames': { surnames: string[] };
  'sync:getSettings': SyncSettings;
  'sync:configure': SyncSettings;
  'sync:health': HealthCheck;
  'sync:uploadPage': PageUploadOutcome;
  'sync:sendBatch': SendOutcome;
  /** how many of the records changed what the data folder held */
  'journal:append': { appended: number };
  'journal:books': { books: JournalBook[] };
  /** `next`: where the following read starts, null after the last record */
  'journal:readBook': { records: JournalRecord[]; total: number; next: number | null };
  'team:getProfiles': { profiles: Profile[] };
  'team:saveProfile': Profile;
  'team:retireProfile': Profile;
  'team:adoptProfiles': { profiles: Profile[] };
  'team:checkPin': { ok: true };
}

export type OcrStage = 'queued' | 'preprocess' | 'ocr' | 'extract' | 'done' | 'failed' | 'cancelled';

export interface OcrProgress {
  sha256: string;
  stage: OcrStage;
  /** 0–1 over the whole page */
  progress: number;
}

export interface EventPayloads {
  'ocr:progress': OcrProgress;
  'pages:watchImported': WatchedFileImported;
}

export type EventName = keyof EventPayloads;

/**
 * Calls answer with a Result rather than throwing: Electron's contextBridge keeps only the message of a
 * thrown error, and a Result crosses IPC, the bridge and HTTP alike. renderer/platform unwraps it once.
 */
export interface AppApi {
  invoke<C extends MethodChannel>(channel: C, input: MethodInput<C>): Promise<Result<MethodOutputs[C]>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

/** What every transport carries back: errors as data, never as a thrown object. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };
