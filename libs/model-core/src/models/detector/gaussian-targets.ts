/**
 * The radius of the Gaussian drawn around each object centre in the target heat map, from
 * CornerNet/CenterNet's `gaussian_radius` (Law and Deng 2018; Zhou, Wang and Krahenbuhl, "Objects as
 * Points", 2019): the largest centre shift that keeps a box of this size above `minOverlap` IoU with
 * the true one. The three cases and their formulas, quirks included, follow the reference code so that
 * targets match the published training recipe.
 */
export function gaussianRadius(height: number, width: number, minOverlap = 0.7): number {
  const a1 = 1;
  const b1 = height + width;
  const c1 = (width * height * (1 - minOverlap)) / (1 + minOverlap);
  const r1 = (b1 + Math.sqrt(b1 * b1 - 4 * a1 * c1)) / 2;

  const a2 = 4;
  const b2 = 2 * (height + width);
  const c2 = (1 - minOverlap) * width * height;
  const r2 = (b2 + Math.sqrt(b2 * b2 - 4 * a2 * c2)) / 2;

  const a3 = 4 * minOverlap;
  const b3 = -2 * minOverlap * (height + width);
  const c3 = (minOverlap - 1) * width * height;
  const r3 = (b3 + Math.sqrt(b3 * b3 - 4 * a3 * c3)) / 2;

  return Math.min(r1, r2, r3);
}

/**
 * Writes exp(-(dx^2 + dy^2) / (2 sigma^2)), sigma = (2 radius + 1) / 6, around (centerX, centerY)
 * into one channel of a [height, width, channels] map, keeping the maximum where Gaussians overlap.
 */
export function drawGaussian(
  map: Float32Array,
  shape: { height: number; width: number; channels: number; channel: number },
  centerX: number,
  centerY: number,
  radius: number,
): void {
  const sigma = (2 * radius + 1) / 6;
  for (let dy = -radius; dy <= radius; dy += 1) {
    const y = centerY + dy;
    if (y < 0 || y >= shape.height) continue;
    for (let dx = -radius; dx <= radius; dx += 1) {
      const x = centerX + dx;
      if (x < 0 || x >= shape.width) continue;
      const value = Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
      // The reference zeroes values below float epsilon times the peak.
      if (value < 2.220446049250313e-16) continue;
      const at = (y * shape.width + x) * shape.channels + shape.channel;
      if (value > map[at]) map[at] = value;
    }
  }
}
