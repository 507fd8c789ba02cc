import { describe, expect, it } from 'vitest';
import type { InkComponent } from '../../../shared/pages/ink-components.ts';
import { findLeaderDots } from '../../../shared/pages/leader-dots.ts';

const blob = (x: number, y: number, width: number, height: number, area = width * height): InkComponent => ({
  area,
  left: x,
  top: y,
  right: x + width,
  bottom: y + height,
});

/** A leader of `count` dots of 4 × 3 px every `pitch` px from x = `from` on row `y`. */
const leader = (from: number, y: number, count: number, pitch = 12) => Array.from({ length: count }, (_, i) => blob(from + i * pitch, y, 4, 3));

describe('leader dots', () => {
  it('finds the dots of a dotted line', () => {
    const components = [...leader(100, 500, 20), blob(50, 400, 40, 30)];
    const dots = findLeaderDots(components);
    expect([...dots.slice(0, 20)]).toEqual(Array(20).fill(1));
    expect(dots[20]).toBe(0);
  });

  it('follows a leader that drifts by a pixel now and then', () => {
    const components = leader(100, 500, 30).map((c, i) => ({ ...c, top: c.top + Math.floor(i / 10), bottom: c.bottom + Math.floor(i / 10) }));
    expect(findLeaderDots(components).every((d) => d === 1)).toBe(true);
  });

  it('leaves a few dots in a row (an ellipsis) alone', () => {
    expect([...findLeaderDots(leader(100, 500, 3, 8))]).toEqual([0, 0, 0]);
  });

  it('leaves alone dots too far apart to be a leader', () => {
    expect(findLeaderDots(leader(100, 500, 10, 60)).every((d) => d === 0)).toBe(true);
  });

  it('leaves large marks alone, even in a row', () => {
    const letters = Array.from({ length: 10 }, (_, i) => blob(100 + i * 25, 500, 18, 24));
    expect(findLeaderDots(letters).every((d) => d === 0)).toBe(true);
  });

  it('keeps a diacritic on the leader level that is larger than the leader dots', () => {
    // the dot under "ệ" sits in the leader's row, in step with its dots, but is twice their size and more
    const dots = leader(100, 500, 20);
    const underDot = blob(100 + 6 * 12 - 1, 499, 6, 6, 30);
    const components = [...dots.slice(0, 6), underDot, ...dots.slice(7)];
    const found = findLeaderDots(components);
    expect(found[6]).toBe(0);
    expect(found.reduce((a, b) => a + b, 0)).toBe(19);
  });

  it('keeps a speck that breaks a leader\'s pitch', () => {
    const components = [...leader(100, 500, 8), blob(100 + 8 * 12 - 6, 500, 4, 3), ...leader(100 + 8 * 12, 500, 8)];
    const found = findLeaderDots(components);
    expect(found[8]).toBe(0);
    expect(found.reduce((a, b) => a + b, 0)).toBe(16);
  });
});
