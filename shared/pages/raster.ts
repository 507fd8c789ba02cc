// The pixel buffers page preprocessing works on, so the Node side can hand over what sharp decoded
// without copying it.

export interface GrayImage {
  /** one byte a pixel, row after row; low values are ink, high values paper */
  data: Uint8Array;
  width: number;
  height: number;
}

/** Pixels as sharp decodes them: `channels` bytes a pixel (3 for sRGB), row after row. */
export interface InterleavedImage {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}
