// Where the page's content lies once turned, in the coordinates of the full-size turned page, from a small
// analysis copy: every group of ink except specks, each pixel mapped through the turn, so the crop is
// never narrower than the ink however the page was turned.
import type { Box } from '../domain/entry.ts';
import { findInkComponents } from './ink-components.ts';
import type { GrayImage } from './raster.ts';
import type { PointMap, Size } from './rotation-geometry.ts';

class Extent {
  left = Infinity;
  top = Infinity;
  right = -Infinity;
  bottom = -Infinity;

  /** Takes in the rectangle [x0, x1] × [y0, y1] of the copy, mapped. */
  add(map: PointMap, x0: number, y0: number, x1: number, y1: number): void {
    for (const [x, y] of [map(x0, y0), map(x1, y0), map(x0, y1), map(x1, y1)]) {
      this.left = Math.min(this.left, x);
      this.right = Math.max(this.right, x);
      this.top = Math.min(this.top, y);
      this.bottom = Math.max(this.bottom, y);
    }
  }

  box(): Box | null {
    if (this.left > this.right) return null;
    const x = Math.floor(this.left);
    const y = Math.floor(this.top);
    return { x, y, width: Math.ceil(this.right) - x, height: Math.ceil(this.bottom) - y };
  }
}

/**
 * The box holding every group of pixels darker than `inkBelow` with more than `minArea` pixels, mapped by
 * `map`; null when there is none (a blank page).
 */
export function inkBounds(image: GrayImage, inkBelow: number, minArea: number, map: PointMap): Box | null {
  const { runs, components } = findInkComponents(image, inkBelow);
  const extent = new Extent();
  for (let run = 0; run < runs.count; run++) {
    if (components[runs.component[run]!]!.area <= minArea) continue;
    const y = runs.y[run]!;
    extent.add(map, runs.start[run]!, y, runs.end[run]!, y + 1);
  }
  return extent.box();
}

/** The box holding the paper (every pixel outside the `border` mask), mapped by `map`. */
export function paperBounds(border: Uint8Array, size: Size, map: PointMap): Box | null {
  const extent = new Extent();
  for (let y = 0; y < size.height; y++) {
    let x = 0;
    while (x < size.width) {
      if (border[y * size.width + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size.width && !border[y * size.width + x]) x++;
      extent.add(map, start, y, x, y + 1);
    }
  }
  return extent.box();
}

/** `box` grown by `margin` on every side, then cut to `limit` (a box, or the canvas from 0, 0). */
export function expandWithin(box: Box, margin: number, limit: Box): Box {
  const left = Math.max(limit.x, box.x - margin);
  const top = Math.max(limit.y, box.y - margin);
  const right = Math.min(limit.x + limit.width, box.x + box.width + margin);
  const bottom = Math.min(limit.y + limit.height, box.y + box.height + margin);
  return { x: left, y: top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}

/** The part of `box` inside `limit`; `limit` itself when they do not meet. */
export function intersect(box: Box, limit: Box): Box {
  const left = Math.max(box.x, limit.x);
  const top = Math.max(box.y, limit.y);
  const right = Math.min(box.x + box.width, limit.x + limit.width);
  const bottom = Math.min(box.y + box.height, limit.y + limit.height);
  return right > left && bottom > top ? { x: left, y: top, width: right - left, height: bottom - top } : limit;
}
