// Scripted answers of the page pipeline, shaped as the Node side sends them.
import type { PageInfo } from '../../../shared/api/app-api.ts';
import type { ExtractedEntry, ExtractedField, PageExtraction, PageIssue } from '../../../shared/ocr/ocr-types.ts';

export function shaOf(n: number): string {
  return n.toString(16).padStart(2, '0').repeat(32);
}

export function pageInfo(sha256: string, fileName: string, extra: Partial<PageInfo> = {}): PageInfo {
  return { sha256, fileName, format: 'jpeg', width: 2480, height: 3508, byteLength: 1000, alreadyImported: false, ...extra };
}

export function extractedField(value: string, extra: Partial<ExtractedField> = {}): ExtractedField {
  return { value, raw: value, confidence: 91, box: { x: 100, y: 200, width: 600, height: 50 }, lowConfidence: false, flags: [], ...extra };
}

/** A birth entry as a form page gives it: number, name, sex; `lowName` marks the name for a second look. */
export function birthEntry(index: number, no: string, name: string, { lowName = false } = {}): ExtractedEntry {
  return {
    index,
    box: null,
    fields: {
      'registration.number': extractedField(no),
      'child.fullName': extractedField(name, lowName
        ? { confidence: 42, lowConfidence: true, flags: [{ code: 'low-confidence', message: { vi: 'Chữ đọc không rõ.', en: 'The text was hard to read.' } }] }
        : {}),
      'child.sex': extractedField('Nam'),
    },
  };
}

export function extractionOf(page: string, entries: ExtractedEntry[], extra: { issues?: PageIssue[]; fromCache?: boolean; confidence?: number } = {}): PageExtraction {
  return {
    page,
    templateId: 'birth-form',
    engine: 'tesseract.js',
    model: 'vie',
    width: 2400,
    height: 3400,
    entries,
    issues: extra.issues ?? [],
    confidence: extra.confidence ?? 84.6,
    timings: { preprocess: 300, ocr: 2000, extract: 20 },
    fromCache: extra.fromCache ?? false,
  };
}

/** A promise the test settles when it chooses: an OCR answer that has not come back yet. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
