/** An axis-aligned box in input-image pixels: (x1, y1) top-left, (x2, y2) bottom-right. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  classId: number;
}

export interface Detection extends Box {
  score: number;
}

export function boxArea(box: Omit<Box, 'classId'>): number {
  return Math.max(0, box.x2 - box.x1) * Math.max(0, box.y2 - box.y1);
}

/** Intersection over union of two boxes (0 when they do not overlap or both are empty). */
export function intersectionOverUnion(a: Omit<Box, 'classId'>, b: Omit<Box, 'classId'>): number {
  const width = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const height = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  if (width <= 0 || height <= 0) return 0;
  const intersection = width * height;
  const union = boxArea(a) + boxArea(b) - intersection;
  return union > 0 ? intersection / union : 0;
}
