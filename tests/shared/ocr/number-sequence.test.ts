import { describe, expect, it } from 'vitest';
import { fixNumberSequence } from '../../../shared/ocr/number-sequence.ts';
import type { ExtractedEntry } from '../../../shared/ocr/ocr-types.ts';

function entries(numbers: string[]): ExtractedEntry[] {
  return numbers.map((value, index) => ({
    index,
    box: null,
    fields: { 'registration.number': { value, raw: value, confidence: 95, box: null, lowConfidence: false, flags: [] } },
  }));
}

const values = (list: ExtractedEntry[]) => list.map((e) => e.fields['registration.number']!.value);

describe('fixNumberSequence', () => {
  it('sets a number its neighbours on both sides contradict, and flags it', () => {
    const fixed = fixNumberSequence(entries(['228', '228', '230', '231']));
    expect(values(fixed)).toEqual(['228', '229', '230', '231']);
    expect(fixed[1]!.fields['registration.number']).toMatchObject({ raw: '228', lowConfidence: true, flags: [{ code: 'out-of-sequence' }] });
    expect(fixed[0]!.fields['registration.number']!.flags).toEqual([]);
  });

  it('leaves a number alone when its neighbours do not agree, or at either end', () => {
    expect(values(fixNumberSequence(entries(['3061', '302', '310'])))).toEqual(['3061', '302', '310']);
    expect(values(fixNumberSequence(entries(['99', '300', '301'])))).toEqual(['99', '300', '301']);
    expect(values(fixNumberSequence(entries(['12', '', '14'])))).toEqual(['12', '13', '14']);
  });

  it('does not touch a page whose numbers follow on', () => {
    const list = entries(['37', '38', '39']);
    expect(fixNumberSequence(list)).toEqual(list);
  });
});
