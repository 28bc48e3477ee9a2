// A generated stand-in for the Wisconsin diagnostic breast-cancer file (no header: id, M/B, 30
// features as mean / standard error / worst of ten nuclear measurements). Browser-safe.
import { sampleRandom } from './random';

// Typical benign and malignant means of the ten measurements (rounded textbook magnitudes).
const BASE: ReadonlyArray<readonly [benign: number, malignant: number]> = [
  [12.1, 17.5],
  [17.9, 21.6],
  [78.1, 115.4],
  [463, 978],
  [0.092, 0.103],
  [0.08, 0.145],
  [0.046, 0.161],
  [0.026, 0.088],
  [0.174, 0.193],
  [0.063, 0.063],
];

export function generateWdbcCsv(options: { rows?: number; seed?: string } = {}): string {
  const rows = options.rows ?? 150;
  const r = sampleRandom(`wdbc-sample:${options.seed ?? 'atlas'}`);
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const malignant = r.chance(0.37);
    const size = 1 + r.normal() * 0.15;
    const mean = BASE.map(([b, m]) => Math.max(0.001, (malignant ? m : b) * size * (1 + r.normal() * 0.1)));
    const se = mean.map((v) => Math.max(0.0001, v * (0.08 + Math.abs(r.normal()) * 0.03)));
    const worst = mean.map((v) => v * (1.15 + Math.abs(r.normal()) * 0.1));
    const fmt = (v: number) => (v >= 100 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(5));
    lines.push([String(800000 + i * 37), malignant ? 'M' : 'B', ...[...mean, ...se, ...worst].map(fmt)].join(','));
  }
  return `${lines.join('\n')}\n`;
}
