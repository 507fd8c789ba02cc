// The least preprocessing that pays on register scans: EXIF orientation, grayscale and contrast
// stretching. Measured on the sample pages it turns "Sÿ" into the written "Sỹ"; deskew, crop and
// denoising come with the page pipeline.
import sharp from 'sharp';
import { maxImagePixels } from '../../shared/pages/image-policy.ts';

export async function prepareForOcr(image: Uint8Array): Promise<Buffer> {
  return sharp(image, { limitInputPixels: maxImagePixels }).rotate().greyscale().normalize().png({ compressionLevel: 1 }).toBuffer();
}
