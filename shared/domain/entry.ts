// Shapes of the records kept in IndexedDB (DESIGN.md, Data model). Ids are client-made UUIDs.
import type { LocalizedText, RecordKind } from './record-kinds.ts';
import type { PageIssue } from '../ocr/ocr-types.ts';
import type { PlaceRecord } from '../places/place-record.ts';
import type { PageKeying } from './page-keying.ts';
import type { KeyingPolicy } from '../team/keying-policy.ts';
import type { KeyedValue } from '../team/keying-compare.ts';
import type { DecisionChoice } from '../team/reconciliation.ts';

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
  /** OCR was unsure of it (low confidence, or post-correction had to change it); gone once a person edits it */
  lowConfidence?: true;
  /** a person compared this reading with the register and accepted it as read (OCR-confirmed) */
  confirmed?: true;
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
  /** when it was archived: hidden from the book list, kept whole */
  archivedAt?: string;
  /** how its entries are keyed; OCR + verification when absent */
  keying?: KeyingPolicy;
  /**
   * The book came to this PC in a work package (the operator's PC): what is keyed here goes back in a
   * result file, and only the supervisor's PC sends the book to the civil-status database.
   */
  received?: { packageId: string; from: string; at: string };
}

/** `pending`: waiting in the book's OCR queue; a reload resumes `pending` and `running` pages. */
export type OcrState = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

export interface Page {
  /** the image's SHA-256 */
  id: string;
  bookId: string;
  sequence: number;
  fileName: string;
  /** for a page of a multi-page TIFF: which page of the file it is (1-based) and of how many */
  sourcePage?: { index: number; count: number };
  byteLength: number;
  width: number;
  height: number;
  ocrState: OcrState;
  /** what the last extraction found, kept on the page so the grid needs nothing else */
  ocrConfidence?: number;
  entryCount?: number;
  issues?: PageIssue[];
  /** the edition this page is read as, when the clerk chose another than the book's (a page of another edition) */
  templateId?: string;
  /** where the page's entries stand (written with each of them); absent until one is written */
  keying?: PageKeying;
  /** why the last OCR failed, in both languages */
  ocrError?: LocalizedText;
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
  /**
   * The fields as the page pipeline read them, never changed after: a value a person puts back to what OCR
   * read is OCR's again (its confidence and box), not a correction, however it got there (retyped, undone).
   */
  read?: Record<string, FieldValue>;
  /**
   * Double keying: the operator of pass A marked the entry keyed while its key fields still waited for
   * pass B or a checker; it is verified once they are all agreed or decided. A change clears it.
   */
  passA?: { by: string; at: string };
}


export interface FieldChange {
  field: string;
  before: FieldValue | null;
  after: FieldValue | null;
}

/**
 * `verify`: the entry was marked verified (its fields unchanged); `delete`: an OCR draft nobody touched,
 * replaced by a newer reading of its page, or an entry a person deleted (with `reason`).
 */
/** synced: the civil-status API stored the revision; sync-refused: it refused it (the outbox says why) */
/** pass-a: keyed by pass A, waiting for pass B or a checker; decide: a checker settled a difference of the two passes */
export type AuditAction = 'create' | 'update' | 'verify' | 'delete' | 'synced' | 'sync-refused' | 'pass-a' | 'decide';

export interface AuditRow {
  id: string;
  at: string;
  actor: string;
  action: AuditAction;
  entity: 'entry';
  entityId: string;
  changes: FieldChange[];
  /** `verify` only: fields OCR was unsure of that nobody had checked when the entry was verified anyway */
  unchecked?: string[];
  /** `delete` by a person: why, as they gave it */
  reason?: string;
  /** `decide`: the field, what each pass keyed, and which was taken ('typed': a third value) */
  decision?: { field: string; a: KeyedValue; b: KeyedValue; choice: DecisionChoice };
}
