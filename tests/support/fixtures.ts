import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

export const fixturesDir = path.join(import.meta.dirname, '..', 'fixtures');
export const birthFormPath = path.join(fixturesDir, 'samples', 'birth-form-001.jpg');

interface GroundTruth {
  entries: { fields: Record<string, string> }[];
}

export function birthFormTruth(): Record<string, string> {
  const truth = JSON.parse(readFileSync(path.join(fixturesDir, 'samples', 'birth-form-001.json'), 'utf8')) as GroundTruth;
  return truth.entries[0]!.fields;
}

export function birthFormBytes(): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(birthFormPath));
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A tiny, valid-looking PNG whose header declares width × height gray pixels: a decompression bomb's
 * calling card. Its data holds only the first row, so nothing large is ever allocated by the test.
 */
export function pngDeclaring(width: number, height: number): Uint8Array<ArrayBuffer> {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  const firstRow = Buffer.alloc(1 + width);
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(firstRow)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]));
}

/** The bad inputs every import path must refuse, with the error code each must get. */
export function badImages(): { name: string; bytes: Uint8Array<ArrayBuffer>; code: string }[] {
  const jpeg = birthFormBytes();
  return [
    { name: 'empty.jpg', bytes: new Uint8Array(0), code: 'image-empty' },
    { name: 'notes.jpg', bytes: new TextEncoder().encode('Đây là một tệp văn bản, không phải ảnh.\n'), code: 'image-unsupported' },
    // Named as a PDF, but a PDF is known by its content: this is neither a PDF nor an image.
    { name: 'document.pdf', bytes: new TextEncoder().encode('Biên bản họp, không phải bản quét.\n'), code: 'image-unsupported' },
    { name: 'half-copied.jpg', bytes: jpeg.slice(0, Math.floor(jpeg.length / 2)), code: 'image-truncated' },
    { name: 'bomb.png', bytes: pngDeclaring(30_000, 30_000), code: 'image-too-many-pixels' },
  ];
}

/** A small, whole gray PNG whose pixels differ for each seed: for batches where full-size scans would only slow a test. */
export function smallPng(seed: number): Uint8Array<ArrayBuffer> {
  const width = 48;
  const height = 64;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  const rows = Buffer.alloc((1 + width) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows[y * (1 + width) + 1 + x] = (seed * 31 + x * y) % 256;
  }
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]));
}
