import { describe, expect, it } from 'vitest';
import { translate } from '../../../renderer/i18n/use-t.ts';

describe('translate', () => {
  it('says one entry and two entries in English, and leaves Vietnamese nouns as they are', () => {
    expect(translate('en', 'entries.count', { count: 1 })).toBe('1 entry');
    expect(translate('en', 'entries.count', { count: 2 })).toBe('2 entries');
    expect(translate('en', 'entries.count', { count: 0 })).toBe('0 entries');
    expect(translate('vi', 'entries.count', { count: 1 })).toBe('1 mục');
    expect(translate('en', 'ocr.doneShort', { count: 1, confidence: 94 })).toBe('Done · 1 entry · 94%');
  });
});
