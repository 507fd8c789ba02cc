import { describe, expect, it } from 'vitest';
import { pageIssue } from '../../../shared/ocr/page-issues.ts';

describe('pageIssue', () => {
  it('says what is wrong with the page in Vietnamese and English, naming what it is given', () => {
    const issue = pageIssue('other-edition', { other: 'death-form', template: 'birth-form' });
    expect(issue.code).toBe('other-edition');
    expect(issue.message.vi).toContain('death-form');
    expect(issue.message.en).toContain('birth-form');
    expect(pageIssue('low-confidence-page', { confidence: 41 }).message.vi).toContain('41');
  });
});
