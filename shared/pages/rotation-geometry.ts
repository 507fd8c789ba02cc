// Where a point of the scan lands once sharp has turned the page: sharp turns about the centre and grows
// the canvas to the turned page's bounding box.
import type { Box } from '../domain/entry.ts';

export interface Size {
  width: number;
  height: number;
}

export type PointMap = (x: number, y: number) => [number, number];

/** The canvas sharp makes for an image of `size` turned by `degrees`, rounded down so a box inside it is inside sharp's. */
export function rotatedSize(size: Size, degrees: number): Size {
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.abs(Math.cos(radians));
  const sin = Math.abs(Math.sin(radians));
  // The epsilon keeps 2000.0000000001 from flooring a whole-number size down by a pixel at 0 or 90 degrees.
  return {
    width: Math.floor(size.width * cos + size.height * sin + 1e-6),
    height: Math.floor(size.width * sin + size.height * cos + 1e-6),
  };
}

/** Maps a point of an image of `size` to the canvas of that image turned clockwise by `degrees`. */
function turn(size: Size, degrees: number, inverse = false): PointMap {
  const radians = ((inverse ? -degrees : degrees) * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const canvas = rotatedSize(size, degrees);
  const [from, to] = inverse ? [canvas, size] : [size, canvas];
  return (x, y) => {
    const dx = x - from.width / 2;
    const dy = y - from.height / 2;
    return [dx * cos - dy * sin + to.width / 2, dx * sin + dy * cos + to.height / 2];
  };
}

/**
 * Maps a point of a copy of the scan (`copy`, e.g. downscaled for analysis) to the canvas of the full-size
 * scan (`full`) turned clockwise by `degrees`.
 */
export function copyToRotated(copy: Size, full: Size, degrees: number): PointMap {
  const toCanvas = turn(full, degrees);
  return (x, y) => toCanvas((x * full.width) / copy.width, (y * full.height) / copy.height);
}

/**
 * To cut `box` out of the scan turned by `degrees` without turning all of the scan: the part of the scan
 * to cut first (`source`), and where `box` then lies in that part once turned (`box`).
 */
export function rotationCrop(full: Size, degrees: number, box: Box): { source: Box; box: Box } {
  const back = turn(full, degrees, true);
  const corners = [back(box.x, box.y), back(box.x + box.width, box.y), back(box.x, box.y + box.height), back(box.x + box.width, box.y + box.height)];
  // One pixel more on each side for the pixels the interpolation reads at the edge.
  const left = Math.max(0, Math.floor(Math.min(...corners.map(([x]) => x))) - 1);
  const top = Math.max(0, Math.floor(Math.min(...corners.map(([, y]) => y))) - 1);
  const right = Math.min(full.width, Math.ceil(Math.max(...corners.map(([x]) => x))) + 1);
  const bottom = Math.min(full.height, Math.ceil(Math.max(...corners.map(([, y]) => y))) + 1);
  const source = { x: left, y: top, width: right - left, height: bottom - top };
  // The box's top-left corner, followed through the source part's own turn.
  const [cornerX, cornerY] = back(box.x, box.y);
  const [x, y] = turn(source, degrees)(cornerX - left, cornerY - top);
  const canvas = rotatedSize(source, degrees);
  const shiftedX = Math.min(Math.max(0, Math.round(x)), canvas.width - 1);
  const shiftedY = Math.min(Math.max(0, Math.round(y)), canvas.height - 1);
  return {
    source,
    box: { x: shiftedX, y: shiftedY, width: Math.min(box.width, canvas.width - shiftedX), height: Math.min(box.height, canvas.height - shiftedY) },
  };
}
