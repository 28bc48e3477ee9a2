// One type for both calibrators, so a model artifact can store `JSON.stringify(calibrator)` and a
// browser can load it back with `parseCalibrator` and apply it without knowing which kind it is.
import { applyIsotonic, type IsotonicCalibrator } from './isotonic-regression';
import { applyPlatt, type PlattCalibrator } from './platt-scaling';

export type Calibrator = PlattCalibrator | IsotonicCalibrator;

export function applyCalibrator(calibrator: Calibrator, score: number): number {
  return calibrator.kind === 'platt' ? applyPlatt(calibrator, score) : applyIsotonic(calibrator, score);
}

export function applyCalibratorToAll(calibrator: Calibrator, scores: readonly number[]): number[] {
  return scores.map((score) => applyCalibrator(calibrator, score));
}

function isFiniteNumberArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item));
}

/** Checks a parsed JSON value and returns it as a calibrator; throws with the reason otherwise. */
export function parseCalibrator(value: unknown): Calibrator {
  if (typeof value !== 'object' || value === null) throw new TypeError('parseCalibrator: expected an object');
  const record = value as Record<string, unknown>;
  if (record.kind === 'platt') {
    const { slope, intercept } = record;
    if (typeof slope !== 'number' || !Number.isFinite(slope) || typeof intercept !== 'number' || !Number.isFinite(intercept)) {
      throw new TypeError('parseCalibrator: platt needs finite numbers slope and intercept');
    }
    return { kind: 'platt', slope, intercept };
  }
  if (record.kind === 'isotonic') {
    const { x, y } = record;
    if (!isFiniteNumberArray(x) || !isFiniteNumberArray(y) || x.length !== y.length || x.length === 0) {
      throw new TypeError('parseCalibrator: isotonic needs arrays x and y of finite numbers, equal and non-zero length');
    }
    for (let index = 1; index < x.length; index += 1) {
      if (!(x[index] > x[index - 1])) throw new TypeError('parseCalibrator: isotonic x must be strictly increasing');
      if (y[index] < y[index - 1]) throw new TypeError('parseCalibrator: isotonic y must be non-decreasing');
    }
    return { kind: 'isotonic', x: [...x], y: [...y] };
  }
  throw new TypeError(`parseCalibrator: unknown kind ${JSON.stringify(record.kind)}`);
}
