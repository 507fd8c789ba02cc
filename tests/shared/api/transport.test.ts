import { describe, expect, it } from 'vitest';
import { AppError, appErrorPayload, isAppErrorPayload } from '../../../shared/api/app-error.ts';
import { errorResult, okResult, unwrapResult } from '../../../shared/api/transport.ts';

describe('results across the transport', () => {
  it('unwraps a value', () => {
    expect(unwrapResult(okResult(42))).toBe(42);
  });

  it('rebuilds an AppError with its code and both languages', () => {
    const payload = appErrorPayload('image-empty', { file: 'trang-1.jpg' });
    try {
      unwrapResult(errorResult(payload));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('image-empty');
      expect((error as AppError).vi).toBe('Tệp "trang-1.jpg" rỗng (0 byte).');
      expect((error as AppError).en).toBe('The file "trang-1.jpg" is empty (0 bytes).');
    }
  });

  it('treats anything else as a malformed response, not as success', () => {
    for (const junk of [null, 'ok', { ok: false, error: { code: 'no-such-code', vi: '', en: '' } }, { value: 1 }]) {
      expect(() => unwrapResult(junk)).toThrow(AppError);
    }
  });

  it('every error code has a Vietnamese and an English message with its parameters filled', () => {
    const payload = appErrorPayload('image-too-many-pixels', { file: 'a.png', width: 30000, height: 30000, limit: 100 });
    expect(isAppErrorPayload(payload)).toBe(true);
    expect(payload.vi).toContain('30000 × 30000');
    expect(payload.en).toContain('100-megapixel');
    expect(payload.vi).not.toMatch(/\{\w+\}/);
  });
});
