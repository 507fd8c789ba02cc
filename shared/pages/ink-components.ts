// Connected groups of ink pixels (8-connected), found on runs of ink rather than on single pixels: a page
// has a few hundred thousand runs against millions of pixels, so the labels fit in little memory.
import type { GrayImage } from './raster.ts';

/** Horizontal runs of ink, row after row; run i covers x in [start[i], end[i]) on row y[i]. */
export interface InkRuns {
  count: number;
  y: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** index in `components` of the group each run belongs to */
  component: Int32Array;
}

export interface InkComponent {
  /** ink pixels */
  area: number;
  left: number;
  top: number;
  /** exclusive */
  right: number;
  /** exclusive */
  bottom: number;
}

class RunList {
  count = 0;
  y = new Int32Array(1 << 14);
  start = new Int32Array(1 << 14);
  end = new Int32Array(1 << 14);
  parent = new Int32Array(1 << 14);

  push(y: number, start: number, end: number): void {
    if (this.count === this.y.length) {
      const grow = (from: Int32Array) => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.y = grow(this.y);
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.parent = grow(this.parent);
    }
    this.y[this.count] = y;
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.parent[this.count] = this.count;
    this.count++;
  }

  root(run: number): number {
    const parent = this.parent;
    let root = run;
    while (parent[root] !== root) root = parent[root]!;
    let at = run;
    while (parent[at] !== root) {
      const next = parent[at]!;
      parent[at] = root;
      at = next;
    }
    return root;
  }

  join(a: number, b: number): void {
    const rootA = this.root(a);
    const rootB = this.root(b);
    if (rootA < rootB) this.parent[rootB] = rootA;
    else if (rootB < rootA) this.parent[rootA] = rootB;
  }
}

/** Groups the pixels darker than `inkBelow` into components. */
export function findInkComponents(image: GrayImage, inkBelow: number): { runs: InkRuns; components: InkComponent[] } {
  const { data, width, height } = image;
  const list = new RunList();
  let previousFirst = 0;
  for (let y = 0; y < height; y++) {
    const rowFirst = list.count;
    const offset = y * width;
    let x = 0;
    while (x < width) {
      if (data[offset + x]! < inkBelow) {
        const start = x;
        while (x < width && data[offset + x]! < inkBelow) x++;
        list.push(y, start, x);
      } else {
        x++;
      }
    }
    // Runs on adjacent rows touch (diagonally included) when they overlap once widened by one pixel.
    let above = previousFirst;
    for (let run = rowFirst; run < list.count; run++) {
      while (above < rowFirst && list.end[above]! < list.start[run]!) above++;
      for (let other = above; other < rowFirst && list.start[other]! <= list.end[run]!; other++) list.join(run, other);
    }
    previousFirst = rowFirst;
  }

  const components: InkComponent[] = [];
  const indexOfRoot = new Int32Array(list.count).fill(-1);
  const component = new Int32Array(list.count);
  for (let run = 0; run < list.count; run++) {
    const root = list.root(run);
    let index = indexOfRoot[root]!;
    const y = list.y[run]!;
    const start = list.start[run]!;
    const end = list.end[run]!;
    if (index < 0) {
      index = components.length;
      indexOfRoot[root] = index;
      components.push({ area: 0, left: start, top: y, right: end, bottom: y + 1 });
    }
    const found = components[index]!;
    found.area += end - start;
    found.left = Math.min(found.left, start);
    found.right = Math.max(found.right, end);
    found.bottom = y + 1;
    component[run] = index;
  }
  return {
    runs: { count: list.count, y: list.y.subarray(0, list.count), start: list.start.subarray(0, list.count), end: list.end.subarray(0, list.count), component },
    components,
  };
}
