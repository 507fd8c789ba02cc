import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeWire, encodeWire } from '../../../shared/api/wire-codec.ts';

describe('wire codec', () => {
  it('matches standard base64 for every length remainder', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 1000, 10_001]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) % 256);
      const encoded = bytesToBase64(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(encoded)).toEqual(bytes);
    }
  });

  it('keeps Uint8Array values anywhere in a JSON payload', () => {
    const payload = { fileName: 'Trang 1.jpg', bytes: new Uint8Array([0, 255, 128]), nested: [{ b: new Uint8Array([7]) }] };
    const decoded = decodeWire(encodeWire(payload)) as typeof payload;
    expect(decoded.bytes).toBeInstanceOf(Uint8Array);
    expect([...decoded.bytes]).toEqual([0, 255, 128]);
    expect([...decoded.nested[0]!.b]).toEqual([7]);
    expect(decoded.fileName).toBe('Trang 1.jpg');
  });

  it('encodes a Node Buffer as bytes too, not as its toJSON form', () => {
    const decoded = decodeWire(encodeWire({ bytes: Buffer.from([1, 2, 3]) })) as { bytes: Uint8Array };
    expect(decoded.bytes).toBeInstanceOf(Uint8Array);
    expect([...decoded.bytes]).toEqual([1, 2, 3]);
  });

  it('refuses malformed base64 instead of decoding garbage', () => {
    expect(() => base64ToBytes('abc')).toThrow(/multiple of 4/);
    expect(() => base64ToBytes('ab!d')).toThrow(/invalid base64/);
    expect(() => decodeWire('{"bytes":{"$bytes":"@@@@"}}')).toThrow();
  });

  it('leaves objects that merely contain a $bytes key among others alone', () => {
    expect(decodeWire('{"x":{"$bytes":"AA==","other":1}}')).toEqual({ x: { $bytes: 'AA==', other: 1 } });
  });
});
