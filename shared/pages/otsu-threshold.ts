// Otsu's method: the gray level that best splits a page into two classes (ink and paper), found by
// maximising the variance between the classes over the histogram.

export function grayHistogram(data: Uint8Array): Float64Array {
  const histogram = new Float64Array(256);
  for (let i = 0; i < data.length; i++) histogram[data[i]!]!++;
  return histogram;
}

/** The level t that best separates the histogram: pixels at or below t are the dark class. */
export function otsuThreshold(histogram: ArrayLike<number>): number {
  let total = 0;
  let sum = 0;
  for (let level = 0; level < 256; level++) {
    total += histogram[level]!;
    sum += level * histogram[level]!;
  }
  let darkCount = 0;
  let darkSum = 0;
  let best = -1;
  let threshold = 0;
  for (let level = 0; level < 256; level++) {
    darkCount += histogram[level]!;
    darkSum += level * histogram[level]!;
    const lightCount = total - darkCount;
    if (darkCount === 0) continue;
    if (lightCount === 0) break;
    const difference = darkSum / darkCount - (sum - darkSum) / lightCount;
    const between = darkCount * lightCount * difference * difference;
    if (between > best) {
      best = between;
      threshold = level;
    }
  }
  return threshold;
}
