import { describe, expect, it } from 'vitest';
import type { ExtractedEntry, ExtractedField } from '../../../shared/ocr/ocr-types.ts';
import { flagYearsOffPage } from '../../../shared/ocr/page-years.ts';

const field = (value: string): ExtractedField => ({ value, raw: value, confidence: 90, box: null, lowConfidence: false, flags: [] });

function rows(dates: [birth: string, registered: string][]): ExtractedEntry[] {
  return dates.map(([birth, registered], index) => ({
    index,
    box: null,
    fields: { 'child.birthDate': field(birth), 'registration.date': field(registered), 'child.fullName': field('Nguyễn Văn An') },
  }));
}

const flagged = (entries: ExtractedEntry[]) =>
  entries.flatMap((entry) => Object.entries(entry.fields).filter(([, f]) => f.lowConfidence).map(([key, f]) => `${entry.index} ${key} ${f.value}`));

describe('flagYearsOffPage', () => {
  it('flags a date after the years the page was registered in, and a registration year far from the others', () => {
    const page = rows([['09/07/2019', '18/08/2010'], ['04/05/2010', '12/06/2019'], ['22/05/2010', '10/06/2010'], ['09/12/2010', '10/12/2010'], ['23/01/2010', '01/02/2001']]);
    const result = flagYearsOffPage('birth', page);
    expect(flagged(result)).toEqual(['0 child.birthDate 09/07/2019', '1 registration.date 12/06/2019', '4 registration.date 01/02/2001']);
    const off = result[0]!.fields['child.birthDate']!;
    expect(off).toMatchObject({ value: '09/07/2019', flags: [{ code: 'year-off-page' }] });
    expect(off.confidence).toBeLessThan(80);
    expect(off.flags[0]!.message.en).toContain('2019');
    expect(off.flags[0]!.message.vi).toContain('2010');
  });

  it('lets a page run over the new year, and a late registration record an event years before', () => {
    const page = rows([['24/12/2008', '05/01/2009'], ['07/10/2008', '04/11/2008'], ['19/04/2001', '27/05/2008'], ['16/08/2008', '01/09/2008']]);
    expect(flagged(flagYearsOffPage('birth', page))).toEqual([]);
  });

  it('says nothing where no year is clearly the page\'s', () => {
    expect(flagged(flagYearsOffPage('birth', rows([['09/07/2019', '18/08/2010']])))).toEqual([]);
    expect(flagged(flagYearsOffPage('birth', rows([['01/01/2010', '02/01/2010'], ['01/01/2019', '02/01/2019']])))).toEqual([]);
  });
});
