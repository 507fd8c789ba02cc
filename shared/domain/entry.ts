// Shapes of the records kept in IndexedDB (DESIGN.md, Data model). Ids are client-made UUIDs.
import type { RecordKind } from './record-kinds.ts';
import type { PlaceRecord } from '../places/place-record.ts';

export type FieldSource = 'ocr' | 'typed' | 'corrected';
export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FieldValue {
  /** normalized NFC form */
  value: string;
  /** the text exactly as written */
  raw: string;
  source: FieldSource;
  confidence?: number;
  box?: Box;
  precision?: DatePrecision;
  /** set by the user when the register itself leaves the field blank or it cannot be read */
  mark?: 'blank' | 'illegible';
  /** for a place: what it resolved to in the place table, and with which pack version */
  place?: PlaceRecord;
}

export type EntryStatus = 'draft' | 'verified' | 'queued' | 'synced' | 'attention';

export interface Book {
  id: string;
  kind: RecordKind;
  templateId: string;
  /** the commune exactly as written on the cover */
  communeAsWritten: string;
  /** resolved place reference, set once the place-name table lands */
  communeRef?: string;
  volume: string;
  yearFrom: number;
  yearTo: number;
  createdAt: string;
}

export type OcrState = 'pending' | 'running' | 'done' | 'failed';

export interface Page {
  /** the image's SHA-256 */
  id: string;
  bookId: string;
  sequence: number;
  fileName: string;
  byteLength: number;
  width: number;
  height: number;
  ocrState: OcrState;
  ocrText?: string;
  ocrConfidence?: number;
  importedAt: string;
}

export interface Entry {
  id: string;
  bookId: string;
  pageId: string | null;
  kind: RecordKind;
  entryNo: string;
  fields: Record<string, FieldValue>;
  status: EntryStatus;
  revision: number;
  updatedAt: string;
  updatedBy: string;
  warnings: string[];
}

export type OutboxState = 'pending' | 'sending' | 'done' | 'attention';

export interface OutboxRow {
  opId: string;
  entryId: string;
  revision: number;
  payloadHash: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
}

export interface FieldChange {
  field: string;
  before: FieldValue | null;
  after: FieldValue | null;
}

export type AuditAction = 'create' | 'update';

export interface AuditRow {
  id: string;
  at: string;
  actor: string;
  action: AuditAction;
  entity: 'entry';
  entityId: string;
  changes: FieldChange[];
}
