import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/entry.ts';
import { draftFields, isUntouchedOcrDraft, ocrActor, ocrDrafts } from '../../../shared/ocr/ocr-drafts.ts';
import type { ExtractedEntry, ExtractedField, PageExtraction } from '../../../shared/ocr/ocr-types.ts';
import { editionIssue, pageIssue } from '../../../shared/ocr/page-issues.ts';
import type { PlaceRecord } from '../../../shared/places/place-record.ts';

function field(value: string, extra: Partial<ExtractedField> = {}): ExtractedField {
  return { value, raw: value, confidence: 90, box: { x: 10, y: 20, width: 300, height: 40 }, lowConfidence: false, flags: [], ...extra };
}

function extraction(entries: ExtractedEntry[]): PageExtraction {
  return {
    page: 'a'.repeat(64), templateId: 'birth-table', engine: 'tesseract.js', model: 'vie', width: 2400, height: 3400,
    entries, issues: [], confidence: 80, timings: { preprocess: 1, ocr: 1, extract: 1 }, fromCache: false,
  };
}

const place: PlaceRecord = { status: 'auto', versionKey: 'v1', path: 'Xã Bình Lập, Thị xã Tân An, Tỉnh Long An', date: '2003', successors: [], needsChoice: false, packVersion: '2026.11.23' };

describe('ocrDrafts', () => {
  it('makes one draft per entry read, in reading order, numbered from the register', () => {
    const drafts = ocrDrafts(extraction([
      { index: 1, box: null, fields: { 'registration.number': field('391'), 'child.fullName': field('Lê Thị Hoa') } },
      { index: 0, box: null, fields: { 'registration.number': field('390'), 'child.fullName': field('Hoàng Văn Sỹ Thực') } },
    ]), { kind: 'birth' });
    expect(drafts.map((d) => [d.index, d.entryNo, d.fields['child.fullName']!.value])).toEqual([[0, '390', 'Hoàng Văn Sỹ Thực'], [1, '391', 'Lê Thị Hoa']]);
  });

  it('keeps for each field the value, the engine’s raw text, the confidence and whether it was unsure, the box, the precision and the place, as OCR', () => {
    const [draft] = ocrDrafts(extraction([{
      index: 0,
      box: null,
      fields: {
        'child.birthDate': field('05/1987', { raw: 'O5/1987', confidence: 61.5, precision: 'month', lowConfidence: true }),
        'child.birthPlace': field('xã Bình Lập', { place }),
      },
    }]), { kind: 'birth' });
    expect(draft!.fields['child.birthDate']).toEqual({ value: '05/1987', raw: 'O5/1987', source: 'ocr', confidence: 61.5, lowConfidence: true, box: { x: 10, y: 20, width: 300, height: 40 }, precision: 'month' });
    expect(draft!.fields['child.birthPlace']).toMatchObject({ value: 'xã Bình Lập', source: 'ocr', place });
    expect(draft!.fields['child.birthPlace']!.lowConfidence).toBeUndefined();
    expect(draft!.entryNo).toBe('');
  });

  it('stores values NFC and on one line, and raw text without control characters', () => {
    const [draft] = ocrDrafts(extraction([{ index: 0, box: null, fields: { 'child.fullName': field('Hoàng  Văn\nSỹ'.normalize('NFD'), { raw: 'Hoàng\u0007 Văn' }) } }]), { kind: 'birth' });
    expect(draft!.fields['child.fullName']!.value).toBe('Hoàng Văn Sỹ'.normalize('NFC'));
    expect(draft!.fields['child.fullName']!.raw).toBe('Hoàng Văn');
  });

  it('leaves out fields read as nothing, fields the kind does not record, and a box that was not found', () => {
    const [draft] = ocrDrafts(extraction([{
      index: 0,
      box: null,
      fields: { 'child.fullName': field('Lê Văn A', { box: null }), 'child.personalId': field('', { lowConfidence: true }), 'husband.fullName': field('Trần B') },
    }]), { kind: 'birth' });
    expect(Object.keys(draft!.fields)).toEqual(['child.fullName']);
    expect(draft!.fields['child.fullName']).not.toHaveProperty('box');
  });

  it('makes no draft of an entry with nothing read, and none of a blank page', () => {
    expect(ocrDrafts(extraction([{ index: 0, box: null, fields: { 'child.fullName': field('  ') } }]), { kind: 'birth' })).toEqual([]);
    expect(ocrDrafts(extraction([]), { kind: 'death' })).toEqual([]);
  });

  it('makes no draft of a page of another edition, whose text the wrong template cut', () => {
    const page = { ...extraction([{ index: 0, box: null, fields: { 'child.fullName': field('Sổ đăng ký kết hôn', { confidence: 3 }) } }]), issues: [editionIssue('other-edition', { other: 'birth-table', template: 'birth-form' })] };
    expect(ocrDrafts(page, { kind: 'birth' })).toEqual([]);
    expect(ocrDrafts({ ...page, issues: [pageIssue('turned-upside-down'), pageIssue('low-confidence-page', { confidence: 50 })] }, { kind: 'birth' })).toHaveLength(1);
  });

  it('keeps confidence within 0–100', () => {
    expect(draftFields({ index: 0, box: null, fields: { 'child.sex': field('Nam', { confidence: 130 }) } }, { kind: 'birth' })['child.sex']!.confidence).toBe(100);
  });
});

describe('isUntouchedOcrDraft', () => {
  const draft: Pick<Entry, 'status' | 'revision' | 'updatedBy' | 'fields'> = {
    status: 'draft', revision: 1, updatedBy: ocrActor, fields: { 'child.fullName': { value: 'A', raw: 'A', source: 'ocr' } },
  };

  it('is true only of a draft exactly as OCR made it', () => {
    expect(isUntouchedOcrDraft(draft)).toBe(true);
    expect(isUntouchedOcrDraft({ ...draft, revision: 2 })).toBe(false);
    expect(isUntouchedOcrDraft({ ...draft, status: 'verified' })).toBe(false);
    expect(isUntouchedOcrDraft({ ...draft, updatedBy: 'clerk-1' })).toBe(false);
    expect(isUntouchedOcrDraft({ ...draft, fields: { 'child.fullName': { value: 'A', raw: 'A', source: 'typed' } } })).toBe(false);
  });
});
