import { describe, expect, it } from 'vitest';
import { AppError, asOcrFailure, errorDetail } from '../../../shared/api/app-error.ts';

describe('errorDetail', () => {
  it("is an Error's message, and anything else as text", () => {
    expect(errorDetail(new TypeError('bad bytes'))).toBe('bad bytes');
    expect(errorDetail('Error: 1')).toBe('Error: 1');
    expect(errorDetail(undefined)).toBe('undefined');
  });
});

describe('asOcrFailure', () => {
  it('keeps an AppError as it is, and makes anything else an OCR failure with its detail in both languages', () => {
    const cancelled = AppError.of('ocr-cancelled', { page: 'abc' });
    expect(asOcrFailure(cancelled)).toBe(cancelled);
    const failure = asOcrFailure(new Error('wasm trap'));
    expect(failure.code).toBe('ocr-failed');
    expect(failure.vi).toContain('wasm trap');
    expect(failure.en).toContain('wasm trap');
  });
});
