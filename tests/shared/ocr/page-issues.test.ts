import { describe, expect, it } from 'vitest';
import { editionIssue, pageIssue } from '../../../shared/ocr/page-issues.ts';

describe('pageIssue', () => {
  it('says what is wrong with the page in Vietnamese and English, naming what it is given', () => {
    expect(pageIssue('low-confidence-page', { confidence: 41 }).message.vi).toContain('41');
  });
});

describe('editionIssue', () => {
  it('names editions as people call them, never by their ids, and keeps the edition the page fits', () => {
    const issue = editionIssue('other-edition', { other: 'death-form', template: 'birth-form' });
    expect(issue).toMatchObject({ code: 'other-edition', edition: 'death-form' });
    expect(issue.message.vi).toContain('“Sổ đăng ký khai tử (mỗi trang một mục)”');
    expect(issue.message.en).toContain('“Birth register (one entry per page)”');
    expect(`${issue.message.vi} ${issue.message.en}`).not.toMatch(/birth-form|death-form/);
    expect(editionIssue('no-table-found', { template: 'birth-table' }).message.vi).toContain('“Sổ đăng ký khai sinh (dạng bảng)”');
  });
});
