import { describe, expect, it } from 'vitest';
import { cleanText, normalizeFieldValue } from '../../../shared/text/normalize.ts';

describe('Vietnamese text normalization', () => {
  it('stores NFC whatever form arrives, keeping both tone-mark styles as written', () => {
    expect(cleanText('Nguyễn Thị Hoà'.normalize('NFD'))).toBe('Nguyễn Thị Hoà'.normalize('NFC'));
    expect(cleanText('Hòa')).toBe('Hòa');
    expect(cleanText('Hoà')).toBe('Hoà');
  });

  it('removes control, zero-width and bidi-override characters but keeps tabs and newlines', () => {
    expect(cleanText('a\u0007b\u200Dc\u202Ed\uFEFF\te\nf')).toBe('abcd\te\nf');
  });

  it('folds white space for a single-line field value', () => {
    expect(normalizeFieldValue('  xã  Bình\tLập \n')).toBe('xã Bình Lập');
  });

  it('never throws on hostile or huge input', () => {
    const hostile = `<script>alert(1)</script>${'\u0000'.repeat(10)}${'ệ'.repeat(10_000)}\uD800`;
    expect(() => normalizeFieldValue(hostile)).not.toThrow();
    expect(normalizeFieldValue(hostile)).toContain('<script>');
  });
});
