// Boxes and their overlap for detection metrics. Boxes are corner coordinates [x1, y1, x2, y2]
// with x2 >= x1 and y2 >= y1, in continuous coordinates (area = width * height, no "+1" pixel
// convention), as pycocotools computes box IoU.

export type BoxXyxy = readonly [x1: number, y1: number, x2: number, y2: number];

/** COCO's [x, y, width, height] to corners. */
export function xywhToXyxy(box: readonly [number, number, number, number]): BoxXyxy {
  const [x, y, width, height] = box;
  return [x, y, x + width, y + height];
}

export function xyxyArea(box: BoxXyxy): number {
  return Math.max(0, box[2] - box[0]) * Math.max(0, box[3] - box[1]);
}

export function assertValidXyxyBox(name: string, box: BoxXyxy): void {
  if (box.length !== 4 || !box.every(Number.isFinite) || box[2] < box[0] || box[3] < box[1]) {
    throw new RangeError(`${name}: a box must be four finite numbers [x1, y1, x2, y2] with x2 >= x1 and y2 >= y1, got [${box.join(', ')}]`);
  }
}

function intersection(first: BoxXyxy, second: BoxXyxy): number {
  const width = Math.min(first[2], second[2]) - Math.max(first[0], second[0]);
  if (width <= 0) return 0;
  const height = Math.min(first[3], second[3]) - Math.max(first[1], second[1]);
  if (height <= 0) return 0;
  return width * height;
}

/** Intersection over union; 0 when the boxes do not overlap (including zero-area boxes). */
export function iou(first: BoxXyxy, second: BoxXyxy): number {
  const shared = intersection(first, second);
  if (shared === 0) return 0;
  return shared / (xyxyArea(first) + xyxyArea(second) - shared);
}

/**
 * Overlap of a detection with a crowd region, as COCO defines it: intersection over the
 * detection's own area, so a detection inside a crowd counts as fully overlapping it.
 */
export function crowdOverlap(detection: BoxXyxy, crowd: BoxXyxy): number {
  const shared = intersection(detection, crowd);
  if (shared === 0) return 0;
  return shared / xyxyArea(detection);
}
