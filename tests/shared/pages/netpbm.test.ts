import { describe, expect, it } from 'vitest';
import { encodePbm, encodePgm } from '../../../shared/pages/netpbm.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('encodePgm', () => {
  it('writes the P5 header and the pixels as they are', () => {
    const data = Uint8Array.from([0, 10, 200, 255, 128, 7]);
    const pgm = encodePgm({ data, width: 3, height: 2 });
    const header = 'P5\n3 2\n255\n';
    expect(text(pgm.subarray(0, header.length))).toBe(header);
    expect([...pgm.subarray(header.length)]).toEqual([...data]);
  });
});

describe('encodePbm', () => {
  it('packs ink as set bits, most significant first, each row padded to whole bytes', () => {
    // 10 pixels wide: two bytes a row, the last six bits of each row padding
    const row1 = [0, 255, 255, 255, 255, 255, 255, 0, 0, 255];
    const row2 = [255, 255, 255, 255, 255, 255, 255, 255, 255, 100];
    const pbm = encodePbm({ data: Uint8Array.from([...row1, ...row2]), width: 10, height: 2 });
    const header = 'P4\n10 2\n';
    expect(text(pbm.subarray(0, header.length))).toBe(header);
    expect([...pbm.subarray(header.length)]).toEqual([0b1000_0001, 0b1000_0000, 0b0000_0000, 0b0100_0000]);
  });

  it('takes the threshold it is given', () => {
    const pbm = encodePbm({ data: Uint8Array.from([100, 150, 200, 250]), width: 4, height: 1 }, 210);
    expect(pbm.at(-1)).toBe(0b1110_0000);
  });
});
