// Pages handed to tesseract as Netpbm images. The engine's image library reads them with no decoder at
// all, where a PNG costs a deflate on our side and an inflate inside the engine (about 80 ms for a cell
// mosaic, more for a page); and a binarized page packs into one bit a pixel, an eighth of its bytes.
import type { GrayImage } from './raster.ts';

/** Netpbm headers are ASCII. */
function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

function withHeader(header: string, body: Uint8Array): Uint8Array {
  const head = ascii(header);
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

/** P5: eight bits a pixel, as the image holds them. */
export function encodePgm(image: GrayImage): Uint8Array {
  return withHeader(`P5\n${image.width} ${image.height}\n255\n`, image.data.subarray(0, image.width * image.height));
}

/** P4: one bit a pixel, set for ink (a pixel darker than `threshold`); rows padded to whole bytes. */
export function encodePbm(image: GrayImage, threshold = 128): Uint8Array {
  const { data, width, height } = image;
  const stride = Math.ceil(width / 8);
  const head = ascii(`P4\n${width} ${height}\n`);
  const out = new Uint8Array(head.length + stride * height);
  out.set(head);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const to = head.length + y * stride;
    for (let x = 0; x < width; x++) {
      if (data[row + x]! < threshold) out[to + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return out;
}
