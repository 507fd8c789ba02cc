import { describe, expect, it } from 'vitest';
import { packWire, unpackWire } from '../../../shared/api/wire-codec.ts';

describe('wire codec', () => {
  it('keeps Uint8Array values anywhere in a payload, each as a part of its own', () => {
    const payload = { fileName: 'Trang 1.jpg', bytes: new Uint8Array([0, 255, 128]), nested: [{ b: new Uint8Array([7]) }] };
    const message = packWire(payload);
    expect(message.parts).toHaveLength(2);
    expect(message.json).not.toContain('255');
    const decoded = unpackWire(message) as typeof payload;
    expect(decoded.bytes).toBeInstanceOf(Uint8Array);
    expect([...decoded.bytes]).toEqual([0, 255, 128]);
    expect([...decoded.nested[0]!.b]).toEqual([7]);
    expect(decoded.fileName).toBe('Trang 1.jpg');
  });

  it('sends a payload without bytes as plain JSON', () => {
    expect(packWire({ a: 1 })).toEqual({ json: '{"a":1}', parts: [] });
    expect(packWire(undefined)).toEqual({ json: '', parts: [] });
    expect(unpackWire({ json: '', parts: [] })).toBeUndefined();
  });

  it('packs a Node Buffer as bytes too, not as its toJSON form', () => {
    const decoded = unpackWire(packWire({ bytes: Buffer.from([1, 2, 3]) })) as { bytes: Uint8Array };
    expect(decoded.bytes).toBeInstanceOf(Uint8Array);
    expect([...decoded.bytes]).toEqual([1, 2, 3]);
  });

  it('refuses a reference to a part that was not sent', () => {
    expect(() => unpackWire({ json: '{"bytes":{"$part":1}}', parts: [new Uint8Array([1])] })).toThrow(/part 1/);
  });

  it('leaves objects that merely contain a $part key among others alone', () => {
    expect(unpackWire({ json: '{"x":{"$part":0,"other":1}}', parts: [] })).toEqual({ x: { $part: 0, other: 1 } });
  });
});
