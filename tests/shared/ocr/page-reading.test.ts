import { describe, expect, it } from 'vitest';
import type { RawField } from '../../../shared/ocr/form-extraction.ts';
import { pageIssue } from '../../../shared/ocr/page-issues.ts';
import { correctReading, type PageReading } from '../../../shared/ocr/page-reading.ts';
import type { Template } from '../../../shared/ocr/template.ts';
import { shippedResolver } from '../../support/places.ts';

const box = { x: 10, y: 10, width: 100, height: 30 };
const read = (raw: string, confidence = 95): RawField => ({ raw, confidence, box, found: true });
const context = { names: { surnames: ['Nguyễn', 'Trần'], givenNames: { male: ['Văn An'], female: [] }, causesOfDeath: [], relations: [] }, placeResolver: shippedResolver(), today: '2026-11-23' };
const form = { id: 'birth-form', kind: 'birth', layout: 'form' } as Template;
const table = { id: 'birth-table', kind: 'birth', layout: 'table' } as Template;

function reading(entries: PageReading['entries'], issues: PageReading['issues'] = []): PageReading {
  return { page: 'p1', templateId: 'birth-form', width: 2400, height: 3400, entries, issues, timings: { preprocess: 300, ocr: 700, extract: 20 } };
}

describe('correctReading', () => {
  it('corrects each field, keeps what was read, and carries the page over', () => {
    const page = correctReading(reading([{ index: 0, box: null, fields: { 'child.sex': read('Nữ.'), 'registration.number': read('39O') } }]), form, context);
    expect(page).toMatchObject({ page: 'p1', templateId: 'birth-form', width: 2400, height: 3400, issues: [], timings: { ocr: 700 } });
    expect(page.entries[0]!.fields['child.sex']).toMatchObject({ value: 'Nữ', raw: 'Nữ.', box });
    expect(page.entries[0]!.fields['registration.number']).toMatchObject({ value: '390', raw: '39O' });
    expect(page.confidence).toBeGreaterThan(50);
  });

  it("mends a table's registration numbers from the rows around them, and not a form's", () => {
    const rows = ['228', '228', '230'].map((n, index) => ({ index, box, fields: { 'registration.number': read(n) } }));
    const numbers = (template: Template) => correctReading(reading(rows), template, context).entries.map((e) => e.fields['registration.number']!.value);
    expect(numbers(table)).toEqual(['228', '229', '230']);
    expect(numbers(form)).toEqual(['228', '228', '230']);
  });

  it("checks a table's years against the years its rows were registered in, and not a form's", () => {
    const rows = ['18/08/2010', '12/06/2019', '10/06/2010', '10/12/2010'].map((date, index) => ({ index, box, fields: { 'registration.date': read(date) } }));
    const flagged = (template: Template) => correctReading(reading(rows), template, context).entries.map((e) => e.fields['registration.date']!.lowConfidence);
    expect(flagged(table)).toEqual([false, true, false, false]);
    expect(flagged(form)).toEqual([false, false, false, false]);
  });

  it('flags a page whose fields are mostly unsure, after the issues it was read with', () => {
    const unsure = correctReading(reading([{ index: 0, box: null, fields: { 'child.sex': read('N', 20), 'registration.number': read('1', 30) } }], [pageIssue('turned-upside-down')]), form, context);
    expect(unsure.issues.map((i) => i.code)).toEqual(['turned-upside-down', 'low-confidence-page']);
    const blank = correctReading(reading([], [pageIssue('blank-page')]), form, context);
    expect(blank).toMatchObject({ confidence: 0, entries: [] });
    expect(blank.issues.map((i) => i.code)).toEqual(['blank-page']);
  });
});
