import { describe, expect, it } from 'vitest';
import { darkestChannel, inkChannelIndex } from '../../../shared/pages/ink-channel.ts';

describe('ink channel', () => {
  it('reads red light, where a red stamp nearly vanishes and blue ink stays dark', () => {
    const stamp = [216, 120, 120];
    const blueInk = [40, 40, 90];
    const paper = [236, 228, 206];
    expect(stamp[inkChannelIndex]! / paper[inkChannelIndex]!).toBeGreaterThan(0.9);
    expect(blueInk[inkChannelIndex]! / paper[inkChannelIndex]!).toBeLessThan(0.2);
  });

  it('keeps the darkest channel of each pixel, so a stamp counts as content', () => {
    const image = { data: new Uint8Array([216, 120, 120, 236, 228, 206, 40, 40, 90]), width: 3, height: 1, channels: 3 };
    expect([...darkestChannel(image).data]).toEqual([120, 206, 40]);
  });

  it('passes a gray image through', () => {
    const image = { data: new Uint8Array([1, 2, 3, 4]), width: 2, height: 2, channels: 1 };
    const gray = darkestChannel(image);
    expect([...gray.data]).toEqual([1, 2, 3, 4]);
    expect(gray.data).not.toBe(image.data);
  });
});
