// Curves from a metrics library keep every distinct threshold (thousands of points on a real test
// set); a chart needs a few hundred. Thinning keeps the first and last points and evenly spaced ones
// between them, so the shape and the end points are unchanged.
export function thinPoints<T>(points: readonly T[], maxPoints = 400): T[] {
  if (points.length <= maxPoints) return [...points];
  const out: T[] = [];
  const step = (points.length - 1) / (maxPoints - 1);
  for (let i = 0; i < maxPoints; i++) out.push(points[Math.round(i * step)]);
  return out;
}
