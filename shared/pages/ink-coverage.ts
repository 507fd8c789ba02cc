// How much of the page is ink, and whether that is so little the page has nothing to read. The share is of
// the whole sheet (before margins are cropped), so a speck on an empty page is not a large share of a
// small crop.

/**
 * Below this share of ink the page is blank: a register page with only its title printed has several
 * times more, and a dozen handwritten words about as much.
 */
export const blankInkRatio = 0.0005;

export function inkCoverage(inkPixels: number, pageArea: number): { inkRatio: number; blank: boolean } {
  const inkRatio = pageArea > 0 ? inkPixels / pageArea : 0;
  return { inkRatio, blank: inkRatio < blankInkRatio };
}
