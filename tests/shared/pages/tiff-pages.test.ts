import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/app-error.ts';
import { checkPageCount, failedPagesError, maxFilePages, pageRanges } from '../../../shared/pages/tiff-pages.ts';

const truncated = (label: string) => AppError.of('image-truncated', { file: label });
const tooBig = (width: number) => (label: string) => AppError.of('image-too-many-pixels', { file: label, width, height: 40_000, limit: 100 });

describe('checkPageCount', () => {
  it('accepts up to the limit and refuses one page more, in both languages', () => {
    expect(checkPageCount('quyen.tif', maxFilePages)).toBeNull();
    const error = checkPageCount('quyen.tif', maxFilePages + 1);
    expect(error?.code).toBe('file-too-many-pages');
    expect(error?.vi).toBe('Tệp "quyen.tif" có 1001 trang, vượt giới hạn 1000 trang một tệp. Hãy tách thành nhiều tệp.');
    expect(error?.en).toContain('has 1001 pages, over the limit of 1000');
  });
});

describe('pageRanges', () => {
  it('joins runs of pages, in order, once each', () => {
    expect(pageRanges([7])).toBe('7');
    expect(pageRanges([9, 3, 7, 8, 8, 12, 13])).toBe('3, 7–9, 12–13');
  });
});

describe('failedPagesError', () => {
  it('names the one page that failed', () => {
    const error = failedPagesError('quyen.tif', [{ index: 7, error: truncated }]);
    expect(error.code).toBe('image-truncated');
    expect(error.vi).toContain('"quyen.tif, trang 7"');
    expect(error.en).toContain('"quyen.tif, trang 7"');
  });

  it('names together the pages that failed for the same reason', () => {
    const failures = [7, 8, 9, 10, 12].map((index) => ({ index, error: truncated }));
    expect(failedPagesError('quyen.tif', failures).vi).toBe(truncated('quyen.tif, trang 7–10, 12').vi);
  });

  it('keeps each reason when pages failed for different ones', () => {
    const error = failedPagesError('quyen.tif', [
      { index: 2, error: tooBig(50_000) }, { index: 3, error: truncated }, { index: 5, error: tooBig(60_000) }, { index: 4, error: truncated },
    ]);
    expect(error.code).toBe('image-too-many-pixels');
    expect(error.en).toBe([tooBig(50_000)('quyen.tif, trang 2').en, truncated('quyen.tif, trang 3–4').en, tooBig(60_000)('quyen.tif, trang 5').en].join(' '));
    expect(error.vi).toContain('"quyen.tif, trang 3–4" bị hỏng');
  });
});
