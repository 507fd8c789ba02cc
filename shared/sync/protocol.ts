// The civil-status API, version 1 (docs/api/civil-status-v1.openapi.json): what SoHoa sends and what
// the server answers, as schemas both sides check against. The ministry's own API is not public; this is
// the contract SoHoa defines (DESIGN.md, Sync protocol) and tests against tests/reference-api.
import { z } from 'zod';
import { recordFields, type LocalizedText, type RecordKind } from '../domain/record-kinds.ts';

export const apiVersion = 'v1';

/** More items than this in one batch are refused with 413; the client splits and sends again. */
export const maxBatchItems = 200;

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'expected a lowercase UUID');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256');
const text = z.string().max(4000);
const kind = z.enum(['birth', 'marriage', 'death']) satisfies z.ZodType<RecordKind>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  /** the server's clock, ISO 8601: the client compares it with its own */
  time: z.string(),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;

/** A field as the server keeps it: the value, the text as written, where it came from, a mark, the place chosen. */
export const wireFieldSchema = z
  .object({
    value: text,
    raw: text,
    source: z.enum(['ocr', 'typed', 'corrected']),
    mark: z.enum(['blank', 'illegible']).optional(),
    /** a place: the unit version it resolved to, and the unit of today */
    place: z.object({ versionKey: z.string().max(200).optional(), todayKey: z.string().max(200).optional(), packVersion: z.string().max(100) }).strict().optional(),
  })
  .strict();
export type WireField = z.infer<typeof wireFieldSchema>;

export const wireBookSchema = z
  .object({
    id: uuid,
    kind,
    communeAsWritten: text,
    volume: z.string().max(50),
    yearFrom: z.number().int(),
    yearTo: z.number().int(),
  })
  .strict();
export type WireBook = z.infer<typeof wireBookSchema>;

export const entryItemSchema = z
  .object({
    /** the idempotency key: one per entry revision queued, kept through every retry */
    opId: uuid,
    entryId: uuid,
    revision: z.number().int().min(1),
    kind,
    fields: z.record(z.string().max(100), wireFieldSchema),
    /** the page the entry was keyed from, uploaded before it; null for an entry keyed without one */
    pageSha256: sha256.nullable(),
    book: wireBookSchema,
  })
  .strict();
export type EntryItem = z.infer<typeof entryItemSchema>;

/**
 * An entry deleted on the PC after a revision of it may have reached the server: the server keeps it as
 * withdrawn under `revision` (the deletion's), so that an older revision arriving late is superseded.
 */
export const withdrawalItemSchema = z
  .object({
    opId: uuid,
    action: z.literal('withdraw'),
    entryId: uuid,
    revision: z.number().int().min(1),
    /** why the clerk deleted it, as they gave it */
    reason: z.string().min(1).max(500),
  })
  .strict();
export type WithdrawalItem = z.infer<typeof withdrawalItemSchema>;

export const batchItemSchema = z.union([entryItemSchema, withdrawalItemSchema]);
export type BatchItem = z.infer<typeof batchItemSchema>;

export const isWithdrawal = (item: BatchItem): item is WithdrawalItem => 'action' in item;

export const batchRequestSchema = z.object({ items: z.array(batchItemSchema).min(1) }).strict();
export type BatchRequest = z.infer<typeof batchRequestSchema>;

/** Why the server refuses an item (page-missing: its page image was not uploaded first). */
export const fieldErrorCodes = ['kind-differs', 'unknown-field', 'not-nfc', 'required', 'page-missing'] as const;

export interface FieldError {
  field: string;
  code: (typeof fieldErrorCodes)[number];
  message: LocalizedText;
}

/**
 * Why an item conflicts: its opId was used for another payload; a newer revision of the entry is stored
 * (this one is superseded); this revision is stored with other content.
 */
export type ConflictCode = 'opid-reused' | 'newer-stored' | 'revision-differs';

/**
 * accepted: stored (a new entry, or a newer revision of one); duplicate: that revision of that entry was
 * already stored under another opId; conflict: see ConflictCode; invalid: refused, with the reasons.
 */
export type ItemResult =
  | { opId: string; status: 'accepted' | 'duplicate'; serverId: string; revision: number }
  | { opId: string; status: 'conflict'; code: ConflictCode; serverId?: string; reason: LocalizedText }
  | { opId: string; status: 'invalid'; errors: FieldError[] };

export interface BatchResponse {
  results: ItemResult[];
}

/** What GET /v1/entries lists of each stored entry, so that a test can count copies on the server. */
export interface StoredEntrySummary {
  serverId: string;
  entryId: string;
  revision: number;
  opId: string;
  /** the entry was withdrawn (deleted on the PC): the server keeps no record of it as current */
  withdrawn?: true;
}

/** The payload without its opId, with keys sorted: the same entry revision always gives the same text. */
export function canonicalPayload(item: BatchItem): string {
  return JSON.stringify(sorted({ ...item, opId: undefined }));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sorted(v)]),
  );
}

/**
 * What the server refuses in an item that has the right shape: the kind differing from its book's, a
 * field its kind does not have, text not in NFC, the person the act is about left unnamed (and unmarked).
 * Other required fields depend on the book's edition, which only the client knows. The same rules on
 * both sides, so that the client can say why before it sends.
 */
export function itemErrors(item: EntryItem): FieldError[] {
  const errors: FieldError[] = [];
  if (item.book.kind !== item.kind) {
    errors.push({ field: 'kind', code: 'kind-differs', message: { vi: `Loại mục (${item.kind}) khác loại sổ (${item.book.kind}).`, en: `The entry's kind (${item.kind}) differs from its book's (${item.book.kind}).` } });
  }
  const known = new Map(recordFields[item.kind].map((f) => [f.key, f]));
  for (const [key, field] of Object.entries(item.fields)) {
    if (!known.has(key)) errors.push({ field: key, code: 'unknown-field', message: { vi: `Trường "${key}" không có trong mục ${item.kind}.`, en: `A ${item.kind} entry has no field "${key}".` } });
    else if (field.value !== field.value.normalize('NFC') || field.raw !== field.raw.normalize('NFC')) {
      errors.push({ field: key, code: 'not-nfc', message: { vi: `${known.get(key)!.label.vi}: văn bản chưa chuẩn hóa NFC.`, en: `${known.get(key)!.label.en}: text is not in NFC.` } });
    }
  }
  for (const field of recordFields[item.kind]) {
    const sent = item.fields[field.key];
    if (field.required && field.type === 'name' && (sent === undefined || (sent.value.trim() === '' && sent.mark === undefined))) {
      errors.push({ field: field.key, code: 'required', message: { vi: `${field.label.vi}: bắt buộc.`, en: `${field.label.en}: required.` } });
    }
  }
  return errors;
}
