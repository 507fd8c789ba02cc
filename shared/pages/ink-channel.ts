// Which light to look at the page in. Register ink is black or blue and stays dark in red light, while a
// red stamp, yellowed paper and coffee stains are nearly as bright as the paper there (a scanner's red
// dropout filter does the same), so tesseract reads the red channel. Finding the page's content is the
// opposite wish: a stamp or a coloured mark is content to keep in the crop, so the darkest channel is used.
import type { GrayImage, InterleavedImage } from './raster.ts';

/** Index of the channel tesseract reads, in sRGB pixels. */
export const inkChannelIndex = 0;

/** The darkest channel of each pixel. */
export function darkestChannel(image: InterleavedImage): GrayImage {
  const { data, width, height, channels } = image;
  const result = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < result.length; i++, j += channels) {
    let darkest = data[j]!;
    for (let c = 1; c < channels; c++) if (data[j + c]! < darkest) darkest = data[j + c]!;
    result[i] = darkest;
  }
  return { data: result, width, height };
}
