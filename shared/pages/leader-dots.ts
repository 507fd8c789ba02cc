// Register forms print a dotted leader line under every value. Tesseract reads a run of those dots as a
// line of garbage and, worse, loses the value written over it. A dot alone looks like a diacritic, so the
// dots are told apart by what only a leader has: many small round specks on one level, at a steady pitch.
import type { InkComponent } from './ink-components.ts';

/** Sizes at 300 dpi. A leader dot is about 4 px across; the dot of an "i" at 10 pt about 6. */
const maxDotSide = 8;
const maxDotArea = 48;
/** Farthest apart two neighbouring dots of a leader are, centre to centre. */
const maxPitch = 30;
/** How far a leader's dots stray from one level (scanning and turning move them by a pixel or two). */
const maxDrift = 2;
/** How far one step of a leader may differ from its usual pitch. */
const pitchTolerance = 0.25;
/** How much larger than its fellows a dot of a leader may be. */
const maxAreaRatio = 2;
/** Fewer dots in a row than this could be an ellipsis or the tone marks of neighbouring letters. */
const minRun = 4;

function centreX(c: InkComponent): number {
  return (c.left + c.right) / 2;
}

function centreY(c: InkComponent): number {
  return (c.top + c.bottom) / 2;
}

/**
 * Marks the dots of a chain's runs of at least `minRun` dots of the chain's usual size at its usual
 * pitch. A diacritic on the leader's level (the dot under "ệ") is larger than the leader's dots, or
 * breaks the pitch, so it stays.
 */
function markRegularRuns(chain: number[], components: readonly InkComponent[], dots: Uint8Array): void {
  if (chain.length < minRun) return;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const gaps = chain.slice(1).map((j, k) => centreX(components[j]!) - centreX(components[chain[k]!]!));
  const pitch = median(gaps);
  const usualArea = median(chain.map((i) => components[i]!.area));
  let run: number[] = [];
  const close = () => {
    if (run.length >= minRun) for (const i of run) dots[i] = 1;
    run = [];
  };
  for (let k = 0; k < chain.length; k++) {
    const member = chain[k]!;
    if (components[member]!.area > usualArea * maxAreaRatio + 2) {
      close();
      continue;
    }
    if (run.length > 0 && Math.abs(gaps[k - 1]! - pitch) > pitch * pitchTolerance) close();
    run.push(member);
  }
  close();
}

/** Marks (1) the components that are dots of a leader line. */
export function findLeaderDots(components: readonly InkComponent[]): Uint8Array {
  const dots = new Uint8Array(components.length);
  const candidates: number[] = [];
  for (let i = 0; i < components.length; i++) {
    const c = components[i]!;
    if (c.right - c.left <= maxDotSide && c.bottom - c.top <= maxDotSide && c.area <= maxDotArea) candidates.push(i);
  }
  // Candidates by the row of their centre, each row in left-to-right order.
  const rows = new Map<number, number[]>();
  for (const i of candidates) {
    const row = Math.round(centreY(components[i]!));
    const list = rows.get(row);
    if (list) list.push(i);
    else rows.set(row, [i]);
  }
  for (const list of rows.values()) list.sort((a, b) => centreX(components[a]!) - centreX(components[b]!));

  /** The nearest candidate to the right of `i` on about its level, within a leader's pitch. */
  const nextOf = (i: number): number => {
    const x = centreX(components[i]!);
    const y = Math.round(centreY(components[i]!));
    let best = -1;
    let bestDistance = maxPitch + 1;
    for (let row = y - maxDrift; row <= y + maxDrift; row++) {
      const list = rows.get(row);
      if (!list) continue;
      let low = 0;
      let high = list.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (centreX(components[list[middle]!]!) <= x) low = middle + 1;
        else high = middle;
      }
      const candidate = list[low];
      if (candidate === undefined) continue;
      const distance = centreX(components[candidate]!) - x;
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  };

  const next = new Map<number, number>();
  const hasPrevious = new Set<number>();
  for (const i of candidates) {
    const j = nextOf(i);
    if (j >= 0 && !hasPrevious.has(j)) {
      next.set(i, j);
      hasPrevious.add(j);
    }
  }
  for (const first of candidates) {
    if (hasPrevious.has(first) || !next.has(first)) continue;
    const chain = [first];
    for (let at = next.get(first); at !== undefined; at = next.get(at)) chain.push(at);
    markRegularRuns(chain, components, dots);
  }
  return dots;
}
