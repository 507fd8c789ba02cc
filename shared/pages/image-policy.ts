// Limits on imported scans. A register page at 600 dpi on A3 is about 70 megapixels; anything far above
// that is a mistake or a decompression bomb, and would exhaust a 4 GB PC when decoded.
import { AppError, formatBytes } from '../api/app-error.ts';
import type { ImageFormat } from '../api/app-api.ts';

export const maxImagePixels = 100_000_000;

/**
 * Scans compress to at most about this many pixels a byte over a file (a nearly blank page in CCITT G4
 * comes near it; photographs and gray scans are under 100). A file declaring far more is damaged or a
 * decompression bomb, which would cost minutes of CPU to decode page by page.
 */
export const maxPixelsPerFileByte = 2_000;

/** The pixels a file of this size may have decoded in all its pages: one page's limit at the least. */
export function filePixelBudget(byteLength: number): number {
  return Math.max(maxImagePixels, byteLength * maxPixelsPerFileByte);
}
export const maxImageFileBytes = 200 * 1024 * 1024;

export const imageMimeTypes: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  tiff: 'image/tiff',
};

export function isSupportedFormat(format: string | undefined): format is ImageFormat {
  return format !== undefined && Object.hasOwn(imageMimeTypes, format);
}

/** Checks what can be known before decoding: size on disk. */
export function checkImageFile(fileName: string, byteLength: number): AppError | null {
  if (byteLength === 0) return AppError.of('image-empty', { file: fileName });
  if (byteLength > maxImageFileBytes) {
    return AppError.of('image-file-too-large', { file: fileName, size: formatBytes(byteLength), limit: formatBytes(maxImageFileBytes) });
  }
  return null;
}

/** Checks what the image header declares, before any pixel is decoded. */
export function checkImageHeader(fileName: string, header: { format?: string; width?: number; height?: number }): AppError | null {
  if (!isSupportedFormat(header.format) || !header.width || !header.height) {
    return AppError.of('image-unsupported', { file: fileName });
  }
  if (header.width * header.height > maxImagePixels) {
    return AppError.of('image-too-many-pixels', {
      file: fileName, width: header.width, height: header.height, limit: maxImagePixels / 1_000_000,
    });
  }
  return null;
}
