// A generated stand-in for the Pima diabetes CSV (no header, 9 columns), with zeros marking missing
// glucose, blood pressure, skin thickness, insulin and BMI as in the real file. Browser-safe.
import { clamp, sampleRandom, squash } from './random';

export function generatePimaCsv(options: { rows?: number; seed?: string } = {}): string {
  const rows = options.rows ?? 200;
  const r = sampleRandom(`pima-sample:${options.seed ?? 'atlas'}`);
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const age = clamp(Math.round(30 + Math.abs(r.normal()) * 12), 21, 81);
    const pregnancies = clamp(Math.round(Math.abs(r.normal()) * 3.4 + (age > 35 ? 2 : 0)), 0, 17);
    const glucose = clamp(Math.round(120 + r.normal() * 30), 44, 199);
    const bmi = clamp(Math.round((32 + r.normal() * 7) * 10) / 10, 18.2, 67.1);
    const pedigree = clamp(Math.round((0.47 + r.normal() * 0.33) * 1000) / 1000, 0.078, 2.42);
    const positive = r.chance(squash((glucose - 125) / 25 + (bmi - 32) / 10 + (age - 33) / 20 - 0.4));
    const bp = clamp(Math.round(72 + r.normal() * 12), 24, 122);
    const skin = clamp(Math.round(29 + r.normal() * 10), 7, 99);
    const insulin = clamp(Math.round(155 + r.normal() * 110), 14, 846);
    const values = [
      pregnancies,
      r.chance(0.01) ? 0 : glucose,
      r.chance(0.05) ? 0 : bp,
      r.chance(0.3) ? 0 : skin,
      r.chance(0.48) ? 0 : insulin,
      r.chance(0.015) ? 0 : bmi,
      pedigree,
      age,
      positive ? 1 : 0,
    ];
    lines.push(values.join(','));
  }
  return `${lines.join('\n')}\n`;
}
