import { describe, expect, it } from 'vitest';
import { checkImageFile, checkImageHeader, maxImageFileBytes, maxImagePixels } from '../../../shared/pages/image-policy.ts';

describe('image policy', () => {
  it('refuses empty and oversized files', () => {
    expect(checkImageFile('a.jpg', 0)?.code).toBe('image-empty');
    expect(checkImageFile('a.jpg', maxImageFileBytes + 1)?.code).toBe('image-file-too-large');
    expect(checkImageFile('a.jpg', maxImageFileBytes)).toBeNull();
  });

  it('refuses formats it does not read and headers without dimensions', () => {
    expect(checkImageHeader('a.gif', { format: 'gif', width: 10, height: 10 })?.code).toBe('image-unsupported');
    expect(checkImageHeader('a.pdf', { format: 'pdf', width: 10, height: 10 })?.code).toBe('image-unsupported');
    expect(checkImageHeader('a.jpg', { format: 'jpeg' })?.code).toBe('image-unsupported');
  });

  it('draws the pixel limit exactly', () => {
    expect(checkImageHeader('a.tif', { format: 'tiff', width: maxImagePixels / 10_000, height: 10_000 })).toBeNull();
    const over = checkImageHeader('a.tif', { format: 'tiff', width: maxImagePixels / 10_000 + 1, height: 10_000 });
    expect(over?.code).toBe('image-too-many-pixels');
    expect(over?.en).toContain('100-megapixel');
  });
});
